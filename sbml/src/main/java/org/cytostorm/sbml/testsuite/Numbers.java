package org.cytostorm.sbml.testsuite;

import java.util.Locale;

/** Number reading and writing as the suite's files use them. */
final class Numbers {

    private Numbers() {
    }

    /**
     * Parses a number as the suite writes it: plain or exponent notation ({@code 1.000000e-007}),
     * and {@code NaN}, {@code INF}, {@code -INF} in any case ({@code Infinity} too).
     *
     * @throws NumberFormatException when the text is none of these
     */
    static double parse(String text) {
        String t = text.trim();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "nan", "+nan", "-nan":
                return Double.NaN;
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        if (t.isEmpty() || !t.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E'
                || c == '+' || c == '-')) {
            // Double.parseDouble also takes "1d", "0x1p3" and surrounding blanks: not suite numbers
            throw new NumberFormatException("not a number: '" + t + "'");
        }
        return Double.parseDouble(t);
    }

    /** A short, readable rendering: up to 10 significant digits, no trailing zeros. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "INF" : "-INF";
        }
        if (v == 0) {
            return "0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        String s;
        if (a >= 1e-4 && a < 1e10) {
            s = String.format(Locale.ROOT, "%.10g", v);
            if (s.contains("e")) {
                return s;
            }
            s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
            return s;
        }
        s = String.format(Locale.ROOT, "%.9e", v);
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e).replaceAll("0+$", "").replaceAll("\\.$", "");
        int exponent = Integer.parseInt(s.substring(e + 1));
        return mantissa + "e" + exponent;
    }
}
