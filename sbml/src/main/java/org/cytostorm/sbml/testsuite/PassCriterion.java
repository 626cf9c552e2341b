package org.cytostorm.sbml.testsuite;

/**
 * The suite's rule for one point (README-semantic.md, "Tolerances and errors for TimeCourse
 * tests"): a value U passes against the expected value C when
 * {@code |C - U| <= T_a + T_r * |C|}.
 *
 * <p>The suite writes undefined and infinite expected values as NaN, INF and -INF; the rule's
 * arithmetic cannot hold for them, so, as the suite's own checker does, an expected NaN is met only
 * by NaN and an expected infinity only by the same infinity. An actual NaN or infinity never meets a
 * finite expected value.
 */
public final class PassCriterion {

    private PassCriterion() {
    }

    /** True when {@code actual} meets {@code expected} within the case's tolerances. */
    public static boolean passes(double expected, double actual, double absolute, double relative) {
        if (Double.isNaN(expected)) {
            return Double.isNaN(actual);
        }
        if (Double.isInfinite(expected)) {
            return actual == expected;
        }
        if (!Double.isFinite(actual)) {
            return false;
        }
        return Math.abs(expected - actual) <= allowed(expected, absolute, relative);
    }

    /** The largest difference allowed at a finite expected value: {@code T_a + T_r * |C|}. */
    public static double allowed(double expected, double absolute, double relative) {
        return absolute + relative * Math.abs(expected);
    }
}
