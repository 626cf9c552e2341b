package org.cytostorm.cohort.stats;

/**
 * A binary endpoint compared between two arms: each arm's rate with its Wilson interval, the risk
 * ratio ({@link RiskRatio}: Katz log interval, Haldane correction only for a zero cell) and the
 * risk difference ({@link RiskDifference}: Newcombe hybrid score interval). All intervals 95%.
 *
 * @param treated    the treated arm's events, total and rate
 * @param control    the control arm's events, total and rate
 * @param ratio      treated risk / control risk
 * @param difference treated risk - control risk
 */
public record RiskComparison(Proportion treated, Proportion control, RiskRatio ratio,
        RiskDifference difference) {

    /**
     * Compares {@code treatedEvents / treatedTotal} with {@code controlEvents / controlTotal}.
     *
     * @throws IllegalArgumentException if a total is not positive or events fall outside [0, total]
     */
    public static RiskComparison of(int treatedEvents, int treatedTotal, int controlEvents, int controlTotal) {
        Proportion treated = Proportion.wilson(treatedEvents, treatedTotal);
        Proportion control = Proportion.wilson(controlEvents, controlTotal);
        return new RiskComparison(treated, control, RiskRatio.of(treated, control),
                RiskDifference.of(treated, control));
    }
}
