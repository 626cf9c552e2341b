package org.cytostorm.cohort.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What a calibration made of one parameter's population distribution. The fitted distribution is
 * the pool's, weighted by the calibration's weights (entropy balancing: the weighted empirical
 * distribution is the fit, with the correlations the pool's patients carry); this record is its
 * summary: the median and 90% range, against the pool's median, and the standardised shift of the
 * mean, (weighted mean - pool mean) / pool SD, on the log scale for a positive parameter (the
 * table's log-normal ones), so that shifts compare across parameters.
 *
 * @param parameter   the parameter
 * @param poolMedian  its median in the pool (the parameter table's population)
 * @param median      its fitted (weighted) median
 * @param low         the fitted 5th percentile
 * @param high        the fitted 95th percentile
 * @param shift       the standardised shift of its mean, in pool SDs
 */
public record FittedDistribution(String parameter, double poolMedian, double median, double low, double high,
        double shift) {

    /**
     * The fitted distribution of every parameter that varies in the pool, the largest shift first.
     *
     * @param names  the parameters, in column order
     * @param values {@code values[i][j]}: pool patient i's parameter j
     * @param w      the patients' weights (summing to 1)
     */
    public static List<FittedDistribution> of(List<String> names, double[][] values, double[] w) {
        List<FittedDistribution> all = new ArrayList<>();
        int n = values.length;
        double[] uniform = new double[n];
        Arrays.fill(uniform, 1.0 / n);
        for (int j = 0; j < names.size(); j++) {
            double[] x = new double[n];
            boolean positive = true;
            for (int i = 0; i < n; i++) {
                x[i] = values[i][j];
                positive &= x[i] > 0;
            }
            double mean = 0;
            double weighted = 0;
            for (int i = 0; i < n; i++) {
                double y = positive ? Math.log(x[i]) : x[i];
                mean += y / n;
                weighted += w[i] * y;
            }
            double var = 0;
            for (int i = 0; i < n; i++) {
                double y = positive ? Math.log(x[i]) : x[i];
                var += (y - mean) * (y - mean) / n;
            }
            if (!(var > 0)) {
                continue; // fixed in this population: nothing to fit
            }
            all.add(new FittedDistribution(names.get(j), Measure.weightedMedian(x, uniform), Measure.weightedMedian(x, w),
                    Measure.weightedQuantile(x, w, 0.05), Measure.weightedQuantile(x, w, 0.95),
                    (weighted - mean) / Math.sqrt(var)));
        }
        all.sort(Comparator.comparingDouble((FittedDistribution f) -> -Math.abs(f.shift())));
        return List.copyOf(all);
    }
}
