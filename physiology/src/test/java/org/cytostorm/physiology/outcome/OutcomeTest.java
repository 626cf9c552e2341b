package org.cytostorm.physiology.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The outcome against closed forms: under a constant hazard survival is {@code exp(-h T)}; a step
 * in SOFA between two hourly rows counts (trapezoid) as a step at the middle of the interval, so
 * survival is a product of two exponentials; the sampled fates follow the survival curve.
 */
class OutcomeTest {

    /** A quadratic hazard chosen so that SOFA 14 has a hazard of exactly 0.01/h: 0.01/1.96 at SOFA 10. */
    private static final HazardParameters HAZARD = new HazardParameters(1, 0.01 / 1.96, 2);

    /** The power law written out, apart from the class under test. */
    private static double h(double sofa) {
        return 0.01 / 1.96 * (sofa / 10) * (sofa / 10);
    }

    private static double[] hours(int lastH) {
        double[] t = new double[lastH + 1];
        for (int i = 0; i <= lastH; i++) {
            t[i] = i;
        }
        return t;
    }

    /** Points of respiration, coagulation, liver, cardiovascular, cns, renal, the same at every row. */
    private static int[][] constant(int rows, int... perSystem) {
        int[][] p = new int[OrganSystem.COUNT][rows];
        for (int k = 0; k < OrganSystem.COUNT; k++) {
            java.util.Arrays.fill(p[k], perSystem[k]);
        }
        return p;
    }

    @Test
    void constantSofaGivesExponentialSurvival() {
        // SOFA 12 (4 + 3 + 0 + 4 + 0 + 1) for 240 h
        Outcome o = Outcome.of(hours(240), constant(241, 4, 3, 0, 4, 0, 1), HAZARD);
        assertEquals(h(12), o.hazard()[100], 1e-15);
        assertEquals(Math.exp(-h(12) * 240), o.survival()[240], 1e-12);
        assertEquals(Math.exp(-h(12) * 100.25), o.survivalAt(100.25), 1e-12);
        assertEquals(1, o.survivalAt(0), 0);
    }

    @Test
    void thePowerLawThroughItsReferencePoint() {
        assertEquals(0.01, HAZARD.hazard(14), 1e-15);
        assertEquals(0.01 / 1.96, HAZARD.hazard(10), 1e-15);
        assertEquals(4 * HAZARD.hazard(10), HAZARD.hazard(20), 1e-15);
        assertEquals(0, HAZARD.hazard(0), 0);
    }

    @Test
    void sofaStepGivesAProductOfExponentials() {
        // SOFA 8 at rows 0..10 h, 13 from 11 h to 200 h: the trapezoid puts the step at 10.5 h
        int[][] p = constant(201, 2, 2, 0, 2, 0, 2);
        for (int i = 11; i <= 200; i++) {
            p[0][i] = 4;
            p[3][i] = 4;
            p[5][i] = 3;
        }
        Outcome o = Outcome.of(hours(200), p, HAZARD);
        double expected = Math.exp(-h(8) * 10.5) * Math.exp(-h(13) * (200 - 10.5));
        assertEquals(expected, o.survival()[200], 1e-12);
        assertEquals(Math.exp(-h(8) * 10), o.survival()[10], 1e-12);
    }

    @Test
    void expectedDeathsBySystemSumToOneMinusSurvivalAndFollowThePoints() {
        // SOFA 14: respiratory 4, cardiovascular 4, renal 3, liver 3: shares 4/14, 4/14, 3/14, 3/14
        Outcome o = Outcome.of(hours(96), constant(97, 4, 0, 3, 4, 0, 3), HAZARD);
        double dead = 1 - Math.exp(-0.01 * 96);
        assertEquals(4.0 / 14 * dead, o.expectedDeaths(OrganSystem.RESPIRATORY, 96), 1e-12);
        assertEquals(3.0 / 14 * dead, o.expectedDeaths(OrganSystem.LIVER, 96), 1e-12);
        assertEquals(0, o.expectedDeaths(OrganSystem.CNS, 96), 0);
        double dead40 = 1 - Math.exp(-0.01 * 40.5);
        assertEquals(4.0 / 14 * dead40, o.expectedDeaths(OrganSystem.CARDIOVASCULAR, 40.5), 1e-12);

        // a changing mix: the sum is 1 - S at every row
        int[][] p = constant(97, 1, 1, 1, 1, 1, 1);
        for (int i = 0; i < 97; i++) {
            p[0][i] = i % 5;
            p[3][i] = (i / 7) % 5;
            p[5][i] = 4 - i % 5;
        }
        Outcome mixed = Outcome.of(hours(96), p, HAZARD);
        for (double t : new double[] {0, 13, 47.5, 96}) {
            double sum = mixed.expectedDeaths(t).values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(1 - mixed.survivalAt(t), sum, 1e-14, "at " + t + " h");
        }
    }

