package org.cytostorm.cohort.stats;

import org.hipparchus.special.Gamma;

/**
 * A chi-square statistic with its degrees of freedom and upper-tail p-value.
 *
 * @param statistic        the chi-square statistic
 * @param degreesOfFreedom its degrees of freedom; 0 when there is nothing to test
 * @param p                P(χ²(df) ≥ statistic); NaN when {@code degreesOfFreedom} is 0
 */
public record ChiSquareTest(double statistic, int degreesOfFreedom, double p) {

    /**
     * The test of {@code statistic} on {@code degreesOfFreedom}. The p-value is the regularized
     * upper incomplete gamma function Q(df/2, x/2) (Hipparchus' {@link Gamma#regularizedGammaQ}, on
     * which its chi-squared distribution is built), taken directly rather than as 1 - CDF so that
     * a p-value of 1e-12 is not rounded to 0.
     *
     * @throws IllegalArgumentException if the statistic is negative or NaN or df is negative
     */
    public static ChiSquareTest of(double statistic, int degreesOfFreedom) {
        if (!(statistic >= 0)) {
            throw new IllegalArgumentException("chi-square statistic must be >= 0, was " + statistic);
        }
        if (degreesOfFreedom < 0) {
            throw new IllegalArgumentException("degrees of freedom must be >= 0, was " + degreesOfFreedom);
        }
        double p = degreesOfFreedom == 0 ? Double.NaN
                : Gamma.regularizedGammaQ(degreesOfFreedom / 2.0, statistic / 2.0);
        return new ChiSquareTest(statistic, degreesOfFreedom, p);
    }
}
