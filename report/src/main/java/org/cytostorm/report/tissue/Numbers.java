package org.cytostorm.report.tissue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as a reader sees them on a frame or in the report: a few significant digits, no noise digits. */
final class Numbers {

    private Numbers() {
    }

    /**
     * Three significant digits, trailing zeros dropped: "12.3", "0.05", "400". Plain notation from
     * 0.001 to below 1e6, scientific ("1.23e+06", "2e-05") outside, where plain would be a string of
     * zeros. Non-finite values are written as Java writes them ("NaN", "Infinity").
     */
    static String compact(double v) {
        return significant(v, 3);
    }

    /**
     * {@code digits} significant digits, trailing zeros dropped, in the notation of {@link #compact}:
     * for tables, where a count of 12 345 cells must not read 12 300.
     */
    static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= 1e-3 && magnitude < 1e6) {
            return rounded.toPlainString();
        }
        String[] parts = String.format(Locale.ROOT, "%." + (digits - 1) + "e", v).split("e");
        String mantissa = parts[0].contains(".") ? parts[0].replaceAll("0+$", "").replaceAll("\\.$", "") : parts[0];
        return mantissa + "e" + parts[1];
    }
}
