package org.cytostorm.cohort.population;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.cytostorm.physiology.model.Distribution;

/**
 * How one model parameter varies across a population: a distribution in the parameter table's
 * syntax (the spec's own, or the table row's when the spec only adds a centre or dependencies),
 * drawn around a centre (the spec's {@code value}, otherwise the value the template scenario sets,
 * otherwise the table's), which covariates may scale.
 *
 * @param name         the parameter, a row of the parameter table
 * @param distribution its shape and bounds
 * @param centre       the centre, if the spec gives one
 * @param depends      dependencies on covariates, applied in order (they multiply)
 * @param where        where the parameter is written in the spec
 */
public record ParameterSpec(String name, Distribution distribution, OptionalDouble centre, List<Dependency> depends,
        Location where) {

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(centre, "centre");
        depends = List.copyOf(depends);
    }

    /**
     * True for a distribution a Gaussian copula can correlate: log-normal, normal and uniform
     * (a quantile function that is continuous and increasing); not a fixed value, a switch or
     * categories.
     */
    static boolean continuous(Distribution d) {
        return d instanceof Distribution.LogNormal || d instanceof Distribution.Normal
                || d instanceof Distribution.Uniform;
    }

    /** True when a dependency can move this distribution: it has a centre (not uniform, categories or a switch). */
    static boolean hasCentre(Distribution d) {
        return d instanceof Distribution.LogNormal || d instanceof Distribution.Normal
                || d instanceof Distribution.Fixed;
    }
}
