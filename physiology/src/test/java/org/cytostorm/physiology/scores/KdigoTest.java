package org.cytostorm.physiology.scores;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows of the KDIGO 2012 AKI table, at single points and over a sampled history. */
class KdigoTest {

    @ParameterizedTest(name = "creatinine {0} baseline {1} min48h {2} rrt={3} -> {4}")
    @CsvSource({
        // ratio to baseline (no rise within 48 h)
        "1.49, 1.0, 1.49, false, 0",
        "1.5, 1.0, 1.5, false, 1",
        "1.9, 1.0, 1.9, false, 1",
        "1.99, 1.0, 1.99, false, 1",
        "2.0, 1.0, 2.0, false, 2",
        "2.9, 1.0, 2.9, false, 2",
        "2.99, 1.0, 2.99, false, 2",
        "3.0, 1.0, 3.0, false, 3",
        "1.35, 0.9, 1.35, false, 1",
        "1.8, 0.9, 1.8, false, 2",
        "2.7, 0.9, 2.7, false, 3",
        // creatinine >= 4.0 mg/dL
        "3.99, 2.5, 3.99, false, 1",
        "4.0, 2.5, 4.0, false, 3",
        // rise >= 0.3 mg/dL within 48 h
        "1.2, 1.0, 0.91, false, 0",
        "1.2, 1.0, 0.9, false, 1",
        "1.1, 1.0, 0.8, false, 1",
        // RRT
        "1.0, 1.0, 1.0, true, 3",
        "0.8, 1.0, 0.8, false, 0",
    })
    void creatinineColumn(double creatinine, double baseline, double min48, boolean rrt,
            int expected) {
        assertEquals(expected, Kdigo.stage(creatinine, baseline, min48, rrt));
    }

    @ParameterizedTest(name = "<0.5 for {0} h, <0.3 for {1} h, anuric {2} h -> {3}")
    @CsvSource({
        "0, 0, 0, 0",
        "5.9, 0, 0, 0",
        "6, 0, 0, 1",
        "11.9, 0, 0, 1",
        "12, 0, 0, 2",
        "23.9, 23.9, 0, 2",
        "24, 24, 0, 3",
        "11.9, 11.9, 11.9, 1",
        "12, 12, 12, 3",
    })
    void urineColumn(double below05, double below03, double anuric, int expected) {
        assertEquals(expected, Kdigo.urineStage(below05, below03, anuric));
    }

