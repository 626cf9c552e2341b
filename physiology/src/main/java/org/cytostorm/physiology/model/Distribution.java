package org.cytostorm.physiology.model;

import java.util.List;
import org.cytostorm.common.yaml.Measure;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * How a parameter varies across a virtual population, as the parameter table's {@code distribution}
 * column states it; parsed when the table loads ({@link DistributionParser}), so a malformed entry
 * is refused naming its row before anything runs. Each distribution knows its centre (the table's
 * value) and its truncation bounds (by default the row's plausible range), and maps a uniform
 * number to a draw by its quantile function, so that a cohort can draw from counter-based streams.
 *
 * <p>Column syntax: {@code fixed}, {@code switch}, {@code count}, {@code lognormal(CV)}, {@code normal(SD)},
 * {@code uniform}, {@code categorical(V: W, ...)}; the continuous ones take optional truncation
 * bounds {@code lognormal(0.3, 0.5..2)}, {@code normal(12, 60..110)}, {@code uniform(0.2..0.8)},
 * which must lie within the plausible range.
 */
public sealed interface Distribution {

    /** The value a draw with {@code u} in [0, 1] gives (u = 0.5 is not always the centre when truncated). */
    double quantile(double u);

    /** The column text that reads back as this distribution. */
    String text();

    /**
     * The same shape around another centre: a trigger or a scenario sets a parameter's value for
     * its patients (the table holds 0 for a virus's growth rate, say), and a population varies
     * around that value. Bounds stay; a centre outside them is clamped into them by each draw.
     */
    Distribution recentred(double centre);

    /** True unless every patient gets the same value (a fixed value, a switch, a count). */
    default boolean varies() {
        return true;
    }

    /** The same value for every patient. */
    record Fixed(double value) implements Distribution {
        @Override
        public double quantile(double u) {
            return value;
        }

        @Override
        public String text() {
            return "fixed";
        }

        @Override
        public Distribution recentred(double centre) {
            return new Fixed(centre);
        }

        @Override
        public boolean varies() {
            return false;
        }

    }

    /** A mechanism switch (1 on, 0 off): the same for every patient; a user turns it off. */
    record Switch(double value) implements Distribution {
        @Override
        public double quantile(double u) {
            return value;
        }

        @Override
        public String text() {
            return "switch";
        }

        @Override
        public Distribution recentred(double centre) {
            return new Switch(centre);
        }

        @Override
        public boolean varies() {
            return false;
        }

    }

    /**
     * A count (for example a number of repeated doses): a whole number, the same for every patient.
     * Only whole values are possible ({@link ParameterEntry#whyImpossible}), whoever sets them.
     */
    record Count(double value) implements Distribution {
        @Override
        public double quantile(double u) {
            return value;
        }

        @Override
        public String text() {
            return "count";
        }

        @Override
        public Distribution recentred(double centre) {
            return new Count(centre);
        }

        @Override
        public boolean varies() {
            return false;
        }
    }

    /**
     * Log-normal around the table's value as its median: ln X ~ N(ln median, σ²) with
     * σ² = ln(1 + CV²), so that CV is the coefficient of variation of the untruncated distribution;
     * truncated to [lower, upper] ({@code explicitBounds}: written in the column, rather than the
     * row's plausible range).
     */
    record LogNormal(double median, double cv, double lower, double upper, boolean explicitBounds)
            implements Distribution {
        /** σ of ln X. */
        public double sigma() {
            return Math.sqrt(Math.log1p(cv * cv));
        }

        @Override
        public Distribution recentred(double centre) {
            return new LogNormal(centre, cv, lower, upper, explicitBounds);
        }

        /** A median of 0 (a rate a trigger switches on) is degenerate: every draw is 0 until recentred. */
        @Override
        public double quantile(double u) {
            if (median == 0) {
                return Truncation.clamp(0, lower, upper);
            }
            double s = sigma();
            double lo = lower > 0 ? Truncation.PHI.cumulativeProbability((Math.log(lower) - Math.log(median)) / s) : 0;
            double hi = Truncation.PHI.cumulativeProbability((Math.log(upper) - Math.log(median)) / s);
            double z = Truncation.PHI.inverseCumulativeProbability(Truncation.within(lo, hi, u));
            return Truncation.clamp(median * Math.exp(s * z), lower, upper);
        }

        @Override
        public String text() {
            return "lognormal(" + Measure.format(cv) + Truncation.bounds(lower, upper, explicitBounds) + ")";
        }
    }

    /** Normal with the table's value as its mean and standard deviation {@code sd}, truncated to [lower, upper]. */
    record Normal(double mean, double sd, double lower, double upper, boolean explicitBounds) implements Distribution {
        @Override
        public Distribution recentred(double centre) {
            return new Normal(centre, sd, lower, upper, explicitBounds);
        }

        @Override
        public double quantile(double u) {
            double lo = Truncation.PHI.cumulativeProbability((lower - mean) / sd);
            double hi = Truncation.PHI.cumulativeProbability((upper - mean) / sd);
            double z = Truncation.PHI.inverseCumulativeProbability(Truncation.within(lo, hi, u));
            return Truncation.clamp(mean + sd * z, lower, upper);
        }

        @Override
        public String text() {
            return "normal(" + Measure.format(sd) + Truncation.bounds(lower, upper, explicitBounds) + ")";
        }
    }

    /** Uniform over [lower, upper] (by default the plausible range). */
    record Uniform(double lower, double upper, boolean explicitBounds) implements Distribution {
        @Override
        public double quantile(double u) {
            return Truncation.clamp(lower + u * (upper - lower), lower, upper);
        }

        /** A uniform distribution has no centre: the same interval. */
        @Override
        public Distribution recentred(double centre) {
            return this;
        }

        @Override
        public String text() {
            return explicitBounds ? "uniform(" + Measure.format(lower) + ".." + Measure.format(upper) + ")" : "uniform";
        }
    }

    /**
     * One of a few values with the given weights (normalised to sum 1). A draw u falls on the first
     * value whose cumulative weight exceeds it.
     */
    record Categorical(List<Double> values, List<Double> weights) implements Distribution {
        public Categorical {
            values = List.copyOf(values);
            weights = List.copyOf(weights);
            if (values.isEmpty() || values.size() != weights.size()) {
                throw new IllegalArgumentException("a categorical distribution needs as many weights as values");
            }
        }

        /** The categories are the values themselves: unchanged. */
        @Override
        public Distribution recentred(double centre) {
            return this;
        }

        @Override
        public double quantile(double u) {
            double total = weights.stream().mapToDouble(Double::doubleValue).sum();
            double cumulative = 0;
            for (int i = 0; i < values.size(); i++) {
                cumulative += weights.get(i) / total;
                if (u < cumulative) {
                    return values.get(i);
                }
            }
            return values.get(values.size() - 1);
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder("categorical(");
            for (int i = 0; i < values.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(Measure.format(values.get(i))).append(": ")
                        .append(Measure.format(weights.get(i)));
            }
            return sb.append(')').toString();
        }
    }

    /** Shared arithmetic of the truncated continuous distributions. */
    final class Truncation {
        static final NormalDistribution PHI = new NormalDistribution(0, 1);

        private Truncation() {
        }

        /** The probability between lo and hi that u (in [0, 1]) stands for, kept off 0 and 1 for the inverse. */
        static double within(double lo, double hi, double u) {
            double p = lo + Math.min(Math.max(u, 0), 1) * (hi - lo);
            return Math.min(Math.max(p, Double.MIN_NORMAL), 1 - 0x1.0p-53);
        }

        /** Round-off at the tails must not step outside the bounds. */
        static double clamp(double x, double lower, double upper) {
            return Math.min(Math.max(x, lower), upper);
        }

        /** {@code ", lo..hi"} when the bounds were written, nothing when they are the plausible range. */
        static String bounds(double lower, double upper, boolean explicit) {
            return explicit ? ", " + Measure.format(lower) + ".." + Measure.format(upper) : "";
        }
    }
}
