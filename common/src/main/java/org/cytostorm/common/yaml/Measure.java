package org.cytostorm.common.yaml;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with an optional unit as written in YAML, for example {@code 2e6 cells/kg},
 * {@code 80 kg}, {@code 50%} or {@code 2}. The unit is what follows the number, spaces collapsed.
 *
 * @param number the number as written
 * @param unit   the unit, empty when the number stands alone
 */
public record Measure(double number, String unit) {
    private static final Pattern FORM = Pattern.compile(
            "\\s*([-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*?)\\s*");

    /** The number and unit of {@code text}, or empty when it does not start with a finite number. */
    public static Optional<Measure> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        double v = Double.parseDouble(m.group(1));
        if (!Double.isFinite(v)) {
            return Optional.empty();
        }
        return Optional.of(new Measure(v, m.group(2).replaceAll("\\s+", " ")));
    }

    /** A short decimal form for messages and defaults: {@code 2}, {@code 0.1}, {@code 2.7E-5}. */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toString();
    }

    /** {@code value unit}, or the bare value for the dimensionless unit {@code 1}. */
    public static String format(double v, String unit) {
        return unit.isEmpty() || "1".equals(unit) ? format(v) : format(v) + " " + unit;
    }
}