    private static double[] hours(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
        }
        return t;
    }

    private static double[] constant(int n, double value) {
        double[] v = new double[n];
        Arrays.fill(v, value);
        return v;
    }

    @Test
    void riseWithin48HoursIncludesTheWindowStart() {
        assertArrayEquals(new int[] {0, 0, 1}, Kdigo.stages(new double[] {0, 24, 48},
                new double[] {1.0, 1.1, 1.3}, 1.0, null, null));
        assertArrayEquals(new int[] {0, 1}, Kdigo.stages(new double[] {0, 48},
                new double[] {0.9, 1.2}, 0.9, null, null));
    }

    @Test
    void riseOverMoreThan48HoursDoesNotCount() {
        assertArrayEquals(new int[] {0, 0}, Kdigo.stages(new double[] {0, 49},
                new double[] {0.9, 1.2}, 0.9, null, null));
    }

    @Test
    void baselineIsTheLowestOfTheLastSevenDays() {
        // the given baseline (2.0) is higher than the lowest value 168 h earlier (1.0)
        assertArrayEquals(new int[] {0, 2}, Kdigo.stages(new double[] {0, 168},
                new double[] {1.0, 2.0}, 2.0, null, null));
        // 168.5 h earlier is outside the 7-day window
        assertArrayEquals(new int[] {0, 0}, Kdigo.stages(new double[] {0, 168.5},
                new double[] {1.0, 2.0}, 2.0, null, null));
        // a lower given baseline wins
        assertArrayEquals(new int[] {3, 3}, Kdigo.stages(new double[] {0, 100},
                new double[] {1.5, 1.5}, 0.5, null, null));
    }

    @Test
    void renalReplacementTherapyIsStageThree() {
        assertArrayEquals(new int[] {0, 3, 0}, Kdigo.stages(new double[] {0, 1, 2},
                new double[] {1.0, 1.0, 1.0}, 1.0, new boolean[] {false, true, false}, null));
    }

    @Test
    void oliguriaBelowHalfGoesToStageTwo() {
        int n = 31;
        int[] stages = Kdigo.stages(hours(n), constant(n, 1.0), 1.0, null, constant(n, 0.4));
        for (int i = 0; i < n; i++) {
            int expected = i < 6 ? 0 : i < 12 ? 1 : 2;
            assertEquals(expected, stages[i], "hour " + i);
        }
    }

    @Test
    void oliguriaBelowPointThreeFor24HoursIsStageThree() {
        int n = 31;
        int[] stages = Kdigo.stages(hours(n), constant(n, 1.0), 1.0, null, constant(n, 0.2));
        for (int i = 0; i < n; i++) {
            int expected = i < 6 ? 0 : i < 12 ? 1 : i < 24 ? 2 : 3;
            assertEquals(expected, stages[i], "hour " + i);
        }
    }

    @Test
    void anuriaFor12HoursIsStageThree() {
        int n = 15;
        int[] stages = Kdigo.stages(hours(n), constant(n, 1.0), 1.0, null, constant(n, 0.0));
        for (int i = 0; i < n; i++) {
            int expected = i < 6 ? 0 : i < 12 ? 1 : 3;
            assertEquals(expected, stages[i], "hour " + i);
        }
    }

    @Test
    void aRunIsBrokenByAdequateOrUnknownOutput() {
        int n = 17;
        double[] urine = constant(n, 0.4);
        urine[8] = 0.6;
        int[] stages = Kdigo.stages(hours(n), constant(n, 1.0), 1.0, null, urine);
        assertEquals(1, stages[7]);
        assertEquals(0, stages[8]);
        assertEquals(0, stages[14]);
        assertEquals(1, stages[15]);
        urine[8] = Double.NaN;
        stages = Kdigo.stages(hours(n), constant(n, 1.0), 1.0, null, urine);
        assertEquals(0, stages[8]);
        assertEquals(0, stages[14]);
        assertEquals(1, stages[15]);
    }

    @Test
    void worseOfCreatinineAndUrine() {
        int n = 13;
        double[] creatinine = constant(n, 1.6); // 1.6x baseline: stage 1
        int[] stages = Kdigo.stages(hours(n), creatinine, 1.0, null, constant(n, 0.4));
        assertEquals(1, stages[0]);
        assertEquals(2, stages[12]);
    }

    @Test
    void invalidInputsAreRejected() {
        double[] t = {0, 1};
        double[] c = {1, 1};
        assertThrows(IllegalArgumentException.class,
                () -> Kdigo.stages(t, new double[] {1}, 1, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> Kdigo.stages(t, c, 1, new boolean[] {false}, null));
        assertThrows(IllegalArgumentException.class,
                () -> Kdigo.stages(t, c, 1, null, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> Kdigo.stages(new double[] {1, 1}, c, 1, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> Kdigo.stages(new double[] {0, Double.NaN}, c, 1, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> Kdigo.stages(t, new double[] {1, Double.NaN}, 1, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> Kdigo.stages(t, new double[] {1, -1}, 1, null, null));
        assertThrows(IllegalArgumentException.class, () -> Kdigo.stages(t, c, 0, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> Kdigo.stages(t, c, Double.NaN, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> Kdigo.stages(t, c, 1, null, new double[] {1, -0.1}));
        assertThrows(IllegalArgumentException.class, () -> Kdigo.stages(null, c, 1, null, null));
        assertThrows(IllegalArgumentException.class, () -> Kdigo.stage(Double.NaN, 1, 1, false));
        assertThrows(IllegalArgumentException.class, () -> Kdigo.stage(1, 0, 1, false));
        assertThrows(IllegalArgumentException.class, () -> Kdigo.urineStage(-1, 0, 0));
    }
}
