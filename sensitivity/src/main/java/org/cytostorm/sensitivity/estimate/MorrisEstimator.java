package org.cytostorm.sensitivity.estimate;

import java.util.ArrayList;
import java.util.List;

import org.cytostorm.common.random.KeyedRandom;
import org.cytostorm.sensitivity.design.MorrisDesign;

/**
 * Elementary effects on Morris trajectories: each move of factor i from point m - 1 to point m of a
 * trajectory gives EE_i = (f(m) - f(m - 1)) / (±Δ), Δ = {@link MorrisDesign#STEP} in quantile; μ
 * is their mean, μ* the mean of their absolute values (Campolongo, Cariboni and Saltelli, Environ
 * Model Softw 2007;22:1509), σ their standard deviation (n - 1). A move with a readout that is not a
 * number at either end is left out.
 */
public final class MorrisEstimator {

    private final int bootstrap;
    private final KeyedRandom random;

    /**
     * @param bootstrap resamples of the effects for μ*'s interval (0: none)
     * @param seed      the resampling seed
     */
    public MorrisEstimator(int bootstrap, long seed) {
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap resamples must be 0 or more, not " + bootstrap);
        }
        this.bootstrap = bootstrap;
        this.random = new KeyedRandom(seed);
    }

    /** The effects of every factor on one readout, {@code values} in the design's row order. */
    public List<MorrisEffect> estimate(MorrisDesign design, List<String> factors, String output, double[] values) {
        int k = design.factors();
        int r = design.trajectories();
        if (values.length != design.rows() || factors.size() != k) {
            throw new IllegalArgumentException(values.length + " readouts for a Morris design of " + design.rows());
        }
        double[][] effects = new double[k][r];
        int[] count = new int[k];
        for (int t = 0; t < r; t++) {
            long first = (long) t * (k + 1);
            for (int m = 1; m <= k; m++) {
                int i = design.moved(t, m);
                double before = values[(int) (first + m - 1)];
                double after = values[(int) (first + m)];
                if (Double.isFinite(before) && Double.isFinite(after)) {
                    effects[i][count[i]++] = (after - before) / (design.direction(t, i) * MorrisDesign.STEP);
                }
            }
        }
        List<MorrisEffect> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] e = java.util.Arrays.copyOf(effects[i], count[i]);
            out.add(new MorrisEffect(factors.get(i), output, mean(e), muStar(e, i), sd(e), e.length));
        }
        return out;
    }

    private Interval muStar(double[] e, int factor) {
        double estimate = meanAbs(e);
        if (bootstrap == 0 || e.length < 2) {
            return new Interval(estimate, estimate, estimate);
        }
        double[] resampled = new double[bootstrap];
        int[] rows = new int[e.length];
        double[] drawn = new double[e.length];
        for (int b = 0; b < bootstrap; b++) {
            // the factor in the key: each factor's resamples are their own
            Bootstrap.resample(random, b * 1_000 + factor, e.length, rows);
            for (int j = 0; j < rows.length; j++) {
                drawn[j] = e[rows[j]];
            }
            resampled[b] = meanAbs(drawn);
        }
        double[] p = Bootstrap.percentiles(resampled);
        return new Interval(estimate, p[0], p[1]);
    }

    private static double mean(double[] e) {
        if (e.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double v : e) {
            s += v;
        }
        return s / e.length;
    }

    private static double meanAbs(double[] e) {
        if (e.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double v : e) {
            s += Math.abs(v);
        }
        return s / e.length;
    }

    private static double sd(double[] e) {
        if (e.length < 2) {
            return Double.NaN;
        }
        double m = mean(e);
        double s = 0;
        for (double v : e) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (e.length - 1));
    }
}
