package org.cytostorm.sensitivity.evaluate;

import java.util.Locale;

/**
 * A readout of a time course: a column's largest, smallest or final value. Written {@code max:X},
 * {@code min:X} or {@code end:X}; a bare name is {@code end:X} for a model (its state at the end
 * time) and resolved by the scenario evaluator's own names first for a patient.
 *
 * @param name      how it is written (the column in files)
 * @param statistic which value of the column
 * @param column    the column
 */
public record Readout(String name, Statistic statistic, String column) {

    /** Which value of a column. */
    public enum Statistic {
        MAX, MIN, END;

        /** The statistic of {@code values} (NaN for no values). */
        public double of(double[] values) {
            if (values.length == 0) {
                return Double.NaN;
            }
            if (this == END) {
                return values[values.length - 1];
            }
            double best = values[0];
            for (double v : values) {
                best = this == MAX ? Math.max(best, v) : Math.min(best, v);
            }
            return best;
        }
    }

    /** Parses {@code max:X}, {@code min:X}, {@code end:X} or {@code X} (the end). */
    public static Readout parse(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon < 0) {
            return new Readout(t, Statistic.END, t);
        }
        String stat = t.substring(0, colon).toLowerCase(Locale.ROOT);
        String column = t.substring(colon + 1).strip();
        Statistic s = switch (stat) {
            case "max" -> Statistic.MAX;
            case "min" -> Statistic.MIN;
            case "end" -> Statistic.END;
            default -> throw new IllegalArgumentException("readout '" + text + "': write max:NAME, min:NAME, end:NAME"
                    + " or NAME");
        };
        if (column.isEmpty()) {
            throw new IllegalArgumentException("readout '" + text + "' names no column");
        }
        return new Readout(t, s, column);
    }
}
