package org.cytostorm.tissue.rules;

/**
 * One row of the rules table: in cells of type {@code cellType}, {@code signal} {@code direction}
 * {@code behaviour}. For {@code increases} the behaviour rises toward {@code value} (its saturation)
 * with half effect at {@code halfMax} and Hill power {@code hill}; for {@code decreases} it falls
 * toward {@code value}; for {@code requires}, {@code value} is the threshold.
 *
 * @param cellType index of the cell type
 * @param signal what is sensed
 * @param direction how it acts
 * @param behaviour index in {@link Behaviours}
 * @param value saturation, minimum or threshold
 * @param halfMax signal at half effect (unused for requires)
 * @param hill Hill power (unused for requires)
 * @param mechanism the switch that turns the rule off, or empty
 * @param source literature source or {@code assumed: why}
 * @param line line of the rule in its file, for messages
 */
public record Rule(int cellType, Signal signal, Direction direction, int behaviour, double value,
        double halfMax, double hill, String mechanism, String source, int line) {

    /** The Hill response in [0, 1] to signal {@code s}. */
    public double response(double s) {
        if (!(s > 0)) {
            return 0;
        }
        if (hill == 1) {
            return s / (s + halfMax);
        }
        if (hill == 2) {
            double s2 = s * s;
            return s2 / (s2 + halfMax * halfMax);
        }
        double sn = Math.pow(s / halfMax, hill);
        return sn / (1 + sn);
    }
}
