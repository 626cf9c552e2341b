package org.cytostorm.tissue.diffusion;

/**
 * The Thomas algorithm's factors for one implicit 1-D sweep of {@code n} voxels along an axis.
 *
 * <p>The sweep solves {@code −r·p[i−1] + b[i]·p[i] − r·p[i+1] = q[i]} with {@code r = D·dt/dx²}
 * and {@code b[i] = 1 + λ·dt/d + r·(number of neighbours)}, a neighbour being another voxel or a
 * fixed boundary's ghost (a no-flux end has one neighbour fewer; a ghost's value is moved to the
 * right-hand side). The matrix does not change between steps, so elimination is done once: with
 * the reciprocal pivots {@code scale[i] = 1/(b[i] − r·coupling[i−1])} and
 * {@code coupling[i] = r·scale[i]}, a solve is
 *
 * <pre>
 *   forward:  q'[i] = fma(coupling[i], q'[i−1], q[i]·scale[i]),  q'[−1] = low ghost
 *   backward: p[i]  = fma(coupling[i], p[i+1], q'[i]),           p[n]  = high ghost
 * </pre>
 *
 * one fused multiply-add on each loop-carried chain. With a no-flux end the ghost is 0, which
 * leaves the sum unchanged exactly. The matrix is diagonally dominant with positive
 * {@code scale} and {@code coupling}, so the solve is stable and keeps non-negative data
 * non-negative.
 *
 * @param scale reciprocal pivots, one per voxel of the line
 * @param coupling {@code r·scale}, one per voxel of the line
 */
record LineFactors(double[] scale, double[] coupling) {

    /**
     * @param n voxels along the axis
     * @param r {@code D·dt/dx²}
     * @param decayShare this sweep's part of the decay, {@code λ·dt/d}
     * @param lowFixed the low end exchanges with a fixed-value ghost (else no flux)
     * @param highFixed the high end exchanges with a fixed-value ghost (else no flux)
     */
    static LineFactors of(int n, double r, double decayShare, boolean lowFixed, boolean highFixed) {
        double[] scale = new double[n];
        double[] coupling = new double[n];
        double previous = 0;
        for (int i = 0; i < n; i++) {
            int neighbours = (i > 0 || lowFixed ? 1 : 0) + (i < n - 1 || highFixed ? 1 : 0);
            double pivot = 1 + decayShare + r * neighbours - r * previous;
            scale[i] = 1 / pivot;
            coupling[i] = r * scale[i];
            previous = coupling[i];
        }
        return new LineFactors(scale, coupling);
    }
}
