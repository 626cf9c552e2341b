package org.cytostorm.cohort.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the weighting moved one parameter of the pool: what the calibration says about it. The shift
 * is standardised, (weighted mean - pool mean) / pool SD, on the log scale for a positive
 * parameter (the table's log-normal ones), so that shifts compare across parameters.
 *
 * @param parameter      the parameter
 * @param poolMedian     its median in the pool
 * @param weightedMedian its weighted median
 * @param shift          the standardised shift of its mean
 */
public record Shift(String parameter, double poolMedian, double weightedMedian, double shift) {

    /** The {@code top} largest shifts (in absolute value) of the parameters {@code values[i][j]} (patient i). */
    static List<Shift> largest(List<String> names, double[][] values, double[] w, int top) {
        List<Shift> all = new ArrayList<>();
        int n = values.length;
        double[] uniform = new double[n];
        java.util.Arrays.fill(uniform, 1.0 / n);
        for (int j = 0; j < names.size(); j++) {
            double[] x = new double[n];
            boolean positive = true;
            for (int i = 0; i < n; i++) {
                x[i] = values[i][j];
                positive &= x[i] > 0;
            }
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = positive ? Math.log(x[i]) : x[i];
            }
            double mean = 0;
            double weighted = 0;
            for (int i = 0; i < n; i++) {
                mean += y[i] / n;
                weighted += w[i] * y[i];
            }
            double var = 0;
            for (int i = 0; i < n; i++) {
                var += (y[i] - mean) * (y[i] - mean) / n;
            }
            if (!(var > 0)) {
                continue;
            }
            all.add(new Shift(names.get(j), Measure.weightedMedian(x, uniform), Measure.weightedMedian(x, w),
                    (weighted - mean) / Math.sqrt(var)));
        }
        all.sort(Comparator.comparingDouble((Shift s) -> -Math.abs(s.shift())));
        return List.copyOf(all.subList(0, Math.min(top, all.size())));
    }
}
