package org.cytostorm.cohort.calibration;

/**
 * One natural-history target of a calibration.
 *
 * @param name      how reports call it ("CRS, any grade")
 * @param measure   what is measured
 * @param value     the published figure (a rate in 0..1, or a median in days)
 * @param tolerance how far the calibrated figure may stay from it (10 points for a rate, 1 day for
 *                  an onset, by default)
 * @param source    the publication
 * @param among     a subgroup of the cohort (its state at enrolment) the figure is of; empty for all
 */
public record Target(String name, Measure measure, double value, double tolerance, String source,
        java.util.Optional<String> among) {

    public Target {
        java.util.Objects.requireNonNull(among, "among");
    }

    /** A target over the whole cohort. */
    public Target(String name, Measure measure, double value, double tolerance, String source) {
        this(name, measure, value, tolerance, source, java.util.Optional.empty());
    }

    private boolean in(Course c) {
        return among.isEmpty() || c.groups().contains(among.get());
    }

    /**
     * The patient's moment feature: the measure's own over the whole cohort; within a subgroup, a
     * rate's r = t becomes sum w c (x - t) = 0 (c: in the subgroup), a median's balance counts only
     * the subgroup.
     */
    public double feature(Course c) {
        if (!in(c)) {
            return 0;
        }
        double x = measure.feature(c, value);
        return among.isPresent() && isRate() ? x - value : x;
    }

    /** The value the weighted sum of the features must take. */
    public double moment() {
        return among.isPresent() ? 0 : measure.moment(value);
    }

    /** The target's figure in a weighted pool. */
    public double statistic(java.util.List<Course> pool, double[] w) {
        if (among.isEmpty()) {
            return measure.statistic(pool, w);
        }
        java.util.List<Course> sub = new java.util.ArrayList<>();
        java.util.List<Double> sw = new java.util.ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (in(pool.get(i))) {
                sub.add(pool.get(i));
                sw.add(w[i]);
            }
        }
        return sub.isEmpty() ? Double.NaN : measure.statistic(sub, sw.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** True for a rate (a share of patients), false for a median (days). */
    public boolean isRate() {
        return measure instanceof Measure.Rate;
    }
}
