package org.cytostorm.physiology.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The virtual patient of a scenario: covariates and parameter overrides.
 *
 * @param weightKg         body weight
 * @param ageYears         age
 * @param sex              {@code female} or {@code male}
 * @param immunosuppressed known immunosuppression (an HScore item; not a model parameter)
 * @param overrides        model parameters set by the scenario, by name (insertion order kept)
 */
public record Patient(double weightKg, double ageYears, String sex, boolean immunosuppressed,
        Map<String, Double> overrides) {

    /** The lightest patient a scenario accepts, kg; a virtual population draws within the same range. */
    public static final double MIN_WEIGHT_KG = 20;
    /** The heaviest patient a scenario accepts, kg. */
    public static final double MAX_WEIGHT_KG = 250;
    /** The youngest patient a scenario accepts, years. */
    public static final double MIN_AGE_YEARS = 0;
    /** The oldest patient a scenario accepts, years. */
    public static final double MAX_AGE_YEARS = 110;
    /** The sexes a scenario accepts, in the order messages list them. */
    public static final java.util.List<String> SEXES = java.util.List.of("female", "male");

    public Patient {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    /** The reference adult: 80 kg, 50 years, male, not immunosuppressed, no overrides. */
    public static Patient reference() {
        return new Patient(80, 50, "male", false, Map.of());
    }
}
