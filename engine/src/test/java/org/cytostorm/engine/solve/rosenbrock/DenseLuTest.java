package org.cytostorm.engine.solve.rosenbrock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DenseLuTest {

    @Test
    void solvesASystemThatNeedsPivoting() {
        // A x = b with x = (1, 2, 3, 4); A[0][0] = 0 forces a row exchange
        double[] a = {
            0, 2, 1, 1,
            1, 1, 0, 3,
            4, -1, 2, 0,
            2, 0, -3, 5,
        };
        double[] x = {1, 2, 3, 4};
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                b[i] += a[i * 4 + j] * x[j];
            }
        }
        DenseLu lu = new DenseLu(4);
        System.arraycopy(a, 0, lu.matrix(), 0, 16);
        assertTrue(lu.factor());
        double[] solution = new double[4];
        lu.solve(b, solution);
        assertArrayEquals(x, solution, 1e-14);
        lu.solve(b, b); // in place
        assertArrayEquals(x, b, 1e-14);
    }

    @Test
    void reportsASingularMatrix() {
        DenseLu lu = new DenseLu(3);
        double[] singular = {1, 2, 3, 2, 4, 6, 1, 0, 1}; // row 2 = 2 × row 1
        System.arraycopy(singular, 0, lu.matrix(), 0, 9);
        assertFalse(lu.factor());
    }
}
