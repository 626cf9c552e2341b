package org.cytostorm.engine.solve.rosenbrock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
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

    /**
     * On sparse matrices that need pivoting, the sparse-aware factorization and substitution give
     * the same solution, bit for bit, as textbook dense Gaussian elimination with partial pivoting
     * summing in the same order (written out below), and the residual is small.
     */
    @Test
    void sparseMatricesSolveExactlyAsTheDenseAlgorithm() {
        SplittableRandom random = new SplittableRandom(14);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(40);
            double[] a = new double[n * n];
            for (int i = 0; i < n * n; i++) {
                if (random.nextDouble() < 0.12) {
                    a[i] = random.nextDouble(-3, 3);
                }
            }
            for (int i = 0; i < n; i++) {
                a[i * n + (i + random.nextInt(n)) % n] += 1 + random.nextDouble(); // nonsingular in practice
            }
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = random.nextDouble(-1, 1);
            }
            DenseLu lu = new DenseLu(n);
            System.arraycopy(a, 0, lu.matrix(), 0, n * n);
            double[] expected = denseSolve(a.clone(), b.clone(), n);
            boolean ok = lu.factor();
            assertEquals(expected != null, ok, "singular in one and not the other, trial " + trial);
            if (!ok) {
                continue;
            }
            double[] x = new double[n];
            lu.solve(b, x);
            assertArrayEquals(expected, x, 0.0, "trial " + trial + ", n = " + n);
        }
    }

    /** Dense elimination with partial pivoting and dense substitution; null when singular. */
    private static double[] denseSolve(double[] a, double[] x, int n) {
        int[] pivot = new int[n];
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(a[i * n + k]) > Math.abs(a[p * n + k])) {
                    p = i;
                }
            }
            if (a[p * n + k] == 0.0) {
                return null;
            }
            pivot[k] = p;
            for (int j = 0; j < n; j++) {
                double t = a[k * n + j];
                a[k * n + j] = a[p * n + j];
                a[p * n + j] = t;
            }
            for (int i = k + 1; i < n; i++) {
                double l = a[i * n + k] * (1.0 / a[k * n + k]);
                a[i * n + k] = l;
                for (int j = k + 1; j < n; j++) {
                    a[i * n + j] -= l * a[k * n + j];
                }
            }
        }
        for (int k = 0; k < n; k++) {
            double t = x[k];
            x[k] = x[pivot[k]];
            x[pivot[k]] = t;
        }
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                x[i] -= a[i * n + j] * x[j];
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int j = i + 1; j < n; j++) {
                x[i] -= a[i * n + j] * x[j];
            }
            x[i] /= a[i * n + i];
        }
        return x;
    }
}
