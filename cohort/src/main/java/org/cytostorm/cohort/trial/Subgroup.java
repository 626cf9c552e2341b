package org.cytostorm.cohort.trial;

import java.util.Objects;

import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.treat.Condition;

/**
 * A subgroup of enrolled patients, by their state at enrolment (respiratory support at
 * randomization, a MAS-like endotype), read from the background-care course at the enrolment row.
 *
 * @param name the subgroup's name (a summary key)
 * @param when the condition on the run's output columns at enrolment
 */
public record Subgroup(String name, Condition when) {

    public Subgroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(when, "when");
    }

    /** Whether a patient enrolled at row {@code row} of its background course belongs. */
    public boolean contains(PatientRun background, int row) {
        return when.holds(name -> background.value(name, row));
    }
}
