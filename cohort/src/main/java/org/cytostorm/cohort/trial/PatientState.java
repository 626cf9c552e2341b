package org.cytostorm.cohort.trial;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.cytostorm.cohort.population.Covariates;
import org.cytostorm.physiology.run.PatientRun;

/**
 * What an enrolment or subgroup condition reads: the drawn patient's covariates
 * ({@value #AGE}, {@value #WEIGHT}, {@value #FEMALE} as 1 or 0) and the run's output columns at one
 * row (the clinical state at that hour).
 */
final class PatientState {

    static final String AGE = "age_years";
    static final String WEIGHT = "weight_kg";
    static final String FEMALE = "female";
    /** The covariate names a condition may use besides the output columns. */
    static final List<String> COVARIATES = List.of(AGE, WEIGHT, FEMALE);

    private PatientState() {
    }

    /** The values of one patient at one row of its run. */
    static ToDoubleFunction<String> at(PatientRun run, int row, Covariates c) {
        return name -> switch (name) {
            case AGE -> c.ageYears();
            case WEIGHT -> c.weightKg();
            case FEMALE -> "female".equals(c.sex()) ? 1 : 0;
            default -> run.value(name, row);
        };
    }
}
