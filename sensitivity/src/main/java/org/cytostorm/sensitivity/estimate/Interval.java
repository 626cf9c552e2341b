package org.cytostorm.sensitivity.estimate;

/**
 * An estimate with a 95% bootstrap percentile interval.
 *
 * @param estimate the estimate on all the samples
 * @param lo       the 2.5th percentile of the bootstrap estimates
 * @param hi       the 97.5th percentile
 */
public record Interval(double estimate, double lo, double hi) {
}
