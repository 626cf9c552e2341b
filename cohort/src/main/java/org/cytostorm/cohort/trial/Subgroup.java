package org.cytostorm.cohort.trial;

import java.util.Objects;

import org.cytostorm.cohort.population.Covariates;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.treat.Condition;

/**
 * A subgroup of enrolled patients, by their state at enrolment (respiratory support at
 * randomization, a MAS-like endotype), read from the background-care course at the enrolment row,
 * or by their covariates ({@code age_years >= 65}, {@code female == 1}).
 *
 * @param name the subgroup's name (a summary key)
 * @param when the condition on the run's output columns at enrolment and the covariates
 */
public record Subgroup(String name, Condition when) {

    public Subgroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(when, "when");
    }

    /** Whether a patient enrolled at row {@code row} of its background course belongs. */
    public boolean contains(PatientRun background, int row, Covariates covariates) {
        return when.holds(PatientState.at(background, row, covariates));
    }
}
