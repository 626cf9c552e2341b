package org.cytostorm.sensitivity;

import java.util.Objects;

import org.cytostorm.physiology.model.Distribution;

/**
 * One input of a sensitivity analysis: a parameter and how it varies. A design point gives each
 * factor a number u in (0, 1); the factor's value is the distribution's quantile at u, so that a
 * uniform design covers the distribution as it is weighted (Saltelli et al., Global Sensitivity
 * Analysis: The Primer, 2008, ch. 1.2.3).
 *
 * @param name         the parameter
 * @param distribution its distribution (a uniform one for a range)
 */
public record Factor(String name, Distribution distribution) {

    public Factor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(distribution, "distribution");
    }

    /** The factor's value at the quantile {@code u}. */
    public double value(double u) {
        return distribution.quantile(u);
    }
}
