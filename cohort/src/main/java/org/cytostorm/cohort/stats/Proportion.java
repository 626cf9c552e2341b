package org.cytostorm.cohort.stats;

/**
 * An event rate (events out of a total, e.g. grade ≥ 3 CRS in an arm) with its 95% Wilson score
 * interval.
 *
 * <p>Why Wilson: the Wald interval p ± z√(p(1-p)/n) collapses to a point at 0 or n events and
 * covers far less than 95% for small n or rare events, both common in a trial arm; the score
 * interval of Wilson (1927) inverts the score test instead, stays inside [0, 1], is never of zero
 * width and keeps coverage near nominal (Newcombe 1998, Stat Med 17:857, method 3; Brown, Cai and
 * DasGupta 2001, Stat Sci 16:101). It is R's {@code prop.test(x, n, correct = FALSE)} interval.
 *
 * @param events   number of patients with the event, 0 ≤ events ≤ total
 * @param total    number of patients, &gt; 0
 * @param estimate events / total
 * @param lower    lower 95% Wilson limit
 * @param upper    upper 95% Wilson limit
 */
public record Proportion(int events, int total, double estimate, double lower, double upper) {

    /**
     * The rate {@code events / total} with its Wilson interval:
     * (x + z²/2 ± z √(x(n-x)/n + z²/4)) / (n + z²), with z = {@code qnorm(0.975)}. At 0 events the
     * lower limit is exactly 0, at {@code total} events the upper is exactly 1.
     *
     * @throws IllegalArgumentException if total ≤ 0 or events is outside [0, total]
     */
    public static Proportion wilson(int events, int total) {
        if (total <= 0) {
            throw new IllegalArgumentException("a proportion needs a total > 0, was " + total);
        }
        if (events < 0 || events > total) {
            throw new IllegalArgumentException("events must be in [0, " + total + "], was " + events);
        }
        double z2 = Z95.Z * Z95.Z;
        double n = total;
        double x = events;
        double centre = (x + z2 / 2) / (n + z2);
        double half = Z95.Z * Math.sqrt(x * (n - x) / n + z2 / 4) / (n + z2);
        double lower = events == 0 ? 0 : centre - half;
        double upper = events == total ? 1 : centre + half;
        return new Proportion(events, total, x / n, lower, upper);
    }
}
