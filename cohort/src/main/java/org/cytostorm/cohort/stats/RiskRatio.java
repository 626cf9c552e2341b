package org.cytostorm.cohort.stats;

/**
 * The risk ratio of a treated arm to a control arm, with its 95% interval on the log scale
 * (Katz, Baptista, Azen and Pike 1978, Biometrics 34:469).
 *
 * <p>Why this interval: log(RR) is close to normal where RR itself is skewed, and its variance
 * 1/a - 1/n₁ + 1/c - 1/n₂ (a, c the events of n₁, n₂) is the delta-method one that every
 * meta-analysis package and most trial reports use, so the figure can be read against published
 * ones.
 *
 * <p>Zero cells: with no events in an arm, log(RR) and its variance are infinite. Then, and only
 * then (when any of the four cells of the 2×2 table, events or non-events in either arm, is 0),
 * 0.5 is added to every cell (Haldane 1956, Ann Hum Genet 20:309; the Cochrane Handbook's
 * practice, and R's {@code metafor::escalc} default {@code add = 1/2, to = "only0"}), for the
 * estimate and the interval alike, and {@link #haldaneCorrected()} says so. Tables without a
 * zero are not touched, since the correction pulls the ratio toward 1. A trial with no events in
 * either arm gets the corrected ratio (n₂ + 1)/(n₁ + 1) and an interval spanning 1 widely: it
 * carries little information about the ratio, and the interval says so.
 *
 * @param estimate          risk in the treated arm / risk in the control arm
 * @param lower             lower 95% limit
 * @param upper             upper 95% limit
 * @param haldaneCorrected  whether 0.5 was added to every cell because one was 0
 */
public record RiskRatio(double estimate, double lower, double upper, boolean haldaneCorrected) {

    /**
     * The risk ratio {@code treated / control} with the Katz log interval
     * exp(log RR ± z √(1/a - 1/n₁ + 1/c - 1/n₂)).
     */
    public static RiskRatio of(Proportion treated, Proportion control) {
        boolean zeroCell = treated.events() == 0 || treated.events() == treated.total()
                || control.events() == 0 || control.events() == control.total();
        double add = zeroCell ? 0.5 : 0;
        double a = treated.events() + add;
        double n1 = treated.total() + 2 * add;
        double c = control.events() + add;
        double n2 = control.total() + 2 * add;
        double rr = (a / n1) / (c / n2);
        double se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2);
        double log = Math.log(rr);
        return new RiskRatio(rr, Math.exp(log - Z95.Z * se), Math.exp(log + Z95.Z * se), zeroCell);
    }
}
