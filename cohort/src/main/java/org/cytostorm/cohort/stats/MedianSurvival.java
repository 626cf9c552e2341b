package org.cytostorm.cohort.stats;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Median survival with its 95% interval, as R's {@code quantile.survfit} (and so
 * {@code print.survfit}) gives it: the median is the first time the Kaplan–Meier curve reaches 0.5;
 * the interval's ends are the times the curve's upper and lower 95% limits reach 0.5
 * (Brookmeyer and Crowley 1982, Biometrics 38:29, with the log interval).
 *
 * <p>Where a curve is flat at exactly 0.5 (within R's tolerance √ε ≈ 1.5e-8), the median is the
 * midpoint of that flat: halfway between the time the curve reached 0.5 and the time it next
 * drops, or the last time observed if it never drops again. An end is empty when its curve never
 * reaches 0.5: the median "not reached" of a trial report.
 *
 * @param estimate median survival time, if the curve reaches 0.5
 * @param lower    lower 95% limit, if the upper confidence curve reaches 0.5
 * @param upper    upper 95% limit, if the lower confidence curve reaches 0.5
 */
public record MedianSurvival(OptionalDouble estimate, OptionalDouble lower, OptionalDouble upper) {

    /** R's {@code quantile.survfit} tolerance, {@code sqrt(.Machine$double.eps)}. */
    private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private static final double HALF = 0.5;

    /** The median of a curve and of its confidence limits. */
    static MedianSurvival of(List<SurvivalCurve.Step> steps) {
        return new MedianSurvival(crossing(steps, SurvivalCurve.Step::survival),
                crossing(steps, SurvivalCurve.Step::lower), crossing(steps, SurvivalCurve.Step::upper));
    }

    /**
     * Where {@code curve} falls to 0.5: R's {@code findq} on the distribution function 1 - curve,
     * which starts at 0 at time 0. NaN values (limits where S = 0) are skipped as R skips NA.
     */
    private static OptionalDouble crossing(List<SurvivalCurve.Step> steps,
            ToDoubleFunction<SurvivalCurve.Step> curve) {
        int m = steps.size() + 1;
        double[] x = new double[m];
        double[] y = new double[m];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < m; i++) {
            x[i] = steps.get(i - 1).time();
            y[i] = 1 - curve.applyAsDouble(steps.get(i - 1));
            if (!Double.isNaN(y[i])) {
                max = Math.max(max, y[i]);
            }
        }
        if (max < HALF) {
            return OptionalDouble.empty();
        }
        double lastTime = x[m - 1];
        // keep the first time of each distinct value (censoring times repeat the value before them)
        int kept = 0;
        for (int i = 0; i < m; i++) {
            boolean seen = false;
            for (int j = 0; j < kept && !seen; j++) {
                seen = Double.compare(y[j], y[i]) == 0;
            }
            if (!seen) {
                x[kept] = x[i];
                y[kept] = y[i];
                kept++;
            }
        }
        int reached = firstAtLeast(y, kept, HALF - TOLERANCE);
        int passed = firstAtLeast(y, kept, HALF + TOLERANCE);
        double last = y[kept - 1];
        if (!Double.isNaN(last) && Math.abs(HALF - last) < TOLERANCE) {
            return OptionalDouble.of((x[reached] + lastTime) / 2);  // flat at 0.5 to the end
        }
        if (reached < 0 || passed < 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((x[reached] + x[passed]) / 2);
    }

    /**
     * The index of the smallest value ≥ {@code level} among the first {@code n} (NaN skipped), -1 if
     * none: R's {@code approx(y, 1:n, level, method = "constant", f = 1)}, which orders by value.
     * The confidence limits need not be monotone, so this is not simply the first such index.
     */
    private static int firstAtLeast(double[] y, int n, double level) {
        int best = -1;
        for (int i = 0; i < n; i++) {
            if (y[i] >= level && (best < 0 || y[i] < y[best])) {
                best = i;
            }
        }
        return best;
    }
}
