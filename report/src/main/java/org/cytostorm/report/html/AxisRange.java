package org.cytostorm.report.html;

/**
 * A fixed extent of an axis, for a chart whose scale is known beforehand: a survival curve's axis
 * ends at 1 whatever its curves, and starts just below the lowest of them.
 *
 * @param min the axis' lower end
 * @param max its upper end, above {@code min}
 */
public record AxisRange(double min, double max) {

    public AxisRange {
        if (!(min < max)) {
            throw new IllegalArgumentException("an axis range runs upwards: " + min + " to " + max);
        }
    }
}
