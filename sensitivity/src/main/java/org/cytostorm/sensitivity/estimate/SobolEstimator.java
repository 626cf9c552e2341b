package org.cytostorm.sensitivity.estimate;

import java.util.ArrayList;
import java.util.List;

import org.cytostorm.common.random.KeyedRandom;

/**
 * First-order and total Sobol indices from Saltelli's design (Saltelli et al., Comput Phys Commun
 * 2010;181:259, table 2): with f_A, f_B and f_AB(i) the readout on A, B and A_B(i), and V the
 * variance of f_A and f_B together,
 * <pre>
 *   S1_i = mean(f_B (f_AB(i) - f_A)) / V        (Saltelli 2010, estimator b)
 *   ST_i = mean((f_A - f_AB(i))^2) / (2 V)      (Jansen 1999)
 * </pre>
 * Base samples with a readout that is not a number anywhere in their k + 2 evaluations (a failed
 * simulation) are left out of every index of that readout, so that all indices use the same rows.
 */
public final class SobolEstimator {

    private final int bootstrap;
    private final KeyedRandom random;

    /**
     * @param bootstrap resamples for the intervals (0: intervals are the estimate)
     * @param seed      the resampling seed
     */
    public SobolEstimator(int bootstrap, long seed) {
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap resamples must be 0 or more, not " + bootstrap);
        }
        this.bootstrap = bootstrap;
        this.random = new KeyedRandom(seed);
    }

    /**
     * The indices of every factor for one readout.
     *
     * @param values the readout at every row of the design, in its order: A, B, A_B(1), ..., A_B(k)
     * @param n      the base samples N
     */
    public List<SobolIndex> estimate(List<String> factors, String output, double[] values, int n) {
        int k = factors.size();
        if (values.length != (long) n * (k + 2)) {
            throw new IllegalArgumentException(values.length + " readouts for a design of " + n + " x " + (k + 2));
        }
        int[] kept = keptSamples(values, n, k);
        List<SobolIndex> out = new ArrayList<>(k);
        double[][] s1 = new double[k][bootstrap];
        double[][] st = new double[k][bootstrap];
        int[] rows = new int[kept.length];
        for (int b = 0; b < bootstrap; b++) {
            Bootstrap.resample(random, b, kept.length, rows);
            for (int j = 0; j < rows.length; j++) {
                rows[j] = kept[rows[j]];
            }
            double[][] est = indices(values, n, k, rows);
            for (int i = 0; i < k; i++) {
                s1[i][b] = est[0][i];
                st[i][b] = est[1][i];
            }
        }
        double[][] est = indices(values, n, k, kept);
        for (int i = 0; i < k; i++) {
            out.add(new SobolIndex(factors.get(i), output, interval(est[0][i], s1[i]), interval(est[1][i], st[i]),
                    kept.length));
        }
        return out;
    }

    private Interval interval(double estimate, double[] resampled) {
        if (bootstrap == 0) {
            return new Interval(estimate, estimate, estimate);
        }
        double[] p = Bootstrap.percentiles(resampled);
        return new Interval(estimate, p[0], p[1]);
    }

    /** S1 (row 0) and ST (row 1) of every factor over the base samples {@code rows}. */
    static double[][] indices(double[] f, int n, int k, int[] rows) {
        int m = rows.length;
        double[][] out = new double[2][k];
        if (m < 2) {
            java.util.Arrays.fill(out[0], Double.NaN);
            java.util.Arrays.fill(out[1], Double.NaN);
            return out;
        }
        double mean = 0;
        for (int j : rows) {
            mean += f[j] + f[n + j];
        }
        mean /= 2.0 * m;
        double var = 0;
        for (int j : rows) {
            double a = f[j] - mean;
            double b = f[n + j] - mean;
            var += a * a + b * b;
        }
        var /= 2.0 * m;
        for (int i = 0; i < k; i++) {
            int base = (2 + i) * n;
            double first = 0;
            double total = 0;
            for (int j : rows) {
                double fa = f[j];
                double fab = f[base + j];
                first += f[n + j] * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            out[0][i] = var > 0 ? first / m / var : Double.NaN;
            out[1][i] = var > 0 ? total / (2.0 * m) / var : Double.NaN;
        }
        return out;
    }

    private static int[] keptSamples(double[] f, int n, int k) {
        int[] kept = new int[n];
        int count = 0;
        for (int j = 0; j < n; j++) {
            boolean ok = true;
            for (int block = 0; block < k + 2 && ok; block++) {
                ok = Double.isFinite(f[block * n + j]);
            }
            if (ok) {
                kept[count++] = j;
            }
        }
        return java.util.Arrays.copyOf(kept, count);
    }
}
