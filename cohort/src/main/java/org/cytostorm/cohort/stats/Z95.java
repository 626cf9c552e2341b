package org.cytostorm.cohort.stats;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The standard normal quantities every interval here uses: the 97.5% quantile (the half-width of
 * a two-sided 95% interval in standard errors, R's {@code qnorm(0.975)}) and two-sided p-values.
 * One place, so that every interval in a report has the same coverage.
 */
final class Z95 {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution();

    /** {@code qnorm(0.975)} = 1.959963984540054. */
    static final double Z = STANDARD_NORMAL.inverseCumulativeProbability(0.975);

    private Z95() {
    }

    /**
     * The two-sided p-value of a standard normal statistic, {@code 2 Φ(-|z|)}, computed from the
     * lower tail (Hipparchus' erfc) so that small p-values keep their relative precision.
     */
    static double twoSidedP(double z) {
        return 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    }
}
