package org.cytostorm.physiology.treat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a dose as written: {@code 10 mg}, {@code 10mg}, {@code 1 g}, {@code 8 mg/kg}. */
public final class Doses {
    private static final Pattern FORM = Pattern.compile(
            "\\s*([-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(mg/kg|mg|g)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile(
            "\\s*([-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(min|h|d)\\s*", Pattern.CASE_INSENSITIVE);

    private Doses() {
    }

    /** The dose, or empty when the text is not a number with one of the units mg, g, mg/kg (negative numbers are read). */
    public static Optional<DoseAmount> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        double v = Double.parseDouble(m.group(1));
        if (!Double.isFinite(v) || v < 0) {
            return Optional.empty();
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        double mg = unit.equals("g") ? v * 1000 : v;
        if (!Double.isFinite(mg)) {
            return Optional.empty(); // 1e307 g overflows in milligrams: not a dose
        }
        return Optional.of(unit.equals("mg/kg") ? DoseAmount.mgPerKg(v) : DoseAmount.mg(mg));
    }

    /** A time with a unit (min, h, d) in hours, or empty. */
    public static Optional<Double> hours(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        double factor = unit.equals("min") ? 1.0 / 60 : unit.equals("d") ? 24 : 1;
        return Double.isFinite(v) ? Optional.of(v * factor) : Optional.empty();
    }

    /** True when the text is a number with a dose unit but negative. */
    public static boolean isNegative(String text) {
        Matcher m = FORM.matcher(text);
        return m.matches() && Double.parseDouble(m.group(1)) < 0;
    }
}
