package org.cytostorm.cohort.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.cytostorm.cohort.population.DrawExhaustedException;
import org.cytostorm.cohort.population.Population;
import org.cytostorm.cohort.population.VirtualPatient;
import org.cytostorm.cohort.trial.Arm;
import org.cytostorm.cohort.trial.Endpoints;
import org.cytostorm.cohort.trial.Subgroup;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.physiology.outcome.SampledOutcome;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.Scenario;

/**
 * One patient of a trial, simulated under every arm: the background-care course decides
 * enrolment (the arms are identical until then), then each arm's doses are given from the
 * enrolment time. A pure function of (spec, seed, index): the population draw, the fate and
 * therefore every row depend on nothing else. Thread-safe (holds only immutable values).
 */
public final class TrialPatient {

    private final TrialSpec spec;
    private final Population population;
    private final PatientSimulator simulator;
    private final long seed;

    public TrialPatient(TrialSpec spec, Population population, PatientSimulator simulator, long seed) {
        this.spec = spec;
        this.population = population;
        this.simulator = simulator;
        this.seed = seed;
    }

    /** The rows of patient {@code index}: one per arm if enrolled, one otherwise. */
    public List<PatientResult> simulate(long index) {
        VirtualPatient drawn;
        try {
            drawn = population.draw(index);
        } catch (DrawExhaustedException e) {
            return List.of(noPlausibleDraw(index, e));
        }
        Scenario patient = population.scenario(drawn);
        PatientRun background = simulator.run(patient);
        if (!background.isSuccess()) {
            return List.of(notEnrolled(index, drawn, Disposition.FAILED, background.status().code().name(),
                    failure(background)));
        }
        OptionalDouble at = spec.enrolment().timeIn(background, drawn.covariates());
        if (at.isEmpty()) {
            return List.of(notEnrolled(index, drawn, Disposition.NOT_ELIGIBLE, background.status().code().name(), ""));
        }
        double enrolledH = at.getAsDouble();
        if (background.sampledOutcome(seed, index) instanceof SampledOutcome.Died d && d.timeH() < enrolledH) {
            return List.of(notEnrolled(index, drawn, Disposition.DIED_BEFORE_ENROLMENT,
                    background.status().code().name(), ""));
        }
        int row = rowAt(background, enrolledH);
        Map<String, Boolean> subgroups = new LinkedHashMap<>();
        for (Subgroup g : spec.subgroups()) {
            subgroups.put(g.name(), g.contains(background, row, drawn.covariates()));
        }
        List<PatientResult> rows = new ArrayList<>(spec.arms().size());
        for (int a = 0; a < spec.arms().size(); a++) {
            Arm arm = spec.arms().get(a);
            PatientRun run = arm.isBackground() ? background : simulator.run(arm.applyTo(patient, enrolledH));
            Optional<Endpoints> e = run.isSuccess()
                    ? Optional.of(Endpoints.of(run, enrolledH, spec.followUpH(), seed, index))
                    : Optional.empty();
            rows.add(new PatientResult(index, a, Disposition.ENROLLED, run.status().code().name(),
                    run.isSuccess() ? "" : failure(run), enrolledH, subgroups, drawn.covariates().weightKg(),
                    drawn.covariates().ageYears(), drawn.covariates().sex(), drawn.rejectedAttempts(), drawn.parameters(),
                    e));
        }
        return rows;
    }

    private static String failure(PatientRun run) {
        var s = run.status();
        return s.message() + s.variable().map(v -> " (variable " + v + ")").orElse("")
                + String.format(java.util.Locale.ROOT, " at %.3f h", s.reachedH());
    }

    private PatientResult notEnrolled(long index, VirtualPatient drawn, Disposition why, String code, String detail) {
        return new PatientResult(index, -1, why, code, detail, Double.NaN, Map.of(), drawn.covariates().weightKg(),
                drawn.covariates().ageYears(), drawn.covariates().sex(), drawn.rejectedAttempts(), drawn.parameters(),
                Optional.empty());
    }

    /**
     * A patient without a plausible draw: no covariates, and every attempt a rejected draw, so that
     * the flow's count of rejected draws includes them.
     */
    private static PatientResult noPlausibleDraw(long index, DrawExhaustedException e) {
        return new PatientResult(index, -1, Disposition.NO_PLAUSIBLE_DRAW, "", e.getMessage(), Double.NaN, Map.of(),
                Double.NaN, Double.NaN, "", e.attempts(), Map.of(), Optional.empty());
    }

    private static int rowAt(PatientRun run, double tH) {
        double[] t = run.timeH();
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= tH - 1e-9) {
                return i;
            }
        }
        return t.length - 1;
    }
}
