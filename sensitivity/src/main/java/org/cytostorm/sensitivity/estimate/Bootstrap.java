package org.cytostorm.sensitivity.estimate;

import java.util.Arrays;

import org.cytostorm.common.random.KeyedRandom;

/**
 * Percentile bootstrap over resampled rows (Efron and Tibshirani 1993, ch. 13): resample b draws
 * n row numbers with replacement from a counter-based stream keyed by (seed, b, draw), so the
 * interval is the same on every machine and thread count.
 */
final class Bootstrap {

    private static final int PURPOSE = 71;

    private Bootstrap() {
    }

    /** The row numbers of resample {@code b} of {@code n} rows, into {@code rows}. */
    static void resample(KeyedRandom random, int b, int n, int[] rows) {
        for (int j = 0; j < n; j++) {
            rows[j] = (int) Math.min(n - 1, Math.floor(random.uniform(b, j, PURPOSE) * n));
        }
    }

    /** The 2.5th and 97.5th percentiles of {@code values} (sorted in place; type 7 quantiles). */
    static double[] percentiles(double[] values) {
        Arrays.sort(values);
        return new double[] {quantile(values, 0.025), quantile(values, 0.975)};
    }

    private static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
