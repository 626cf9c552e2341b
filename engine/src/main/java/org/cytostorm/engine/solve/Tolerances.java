package org.cytostorm.engine.solve;

/**
 * Error control: a step is accepted when the root-mean-square over components of
 * {@code err_i / (absolute + relative * max(|y_i|, |ynew_i|))} is at most 1.
 *
 * @param relative relative tolerance (&gt; 0)
 * @param absolute absolute tolerance (&ge; 0)
 */
public record Tolerances(double relative, double absolute) {

    public Tolerances {
        if (!(relative > 0) || !Double.isFinite(relative)) {
            throw new IllegalArgumentException("relative tolerance must be positive and finite, not " + relative);
        }
        if (!(absolute >= 0) || !Double.isFinite(absolute)) {
            throw new IllegalArgumentException("absolute tolerance must be non-negative and finite, not " + absolute);
        }
    }

    public double scale(double y0, double y1) {
        return absolute + relative * Math.max(Math.abs(y0), Math.abs(y1));
    }
}
