package org.cytostorm.cohort.population;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A virtual population as written: how covariates and model parameters vary, how they correlate,
 * and which draws are plausible. A value, independent of any scenario: the same spec gives the
 * population of any trigger ({@link Population#of} resolves it on a template scenario, whose values
 * are the centres the parameters vary around). {@link PopulationReader} reads it from YAML and
 * checks every part against the patient model; docs/cohorts.md describes the keys.
 *
 * @param name         the population's name
 * @param description  one line for people
 * @param defaults     what the parameters the spec does not list do
 * @param covariates   how weight, age, sex and comorbidities vary
 * @param parameters   the parameters the spec lists, in its order
 * @param correlations the correlations of the Gaussian copula, in the spec's order
 * @param filter       the plausibility filter
 * @param where        the file (line 0), for messages about the whole spec
 */
public record PopulationSpec(String name, String description, Defaults defaults, CovariateSpec covariates,
        List<ParameterSpec> parameters, List<CorrelationSpec> correlations, PlausibilityFilter filter,
        Location where, Optional<String> calibration) {

    /** A population drawn directly, not through a calibration's weights. */
    public PopulationSpec(String name, String description, Defaults defaults, CovariateSpec covariates,
            List<ParameterSpec> parameters, List<CorrelationSpec> correlations, PlausibilityFilter filter,
            Location where) {
        this(name, description, defaults, covariates, parameters, correlations, filter, where, Optional.empty());
    }

    /** What the parameters a spec does not list do. */
    public enum Defaults {
        /**
         * Each varies as its parameter-table row's {@code distribution} column says, around the
         * template scenario's value: the default population of a trigger.
         */
        TABLE,
        /** Each keeps the template scenario's value: only what the spec lists varies. */
        FIXED
    }

    public PopulationSpec {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(covariates, "covariates");
        parameters = List.copyOf(parameters);
        correlations = List.copyOf(correlations);
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(calibration, "calibration");
    }

    /**
     * The population of a built-in calibration: patient i is a pool patient drawn with the
     * calibration's weights (cohort.calibration), this spec describing the pool.
     */
    public PopulationSpec calibrated(String calibrationName) {
        return new PopulationSpec("calibrated " + calibrationName, "the pool of the built-in calibration "
                + calibrationName + ", drawn with its weights", defaults, covariates, parameters, correlations, filter,
                where, Optional.of(calibrationName));
    }

    /** The spec's entry for a parameter, if it lists it. */
    public Optional<ParameterSpec> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** A copy with another plausibility filter (a trial that widens it, a test that removes it). */
    public PopulationSpec withFilter(PlausibilityFilter other) {
        return new PopulationSpec(name, description, defaults, covariates, parameters, correlations, other, where,
                calibration);
    }
}
