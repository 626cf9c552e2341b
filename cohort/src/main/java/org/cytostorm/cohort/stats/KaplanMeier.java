package org.cytostorm.cohort.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Kaplan–Meier estimate of the survival function, as R's {@code survfit} computes it by
 * default: a step at every distinct time (event or censoring), Greenwood's variance and a 95%
 * interval on the log scale ({@code conf.type = "log"}).
 *
 * <p>Why the log interval: it is R's default, so a report's curves and medians can be checked
 * against a published analysis line by line; unlike the plain interval S ± z·se it never goes
 * below 0 (the upper limit is capped at 1, as R caps it).
 *
 * <p>At a time with n at risk and d events S drops by the factor (n - d)/n and Greenwood's sum
 * Σ d/(n(n - d)) grows; its square root is the standard error of log S. Where the last patients
 * at risk all have the event, S = 0 and the sum is infinite: the standard error of S is then NaN
 * and the interval undefined (NaN), as R reports NA.
 */
public final class KaplanMeier {

    private KaplanMeier() {
    }

    /**
     * One curve over all observations, whatever their group.
     *
     * @throws IllegalArgumentException if there are no observations
     */
    public static SurvivalCurve fit(List<SurvivalObservation> observations) {
        Groups.requireSome(observations);
        List<SurvivalObservation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparingDouble(SurvivalObservation::time));
        List<SurvivalCurve.Step> steps = new ArrayList<>();
        int n = sorted.size();
        int events = 0;
        double survival = 1;
        double greenwood = 0;
        for (int i = 0; i < n;) {
            double time = sorted.get(i).time();
            int atRisk = n - i;
            int died = 0;
            int censored = 0;
            for (; i < n && sorted.get(i).time() == time; i++) {
                if (sorted.get(i).event()) {
                    died++;
                } else {
                    censored++;
                }
            }
            if (died > 0) {
                survival *= (atRisk - died) / (double) atRisk;
                greenwood += died / (atRisk * (double) (atRisk - died));
                events += died;
            }
            steps.add(step(time, atRisk, died, censored, survival, Math.sqrt(greenwood)));
        }
        return new SurvivalCurve(steps, n, events, MedianSurvival.of(steps));
    }

    /**
     * One curve per group, the curve of group g at index g.
     *
     * @throws IllegalArgumentException if there are no observations or a group index below the
     *                                  largest has none
     */
    public static List<SurvivalCurve> byGroup(List<SurvivalObservation> observations) {
        return Groups.split(observations).stream().map(KaplanMeier::fit).toList();
    }

    private static SurvivalCurve.Step step(double time, int atRisk, int events, int censored, double survival,
            double logStdErr) {
        double lower;
        double upper;
        if (survival == 0) {
            lower = Double.NaN;
            upper = Double.NaN;
        } else if (logStdErr == 0) {
            lower = survival;
            upper = survival;
        } else {
            lower = Math.exp(Math.log(survival) - Z95.Z * logStdErr);
            upper = Math.min(Math.exp(Math.log(survival) + Z95.Z * logStdErr), 1);
        }
        return new SurvivalCurve.Step(time, atRisk, events, censored, survival, logStdErr * survival, logStdErr,
                lower, upper);
    }
}
