package org.cytostorm.cohort.calibration;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * What a target measures on the pool: the rate of an event, or the median of a quantity among the
 * patients with an event. Rates are weighted means of an indicator (or of the expected death); a
 * median m is met when half the weight of the patients with the event lies at or below m, a moment
 * too: sum_i w_i c_i (1{x_i <= m} - 1/2) = 0.
 */
public sealed interface Measure {

    /** The rates a target may name. */
    List<String> RATES = List.of("crs_any", "crs_grade3", "icans_any", "icans_grade3", "death", "late_crs", "iec_hs");
    /** The quantities whose median a target may name. */
    List<String> MEDIANS = List.of("crs_onset_day", "crs_duration_day");

    /** The moment feature of a patient (the weighted sum of which the target fixes). */
    double feature(Course c, double value);

    /** The value of the target moment: the rate itself, 0 for a median's balance. */
    double moment(double value);

    /** The statistic of a weighted pool: the rate, or the weighted median. */
    double statistic(List<Course> pool, double[] weights);

    /** The rate of an event. */
    record Rate(String name, ToDoubleFunction<Course> indicator) implements Measure {
        @Override
        public double feature(Course c, double value) {
            return indicator.applyAsDouble(c);
        }

        @Override
        public double moment(double value) {
            return value;
        }

        @Override
        public double statistic(List<Course> pool, double[] w) {
            double s = 0;
            double total = 0;
            for (int i = 0; i < pool.size(); i++) {
                s += w[i] * indicator.applyAsDouble(pool.get(i));
                total += w[i];
            }
            return s / total;
        }
    }

    /** The median of a quantity among the patients with an event. */
    record Median(String name, ToDoubleFunction<Course> quantity, Predicate<Course> among) implements Measure {
        @Override
        public double feature(Course c, double value) {
            return among.test(c) ? (quantity.applyAsDouble(c) <= value ? 0.5 : -0.5) : 0;
        }

        @Override
        public double moment(double value) {
            return 0;
        }

        @Override
        public double statistic(List<Course> pool, double[] w) {
            int n = 0;
            double[] x = new double[pool.size()];
            double[] v = new double[pool.size()];
            for (int i = 0; i < pool.size(); i++) {
                if (among.test(pool.get(i))) {
                    x[n] = quantity.applyAsDouble(pool.get(i));
                    v[n++] = w[i];
                }
            }
            return weightedMedian(java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(v, n));
        }
    }

    /** The measure named {@code name}, or null. */
    static Measure named(String name) {
        return switch (name) {
            case "crs_any" -> new Rate(name, c -> c.maxCrsGrade() >= 1 ? 1 : 0);
            case "crs_grade3" -> new Rate(name, c -> c.maxCrsGrade() >= 3 ? 1 : 0);
            case "icans_any" -> new Rate(name, c -> c.maxIcansGrade() >= 1 ? 1 : 0);
            case "icans_grade3" -> new Rate(name, c -> c.maxIcansGrade() >= 3 ? 1 : 0);
            case "death" -> new Rate(name, Course::death);
            case "late_crs" -> new Rate(name, c -> c.crsOnsetDay() > 14 ? 1 : 0);
            case "iec_hs" -> new Rate(name, Course::iecHs);
            case "crs_onset_day" -> new Median(name, Course::crsOnsetDay, c -> c.maxCrsGrade() >= 1);
            case "crs_duration_day" -> new Median(name, Course::crsDurationDay, c -> c.maxCrsGrade() >= 1);
            default -> null;
        };
    }

    /** The smallest x with at least half the weight at or below it (NaN for no values). */
    static double weightedMedian(double[] x, double[] w) {
        return weightedQuantile(x, w, 0.5);
    }

    /** The smallest x with at least the fraction {@code q} of the weight at or below it (NaN for no values). */
    static double weightedQuantile(double[] x, double[] w, double q) {
        if (x.length == 0) {
            return Double.NaN;
        }
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double total = 0;
        for (double v : w) {
            total += v;
        }
        double acc = 0;
        for (int i : order) {
            acc += w[i];
            if (acc >= total * q - 1e-12) {
                return x[i];
            }
        }
        return x[order[order.length - 1]];
    }
}
