package org.cytostorm.cohort.population;

import java.util.Objects;
import org.cytostorm.common.yaml.Measure;

/**
 * One check of the plausibility filter: a column of the patient's baseline readouts (a name of the
 * output contract, docs/outputs.md, in its unit) must lie in [lower, upper]; either end may be
 * infinite ({@code 95..} for "at least 95").
 *
 * @param column the output column
 * @param lower  the lowest plausible value (inclusive), or -∞
 * @param upper  the highest plausible value (inclusive), or +∞
 * @param where  where the criterion is written
 */
public record Criterion(String column, double lower, double upper, Location where) {

    public Criterion {
        Objects.requireNonNull(column, "column");
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException(column + ": a range needs lower <= upper");
        }
    }

    /** True when the value lies in the range (a NaN never does). */
    public boolean accepts(double value) {
        return value >= lower && value <= upper;
    }

    /** The range as written: {@code 60..100}, {@code 95..}, {@code ..5}. */
    public String range() {
        return (lower == Double.NEGATIVE_INFINITY ? "" : Measure.format(lower)) + ".."
                + (upper == Double.POSITIVE_INFINITY ? "" : Measure.format(upper));
    }
}
