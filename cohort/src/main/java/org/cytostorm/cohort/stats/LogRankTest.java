package org.cytostorm.cohort.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * The log-rank test of equal survival in k groups (Mantel 1966; Peto and Peto 1972), exactly as R's
 * {@code survdiff} with {@code rho = 0} computes it.
 *
 * <p>At each distinct event time with n at risk (n_g in group g) and d events, group g is expected
 * to have d·n_g/n of them; O - E summed over time, with the hypergeometric covariance
 * d(n - d)/(n - 1)·(n_g/n)(δ_gh - n_h/n), gives the statistic (O - E)ᵀ V⁻(O - E). As in R, groups
 * with no expected events (no one at risk at any event time) are left out, the first of the rest
 * is dropped to make V invertible, and the degrees of freedom are their number minus one. The
 * test has the most power against proportional hazards, the alternative the Cox model
 * ({@link CoxRegression}) estimates; with two groups and no tied event times it is the Cox score
 * test of the group indicator.
 *
 * @param groups one per group, group g at index g
 * @param test   the chi-square statistic, degrees of freedom and p-value; df 0 and p NaN when
 *               fewer than two groups have anyone at risk at an event time
 */
public record LogRankTest(List<GroupCount> groups, ChiSquareTest test) {

    public LogRankTest {
        groups = List.copyOf(groups);
    }

    /**
     * One group's side of the test.
     *
     * @param group    the group index
     * @param n        patients in the group
     * @param observed events observed in the group
     * @param expected events expected under equal hazards
     */
    public record GroupCount(int group, int n, int observed, double expected) {
    }

    /**
     * Tests whether the groups of {@code observations} (indices 0..k-1) have equal survival.
     *
     * @throws IllegalArgumentException if there are no observations, fewer than two groups, or an
     *                                  index below the largest has none
     */
    public static LogRankTest of(List<SurvivalObservation> observations) {
        List<List<SurvivalObservation>> byGroup = Groups.split(observations);
        int k = byGroup.size();
        if (k < 2) {
            throw new IllegalArgumentException("the log-rank test needs at least two groups, got " + k);
        }
        List<SurvivalObservation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparingDouble(SurvivalObservation::time));
        int[] atRisk = new int[k];
        int[] observed = new int[k];
        double[] expected = new double[k];
        double[][] variance = new double[k][k];
        // from the last time back, so that atRisk holds those with time >= the current time
        for (int i = sorted.size() - 1; i >= 0;) {
            double time = sorted.get(i).time();
            int deaths = 0;
            for (; i >= 0 && sorted.get(i).time() == time; i--) {
                SurvivalObservation o = sorted.get(i);
                atRisk[o.group()]++;
                if (o.event()) {
                    observed[o.group()]++;
                    deaths++;
                }
            }
            int n = sorted.size() - 1 - i;
            if (deaths == 0) {
                continue;
            }
            for (int g = 0; g < k; g++) {
                expected[g] += deaths * (double) atRisk[g] / n;
            }
            if (n > 1) {
                for (int g = 0; g < k; g++) {
                    double common = deaths * (double) atRisk[g] * (n - deaths) / (n * (double) (n - 1));
                    variance[g][g] += common;
                    for (int h = 0; h < k; h++) {
                        variance[g][h] -= common * atRisk[h] / n;
                    }
                }
            }
        }
        List<GroupCount> counts = new ArrayList<>(k);
        List<Integer> tested = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            counts.add(new GroupCount(g, byGroup.get(g).size(), observed[g], expected[g]));
            if (expected[g] > 0) {
                tested.add(g);
            }
        }
        return new LogRankTest(counts, chiSquare(tested, observed, expected, variance));
    }

    /** (O - E)ᵀ V⁻¹ (O - E) over the tested groups but the first, as {@code survdiff} does. */
    private static ChiSquareTest chiSquare(List<Integer> tested, int[] observed, double[] expected,
            double[][] variance) {
        int m = tested.size() - 1;
        if (m < 1) {
            return ChiSquareTest.of(0, 0);
        }
        RealVector diff = MatrixUtils.createRealVector(m);
        RealMatrix v = MatrixUtils.createRealMatrix(m, m);
        for (int a = 0; a < m; a++) {
            int g = tested.get(a + 1);
            diff.setEntry(a, observed[g] - expected[g]);
            for (int b = 0; b < m; b++) {
                v.setEntry(a, b, variance[g][tested.get(b + 1)]);
            }
        }
        RealVector solved;
        try {
            solved = new LUDecomposition(v).getSolver().solve(diff);
        } catch (MathIllegalArgumentException e) {
            throw new IllegalArgumentException("log-rank variance matrix is singular: " + e.getMessage(), e);
        }
        return ChiSquareTest.of(Math.max(0, diff.dotProduct(solved)), m);
    }
}
