package org.cytostorm.cohort.stats;

import java.util.List;

/**
 * A Kaplan–Meier curve ({@link KaplanMeier}): its steps and its median.
 *
 * @param steps        one per distinct time, ascending (censoring-only times included, as in R's
 *                     {@code survfit}); S(t) is the survival of the last step at or before t, 1
 *                     before the first
 * @param observations number of patients
 * @param events       number of events
 * @param median       median survival with its 95% interval, each where reached
 */
public record SurvivalCurve(List<Step> steps, int observations, int events, MedianSurvival median) {

    public SurvivalCurve {
        steps = List.copyOf(steps);
    }

    /**
     * The curve at one distinct time.
     *
     * @param time      the time, in the observations' unit
     * @param atRisk    patients whose time is ≥ {@code time}
     * @param events    events at {@code time}
     * @param censored  censorings at {@code time} (counted at risk at {@code time})
     * @param survival  S(time), the Kaplan–Meier estimate
     * @param stdErr    standard error of S (Greenwood: S·√Σ d/(n(n-d))), as R's
     *                  {@code summary.survfit} reports it; NaN where S = 0
     * @param logStdErr standard error of log S (√ of Greenwood's sum), what R's {@code survfit}
     *                  stores as {@code std.err}; infinite where S = 0
     * @param lower     lower 95% limit, exp(log S - z·logStdErr); NaN where S = 0
     * @param upper     upper 95% limit, min(1, exp(log S + z·logStdErr)); NaN where S = 0
     */
    public record Step(double time, int atRisk, int events, int censored, double survival, double stdErr,
            double logStdErr, double lower, double upper) {
    }
}