    @Test
    void sampledFractionDeadMatchesSurvival() {
        // SOFA 14 for 72 h: S = exp(-0.72)
        Outcome o = Outcome.of(hours(72), constant(73, 4, 0, 3, 4, 0, 3), HAZARD);
        double s = Math.exp(-0.72);
        int n = 20_000;
        int dead = 0;
        int[] deadBy = new int[3];
        double[] at = {12, 36.5, 60};
        for (int k = 0; k < n; k++) {
            SampledOutcome fate = o.sample(7, k);
            if (fate instanceof SampledOutcome.Died d) {
                dead++;
                for (int j = 0; j < at.length; j++) {
                    deadBy[j] += d.timeH() <= at[j] ? 1 : 0;
                }
                assertEquals(List.of(OrganSystem.RESPIRATORY, OrganSystem.LIVER, OrganSystem.CARDIOVASCULAR,
                        OrganSystem.RENAL), d.causes());
            }
        }
        assertWithinFourSd(1 - s, dead, n);
        for (int j = 0; j < at.length; j++) {
            assertWithinFourSd(1 - Math.exp(-0.01 * at[j]), deadBy[j], n);
        }
    }

    @Test
    void theSameSeedGivesTheSameFatesInAnyOrder() {
        Outcome o = Outcome.of(hours(72), constant(73, 4, 0, 3, 4, 0, 3), HAZARD);
        List<Long> order = new ArrayList<>();
        for (long k = 0; k < 2000; k++) {
            order.add(k);
        }
        Map<Long, SampledOutcome> forward = new HashMap<>();
        order.forEach(k -> forward.put(k, o.sample(42, k)));
        Collections.shuffle(order, new Random(1));
        Map<Long, SampledOutcome> shuffled = new HashMap<>();
        order.forEach(k -> shuffled.put(k, o.sample(42, k)));
        assertEquals(forward, shuffled);
        long differ = order.stream().filter(k -> !sameFate(o.sample(43, k), forward.get(k))).count();
        assertTrue(differ > 500, "another seed gives other fates: " + differ);
    }

    @Test
    void causesAreTheSystemsWithThreePointsOrElseTheWorst() {
        Outcome threes = Outcome.of(hours(4), constant(5, 3, 1, 0, 4, 2, 0), HAZARD);
        assertEquals(List.of(OrganSystem.RESPIRATORY, OrganSystem.CARDIOVASCULAR), threes.causes(2));
        Outcome twos = Outcome.of(hours(4), constant(5, 2, 1, 0, 2, 1, 0), HAZARD);
        assertEquals(List.of(OrganSystem.RESPIRATORY, OrganSystem.CARDIOVASCULAR), twos.causes(2));
    }

    @Test
    void fatesReadAsSentences() {
        assertEquals("died on day 12.4 (respiratory, cardiovascular)", new SampledOutcome.Died(7, 0, 12.4 * 24,
                List.of(OrganSystem.RESPIRATORY, OrganSystem.CARDIOVASCULAR)).describe());
        assertEquals("alive at day 28", new SampledOutcome.Alive(7, 0, 672).describe());
        assertEquals("alive at day 2.5", new SampledOutcome.Alive(7, 0, 60).describe());
        // a healthy course: nobody dies
        Outcome healthy = Outcome.of(hours(48), constant(49, 0, 0, 0, 0, 0, 0), HAZARD);
        assertInstanceOf(SampledOutcome.Alive.class, healthy.sample(1, 1));
    }

    @Test
    void parametersAreReadByNameAndAMissingOneIsNamed() {
        HazardParameters p = HazardParameters.of(Map.of("sw_hazard", 1.0, "hazard_10", 0.01 / 1.96,
                "n_hazard", 2.0));
        assertEquals(HAZARD, p);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HazardParameters.of(
                Map.of("sw_hazard", 1.0, "hazard_max", 0.02, "n_hazard", 2.0)));
        assertTrue(e.getMessage().contains("hazard_10"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HazardParameters(1, -0.02, 2));
        assertThrows(IllegalArgumentException.class, () -> Outcome.of(new double[] {0, 1, 1},
                constant(3, 0, 0, 0, 0, 0, 0), HAZARD));
        assertThrows(IllegalArgumentException.class, () -> Outcome.of(hours(2), constant(3, 5, 0, 0, 0, 0, 0),
                HAZARD));
    }

    private static boolean sameFate(SampledOutcome a, SampledOutcome b) {
        return a.getClass() == b.getClass() && a.describe().equals(b.describe());
    }

    private static void assertWithinFourSd(double p, int count, int n) {
        double sd = Math.sqrt(p * (1 - p) / n);
        double observed = (double) count / n;
        assertTrue(Math.abs(observed - p) <= 4 * sd, "observed " + observed + ", expected " + p + " +- " + 4 * sd);
    }
}
