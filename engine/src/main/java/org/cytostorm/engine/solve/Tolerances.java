package org.cytostorm.engine.solve;

/**
 * Error control: a step is accepted when the root-mean-square over components of
 * {@code err_i / (absolute + relative * max(|y_i|, |ynew_i|))} is at most 1.
 *
 * @param relative relative tolerance (&gt; 0)
 * @param absolute absolute tolerance (&ge; 0)
 */
public record Tolerances(double relative, double absolute) {

    /** Below this no step can meet the tolerance: doubles carry about 16 digits. */
    public static final double MIN_RELATIVE = 1e-14;
    /** Above this the error control accepts anything; 0.5 already means "one significant bit". */
    public static final double MAX_RELATIVE = 0.5;

    public Tolerances {
        if (!(relative >= MIN_RELATIVE && relative <= MAX_RELATIVE)) {
            throw new IllegalArgumentException("relative tolerance must be between " + MIN_RELATIVE + " (about what"
                    + " double precision resolves) and " + MAX_RELATIVE + ", not " + relative);
        }
        if (!(absolute >= 0) || !Double.isFinite(absolute)) {
            throw new IllegalArgumentException("absolute tolerance must be non-negative and finite, not " + absolute);
        }
    }

    public double scale(double y0, double y1) {
        return absolute + relative * Math.max(Math.abs(y0), Math.abs(y1));
    }
}
