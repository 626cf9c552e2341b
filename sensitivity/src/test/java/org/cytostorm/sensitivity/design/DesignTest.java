package org.cytostorm.sensitivity.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The designs' structure, as Saltelli (2010) and Morris (1991) define it. */
class DesignTest {

    @Test
    void eachRadialMatrixIsATakingOneColumnFromB() {
        SaltelliDesign d = new SaltelliDesign(64, 5);
        assertEquals(64 * 7, d.rows());
        double[] a = new double[5];
        double[] b = new double[5];
        double[] ab = new double[5];
        for (int j = 0; j < 64; j++) {
            d.point(j, a);
            d.point(64 + j, b);
            for (double v : a) {
                assertTrue(v > 0 && v < 1, "A point inside the cube: " + v);
            }
            for (int i = 0; i < 5; i++) {
                d.point((2 + i) * 64L + j, ab);
                for (int c = 0; c < 5; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c], 0, "A_B(" + i + ") row " + j + " column " + c);
                }
            }
        }
        assertEquals("AB:3", d.label(4 * 64L));
    }

    @Test
    void theBaseMatricesAreBalanced() {
        // a Sobol sequence of 2^m points puts exactly half of them in each half of every coordinate
        SaltelliDesign d = new SaltelliDesign(256, 3);
        double[] u = new double[3];
        for (int block = 0; block < 2; block++) {
            int[] low = new int[3];
            for (int j = 0; j < 256; j++) {
                d.point(block * 256L + j, u);
                for (int c = 0; c < 3; c++) {
                    low[c] += u[c] < 0.5 ? 1 : 0;
                }
            }
            for (int c = 0; c < 3; c++) {
                assertTrue(Math.abs(low[c] - 128) <= 1, "block " + block + " column " + c + ": " + low[c] + " of 256 below 1/2");
            }
        }
    }

    @Test
    void aMorrisTrajectoryMovesEachFactorOnceByHalfTheLevels() {
        MorrisDesign d = new MorrisDesign(30, 6, 4, 99);
        double[] before = new double[6];
        double[] after = new double[6];
        for (int t = 0; t < 30; t++) {
            boolean[] moved = new boolean[6];
            d.point(t * 7L, before);
            for (double v : before) {
                double l = v * 4 - 0.5;
                assertEquals(Math.rint(l), l, 1e-12, "a level (l + 1/2)/4: " + v);
            }
            for (int m = 1; m <= 6; m++) {
                d.point(t * 7L + m, after);
                int changed = -1;
                for (int c = 0; c < 6; c++) {
                    if (after[c] != before[c]) {
                        assertEquals(-1, changed, "one factor per move");
                        changed = c;
                        assertEquals(MorrisDesign.STEP * d.direction(t, c), after[c] - before[c], 1e-12);
                        assertTrue(after[c] > 0 && after[c] < 1);
                    }
                }
                assertEquals(d.moved(t, m), changed);
                moved[changed] = true;
                System.arraycopy(after, 0, before, 0, 6);
            }
            for (boolean b : moved) {
                assertTrue(b, "every factor moves in trajectory " + t);
            }
        }
    }

    @Test
    void impossibleDesignsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SaltelliDesign(1, 3));
        assertThrows(IllegalArgumentException.class, () -> new SaltelliDesign(64, 501));
        assertThrows(IllegalArgumentException.class, () -> new MorrisDesign(10, 3, 5, 1));
        assertThrows(IllegalArgumentException.class, () -> new MorrisDesign(1, 3, 4, 1));
    }
}
