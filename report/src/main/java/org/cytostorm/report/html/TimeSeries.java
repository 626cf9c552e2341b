package org.cytostorm.report.html;

/**
 * One curve of an interactive time chart: a variable's values at the chart's times.
 *
 * @param name   the variable, as in timeseries.csv (it also picks the curve's colour)
 * @param unit   its unit; {@code 1} or empty for a dimensionless value
 * @param values its values, one per time point; NaN where it has none (a gap)
 * @param dashed drawn dashed (the second run of a comparison)
 * @param colour its colour ({@code #rrggbb}), or empty for the variable's own (see SeriesColours)
 * @param stepped drawn as steps, each value held until the next time point (a Kaplan–Meier curve,
 *               which changes only at events), not as straight lines between the points
 */
public record TimeSeries(String name, String unit, double[] values, boolean dashed, String colour, boolean stepped) {

    public TimeSeries {
        unit = unit == null ? "" : unit;
        colour = colour == null ? "" : colour;
    }

    /** A curve of straight lines between its points. */
    public TimeSeries(String name, String unit, double[] values, boolean dashed, String colour) {
        this(name, unit, values, dashed, colour, false);
    }

    /** A solid curve in the variable's colour. */
    public TimeSeries(String name, String unit, double[] values) {
        this(name, unit, values, false, "", false);
    }

    /** The largest absolute value: what sets the curve's scale on a linear axis. */
    public double peak() {
        double m = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    /**
     * The smallest positive value, or 0 when none is positive; for a curve that starts at 0 (a
     * fluid balance, a drug level, cells given later), only from where it first reaches
     * {@code fraction} of its peak: the tiny values of its rise from nothing are not decades of
     * data, whereas its fall after the peak (a drug's elimination) is.
     */
    double smallestPositive(double fraction) {
        double threshold = values.length > 0 && values[0] == 0 ? fraction * peak() : 0;
        double m = Double.POSITIVE_INFINITY;
        boolean risen = false;
        for (double v : values) {
            risen |= v >= threshold;
            if (risen && v > 0 && v < m) {
                m = v;
            }
        }
        return m == Double.POSITIVE_INFINITY ? 0 : m;
    }

    /** True when no value is negative. */
    boolean nonNegative() {
        for (double v : values) {
            if (v < 0) {
                return false;
            }
        }
        return true;
    }
}
