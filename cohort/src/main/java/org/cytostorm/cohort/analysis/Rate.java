package org.cytostorm.cohort.analysis;

import org.cytostorm.cohort.stats.Proportion;

/**
 * An estimate with its 95% interval, as summary.json writes it ({@code estimate}, {@code lo},
 * {@code hi}).
 */
public record Rate(double estimate, double lo, double hi) {

    /** A proportion with its Wilson interval. */
    public static Rate of(Proportion p) {
        return new Rate(p.estimate(), p.lower(), p.upper());
    }
}
