package org.cytostorm.cohort.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Maximum-entropy weights against their closed forms. */
class EntropyBalancingTest {

    /**
     * One binary feature, present in m of n patients, target rate t: the maximum-entropy weights are
     * equal within each group, t/m for those with it and (1 - t)/(n - m) for the others (the
     * KL-closest distribution with the required mass on the group), so Kish's effective size is
     * 1 / (t²/m + (1 - t)²/(n - m)).
     */
    @Test
    void oneRateGivesTheTwoGroupClosedForm() {
        int n = 1000;
        int m = 300;
        double t = 0.6;
        double[][] h = new double[n][1];
        for (int i = 0; i < m; i++) {
            h[i][0] = 1;
        }
        EntropyBalancing.Solution s = EntropyBalancing.solve(h, new double[] {t}, new double[] {1e-6});
        assertTrue(s.converged());
        assertEquals(t, s.achieved()[0], 1e-9);
        assertEquals(t / m, s.weights()[0], 1e-12);
        assertEquals((1 - t) / (n - m), s.weights()[n - 1], 1e-12);
        assertEquals(1 / (t * t / m + (1 - t) * (1 - t) / (n - m)), s.effectiveSampleSize(), 1e-6);
        // λ is the log odds ratio of the two groups' weights
        assertEquals(Math.log((t / m) / ((1 - t) / (n - m))), s.lambda()[0], 1e-6);
    }

    @Test
    void targetsTheDataAlreadyMeetLeaveTheWeightsUniform() {
        double[][] h = {{1, 0.2}, {0, 0.4}, {1, 0.6}, {0, 0.8}};
        EntropyBalancing.Solution s = EntropyBalancing.solve(h, new double[] {0.5, 0.5}, new double[] {1e-6, 1e-6});
        for (double w : s.weights()) {
            assertEquals(0.25, w, 1e-12);
        }
        assertEquals(4, s.effectiveSampleSize(), 1e-9);
    }

    /**
     * A target outside what the pool can give (a rate of 1.2) is approached, not met: the soft
     * constraint keeps the dual bounded, and the moment stops short by about s²λ.
     */
    @Test
    void anUnreachableTargetIsApproachedAndTheOthersStillMet() {
        int n = 400;
        double[][] h = new double[n][2];
        for (int i = 0; i < n; i++) {
            h[i][0] = i % 2;
            h[i][1] = i % 5 == 0 ? 1 : 0;
        }
        EntropyBalancing.Solution s = EntropyBalancing.solve(h, new double[] {1.2, 0.3}, new double[] {0.05, 0.001});
        assertTrue(s.converged());
        assertTrue(s.achieved()[0] > 0.95 && s.achieved()[0] < 1, "the unreachable rate approaches 1: " + s.achieved()[0]);
        assertEquals(0.3, s.achieved()[1], 0.01);
        double sum = 0;
        for (double w : s.weights()) {
            sum += w;
        }
        assertEquals(1, sum, 1e-12);
    }
}
