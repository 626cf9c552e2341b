package org.cytostorm.cohort.population;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One virtual patient's covariates: what describes the patient rather than the model, and what
 * parameters may depend on ({@link Dependency}). Weight and age are continuous; sex enters a
 * dependency as the indicators {@code female} and {@code male}; each comorbidity of the spec is an
 * indicator of its own name, 1 when the patient has it. The comorbidity {@code immunosuppressed}
 * is also the scenario patient's HScore item of that name.
 *
 * @param weightKg      body weight, kg
 * @param ageYears      age, years
 * @param sex           {@code female} or {@code male}
 * @param comorbidities each comorbidity of the spec, in its order, and whether the patient has it
 */
public record Covariates(double weightKg, double ageYears, String sex, Map<String, Boolean> comorbidities) {

    /** The continuous covariates, which a dependency scales by a power. */
    public static final java.util.List<String> CONTINUOUS = java.util.List.of("weight", "age");
    /** The indicators of sex, which a dependency scales by a factor. */
    public static final java.util.List<String> SEX_INDICATORS = java.util.List.of("female", "male");

    public Covariates {
        Objects.requireNonNull(sex, "sex");
        comorbidities = Collections.unmodifiableMap(new LinkedHashMap<>(comorbidities));
    }

    /**
     * The covariate a dependency reads: weight in kg, age in years, and 1 or 0 for an indicator.
     *
     * @throws IllegalArgumentException for a name that is none of these (the spec reader refuses
     *                                  such a dependency before anything is drawn)
     */
    public double value(String covariate) {
        switch (covariate) {
            case "weight":
                return weightKg;
            case "age":
                return ageYears;
            case "female":
            case "male":
                return sex.equals(covariate) ? 1 : 0;
            default:
                Boolean has = comorbidities.get(covariate);
                if (has == null) {
                    throw new IllegalArgumentException("no covariate '" + covariate + "'");
                }
                return has ? 1 : 0;
        }
    }

    /** True when the patient has the comorbidity (false for one the spec does not name). */
    public boolean has(String comorbidity) {
        return Boolean.TRUE.equals(comorbidities.get(comorbidity));
    }
}
