package org.cytostorm.cohort.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cytostorm.cohort.trial.TrialSpecReader;
import org.junit.jupiter.api.Test;

/**
 * Weighting a pool to targets: on a pool made by hand, the weighted statistics meet rates and
 * medians and a resampled cohort carries them; on a simulated pool, the result does not depend on
 * the threads.
 */
class CalibrationTest {

    private static final TrialSpecReader COHORTS = TrialSpecReader.standard();

    private static CalibrationSpec spec(String targets, int patients) {
        String yaml = "name: test\nscenario: car-t-liso-cel\ncare: car-t-crs\npatients: " + patients
                + "\nfollow_up: 28 d\ntargets:\n" + targets;
        return new CalibrationSpecReader(COHORTS).read(yaml, "test.yaml", null);
    }

    /**
     * 1000 patients: 400 without CRS; 600 with CRS, a tenth of them grade 3, onsets 1 to 6 days (100
     * on each day). Targets: CRS in 80%, grade 3 in 20% of all, median onset 2 days. The weighted
     * pool meets each (the weighted median is the smallest onset holding half the CRS weight).
     */
    @Test
    void theWeightedPoolMeetsRatesAndAMedian() {
        List<Course> pool = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            pool.add(new Course(0, Double.NaN, Double.NaN, 0, 0.01));
        }
        for (int i = 0; i < 600; i++) {
            int grade = i % 10 == 0 ? 3 : 1;
            pool.add(new Course(grade, 1 + i / 100, 5, 0, 0.02));
        }
        CalibrationSpec s = spec("  - {rate: crs_any, value: 80%, source: test}\n"
                + "  - {rate: crs_grade3, value: 20%, source: test}\n"
                + "  - {median: crs_onset_day, value: 2 d, source: test}\n", 1000);
        long[] ids = new long[pool.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }
        Calibration.Result r = Calibration.weigh(s, 7, pool, ids, 0, 1000);
        assertEquals(0.60, r.prior()[0], 1e-12, "pool CRS rate");
        assertEquals(0.06, r.prior()[1], 1e-12, "pool grade 3 rate");
        assertEquals(3, r.prior()[2], 1e-12, "pool median onset: 300 of 600 by day 3");
        assertEquals(0.80, r.weighted()[0], 0.005);
        assertEquals(0.20, r.weighted()[1], 0.005);
        // half the CRS weight by day 2: the median's moment (its statistic is 2, or 3 if the share
        // stops a hair under one half)
        double byDay2 = 0;
        double crs = 0;
        for (int i = 400; i < 1000; i++) {
            crs += r.solution().weights()[i];
            byDay2 += pool.get(i).crsOnsetDay() <= 2 ? r.solution().weights()[i] : 0;
        }
        assertEquals(0.5, byDay2 / crs, 0.01);
        for (int k = 0; k < 3; k++) {
            assertTrue(r.met(k), "target " + k + " in the cohort of 1000: " + r.cohort()[k]);
        }
        assertTrue(r.solution().effectiveSampleSize() < 1000 && r.solution().effectiveSampleSize() > 100);
    }

    /**
     * Weights that favour the patients with the larger values of one parameter move it and only it:
     * a log-normal parameter whose upper half gets three times the weight of its lower half shifts
     * by (3/4 - 1/4) E|Z| = 0.5 x 0.798 = 0.40 SD on the log scale; an unrelated one by about 0.
     */
    @Test
    void theWeightsMoveTheParameterTheyFavour() {
        int n = 20_000;
        double[][] values = new double[n][2];
        double[] w = new double[n];
        java.util.Random rnd = new java.util.Random(4);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double z = rnd.nextGaussian();
            values[i][0] = Math.exp(0.3 * z);
            values[i][1] = Math.exp(0.3 * rnd.nextGaussian());
            w[i] = z > 0 ? 3 : 1;
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        List<FittedDistribution> fitted = FittedDistribution.of(List.of("favoured", "unrelated"), values, w);
        FittedDistribution favoured = fitted.get(0);
        assertEquals("favoured", favoured.parameter());
        assertEquals(0.5 * Math.sqrt(2 / Math.PI), favoured.shift(), 0.03);
        assertEquals(0, fitted.get(1).shift(), 0.03);
        assertTrue(favoured.median() > favoured.poolMedian());
        // the weighted law of z: density phi(z)/2 below 0, 3 phi(z)/2 above; its 5% point has
        // Phi(z) = 0.1, its 95% point Phi(z) = 0.5 + (0.95 - 0.25) * 2/3
        assertEquals(Math.exp(0.3 * -1.2815516), favoured.low(), 0.01);
        assertEquals(Math.exp(0.3 * 1.8339146), favoured.high(), 0.01);
    }

    /**
     * A rate within a subgroup: 200 patients in group g (death 0.1 in half of them, 0.5 in the other
     * half: mean 0.3) and 200 outside (death 0.9). Target: death 20% among g. The weighted death
     * rate within g meets it; the patients outside g keep equal weights among themselves.
     */
    @Test
    void aRateWithinASubgroupIsMetWithinIt() {
        List<Course> pool = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean inG = i < 200;
            double death = inG ? (i % 2 == 0 ? 0.1 : 0.5) : 0.9;
            pool.add(new Course(0, Double.NaN, Double.NaN, 0, death, 0, inG ? java.util.Set.of("g") : java.util.Set.of()));
        }
        String yaml = "name: test\nscenario: covid-19-severe\npatients: 400\nsubgroups:\n  g: \"o2_support_level >= 1\"\n"
                + "targets:\n  - {rate: death, among: g, value: 20%, source: test}\n";
        CalibrationSpec s = new CalibrationSpecReader(COHORTS).read(yaml, "t.yaml", null);
        long[] ids = new long[400];
        Calibration.Result r = Calibration.weigh(s, 1, pool, ids, 0, 1000);
        assertEquals(0.3, r.prior()[0], 1e-12, "death among g before weighting");
        assertEquals(0.2, r.weighted()[0], 0.002);
        double[] w = r.solution().weights();
        assertEquals(w[200], w[399], 1e-15, "outside g the weights stay equal");
    }

    @Test
    void systematicResamplingFollowsTheWeights() {
        List<Course> pool = List.of(new Course(0, Double.NaN, Double.NaN, 0, 0), new Course(1, 1, 1, 0, 0),
                new Course(3, 1, 1, 0, 0));
        List<Course> drawn = Calibration.resample(pool, new double[] {0.5, 0.3, 0.2}, 1000, 3);
        long none = drawn.stream().filter(c -> c.maxCrsGrade() == 0).count();
        long three = drawn.stream().filter(c -> c.maxCrsGrade() == 3).count();
        // systematic resampling puts each weight's share within one draw of w * m
        assertEquals(500, none, 1);
        assertEquals(200, three, 1);
    }

    @Test
    void aSimulatedPoolGivesTheSameWeightsOnOneThreadOrTwo() throws Exception {
        CalibrationSpec s = spec("  - {rate: crs_any, value: 50%, source: test}\n", 40);
        Calibration.Result one = Calibration.run(s, COHORTS.simulator(), 5, 1, 100, (d, t) -> { });
        Calibration.Result two = Calibration.run(s, COHORTS.simulator(), 5, 2, 100, (d, t) -> { });
        assertArrayEquals(one.solution().weights(), two.solution().weights(), 0);
        assertEquals(one.pool(), two.pool());
        assertEquals(0.5, one.weighted()[0], 0.01, "the weighted pool meets a reachable rate");
    }
}
