package org.cytostorm.cohort.trial;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.cytostorm.cohort.population.Covariates;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.treat.Condition;

/**
 * When a simulated patient enters the trial: at a fixed time since the trigger, or at the first time
 * within a window that a condition on the patient holds ("receiving oxygen", "septic shock"). The
 * condition reads the run's output columns by name ({@code o2_support_level >= 1},
 * {@code septic_shock == 1}, {@code crs_grade >= 1}), on the clinical grid of the background-care
 * course, which every arm shares up to enrolment, and the patient's covariates ({@code age_years},
 * {@code weight_kg}, {@code female}: inclusion criteria such as {@code age_years >= 18}).
 *
 * @param fromH the earliest enrolment, hours since the trigger
 * @param toH   the latest enrolment (equal to {@code fromH} for a fixed time)
 * @param when  the condition that must hold at enrolment; empty: anyone alive
 */
public record Enrolment(double fromH, double toH, Optional<Condition> when) {

    public Enrolment {
        Objects.requireNonNull(when, "when");
        if (!(fromH >= 0) || !(toH >= fromH)) {
            throw new IllegalArgumentException("an enrolment window runs forward from time 0: " + fromH + " to " + toH);
        }
    }

    /** Everyone, at the trigger (a CAR-T infusion, a first T-cell-engager dose). */
    public static Enrolment atStart() {
        return new Enrolment(0, 0, Optional.empty());
    }

    /** Enrolment at one fixed time rather than the first time within a window. */
    public boolean isFixedTime() {
        return fromH == toH;
    }

    /**
     * The enrolment time of a background-care course: the first clinical-grid row in the window at
     * which the condition holds; empty if it never does there (the patient is not enrolled).
     */
    public OptionalDouble timeIn(PatientRun run, Covariates covariates) {
        double[] t = run.timeH();
        for (int i = 0; i < t.length; i++) {
            if (t[i] < fromH - 1e-9) {
                continue;
            }
            if (t[i] > toH + 1e-9) {
                break;
            }
            if (holdsAt(run, i, covariates)) {
                return OptionalDouble.of(t[i]);
            }
        }
        return OptionalDouble.empty();
    }

    private boolean holdsAt(PatientRun run, int row, Covariates covariates) {
        return when.map(c -> c.holds(PatientState.at(run, row, covariates))).orElse(true);
    }
}
