package org.cytostorm.cohort.stats;

/**
 * The risk difference of a treated arm minus a control arm, with Newcombe's hybrid score 95%
 * interval (Newcombe 1998, Stat Med 17:873, method 10).
 *
 * <p>Why Newcombe rather than Wald: the Wald interval d ± z √(p₁q₁/n₁ + p₂q₂/n₂) has zero width
 * when both arms have 0 (or all) events, can leave [-1, 1], and undercovers badly for the small
 * arms and rare events of an early trial; Newcombe's interval combines the two arms' Wilson limits
 * (the intervals {@link Proportion} reports, so the figures in one report agree), needs no
 * correction for zero cells, stays within [-1, 1] and keeps coverage near 95% (Newcombe's
 * evaluation; recommended by Fagerland, Lydersen and Laake 2015, Stat Methods Med Res 24:224).
 *
 * @param estimate p₁ - p₂, the treated risk minus the control risk
 * @param lower    lower 95% limit
 * @param upper    upper 95% limit
 */
public record RiskDifference(double estimate, double lower, double upper) {

    /**
     * The difference {@code treated - control}: with (l₁, u₁) and (l₂, u₂) the Wilson limits,
     * lower = d - √((p₁ - l₁)² + (u₂ - p₂)²), upper = d + √((u₁ - p₁)² + (p₂ - l₂)²).
     */
    public static RiskDifference of(Proportion treated, Proportion control) {
        double p1 = treated.estimate();
        double p2 = control.estimate();
        double d = p1 - p2;
        double lower = d - Math.hypot(p1 - treated.lower(), control.upper() - p2);
        double upper = d + Math.hypot(treated.upper() - p1, p2 - control.lower());
        return new RiskDifference(d, lower, upper);
    }
}
