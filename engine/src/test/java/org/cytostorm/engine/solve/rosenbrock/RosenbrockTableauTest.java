package org.cytostorm.engine.solve.rosenbrock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Checks the published coefficients against the theory they come from (Hairer &amp; Wanner II, §IV.7):
 * undo the transformation (Γ = (diag(1/γ) − C)^{-1}, α = AΓ), then c_i = Σ_j α_ij, d_i = Σ_j γ_ij,
 * and the weights b = Γᵀm (m = last row of A followed by 1, the stiffly accurate solution) satisfy the
 * Rosenbrock order conditions of Table 7.1 up to order 4. The embedded solution (m_S = 0) must satisfy
 * them up to its own order.
 */
class RosenbrockTableauTest {

    private static final double TOL = 1e-12;

    @Test
    void rodas5PAbscissaeAndGammaSumsFollowFromAandC() {
        checkAbscissaeAndGammaSums(RosenbrockTableau.rodas5P());
    }

    @Test
    void rodas4AbscissaeAndGammaSumsFollowFromAandC() {
        checkAbscissaeAndGammaSums(RosenbrockTableau.rodas4());
    }

    @Test
    void rodas5PSatisfiesOrderConditionsUpToFour() {
        RosenbrockTableau t = RosenbrockTableau.rodas5P();
        assertArrayEquals(new double[8], orderConditionDefects(t, true), TOL);
        assertArrayEquals(new double[8], orderConditionDefects(t, false), TOL); // embedded: order 4
    }

    @Test
    void rodas4SatisfiesOrderConditionsUpToFour() {
        RosenbrockTableau t = RosenbrockTableau.rodas4();
        assertArrayEquals(new double[8], orderConditionDefects(t, true), TOL);
        double[] embedded = orderConditionDefects(t, false); // embedded: order 3, not 4
        for (int i = 0; i < 4; i++) {
            assertEquals(0, embedded[i], TOL);
        }
        assertNotEquals(0, embedded[4], 1e-3);
    }

    @Test
    void tableauIsImmutableAndValidated() {
        RosenbrockTableau t = RosenbrockTableau.rodas5P();
        t.A()[1][0] = 99;
        t.c()[1] = 99;
        assertEquals(3.0, t.A()[1][0]);
        assertEquals(RosenbrockTableau.rodas5P(), t);
        assertThrows(IllegalArgumentException.class, () -> new RosenbrockTableau("bad", 2, 0.5,
                new double[][] {{}, {1}}, new double[][] {{}, {1, 2}}, new double[2], new double[2],
                new double[][] {new double[2]}, 2, 1));
    }

    private static void checkAbscissaeAndGammaSums(RosenbrockTableau t) {
        int s = t.stages();
        double[][] gam = untransformedGamma(t);
        double[][] alpha = multiply(square(t.A(), s), gam);
        double[] c = new double[s];
        double[] d = new double[s];
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                c[i] += alpha[i][j];
                d[i] += gam[i][j];
            }
        }
        assertArrayEquals(c, t.c(), TOL, "abscissae");
        assertArrayEquals(d, t.d(), TOL, "gamma sums");
        assertEquals(t.gamma(), t.d()[0], 0.0);
        assertEquals(0.0, t.c()[0], 0.0);
    }

    /** Defects of the 8 conditions for orders 1..4; {@code main} picks y_new, otherwise the embedded u_S. */
    static double[] orderConditionDefects(RosenbrockTableau t, boolean main) {
        int s = t.stages();
        double g = t.gamma();
        double[][] gam = untransformedGamma(t);
        double[][] a = square(t.A(), s);
        double[][] alpha = multiply(a, gam);
        double[][] beta = new double[s][s]; // β_ij = α_ij + γ_ij, strictly lower
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < i; j++) {
                beta[i][j] = alpha[i][j] + gam[i][j];
            }
        }
        double[] m = new double[s];
        System.arraycopy(a[s - 1], 0, m, 0, s - 1);
        m[s - 1] = main ? 1 : 0;
        double[] b = new double[s]; // b = Γᵀ m
        for (int j = 0; j < s; j++) {
            for (int i = 0; i < s; i++) {
                b[j] += m[i] * gam[i][j];
            }
        }
        double[] ai = rowSums(alpha);
        double[] bp = rowSums(beta);
        double[] ai2 = new double[s];
        double[] ai3 = new double[s];
        for (int i = 0; i < s; i++) {
            ai2[i] = ai[i] * ai[i];
            ai3[i] = ai2[i] * ai[i];
        }
        double[] betaBp = apply(beta, bp);
        double[] aiAlphaBp = apply(alpha, bp);
        for (int i = 0; i < s; i++) {
            aiAlphaBp[i] *= ai[i];
        }
        return new double[] {
            dot(b, ones(s)) - 1,
            dot(b, bp) - (0.5 - g),
            dot(b, ai2) - 1.0 / 3,
            dot(b, betaBp) - (1.0 / 6 - g + g * g),
            dot(b, ai3) - 0.25,
            dot(b, aiAlphaBp) - (1.0 / 8 - g / 3),
            dot(b, apply(beta, ai2)) - (1.0 / 12 - g / 3),
            dot(b, apply(beta, betaBp)) - (1.0 / 24 - g / 2 + 1.5 * g * g - g * g * g),
        };
    }

    /** Γ = (diag(1/γ) − C)^{-1}, by forward substitution (lower triangular). */
    private static double[][] untransformedGamma(RosenbrockTableau t) {
        int s = t.stages();
        double[][] inv = new double[s][s];
        double[][] cc = square(t.C(), s);
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                inv[i][j] = (i == j ? 1 / t.gamma() : 0) - cc[i][j];
            }
        }
        double[][] gam = new double[s][s];
        for (int col = 0; col < s; col++) {
            for (int i = 0; i < s; i++) {
                double sum = i == col ? 1 : 0;
                for (int j = 0; j < i; j++) {
                    sum -= inv[i][j] * gam[j][col];
                }
                gam[i][col] = sum / inv[i][i];
            }
        }
        return gam;
    }

    private static double[][] square(double[][] lower, int s) {
        double[][] m = new double[s][s];
        for (int i = 0; i < s; i++) {
            System.arraycopy(lower[i], 0, m[i], 0, lower[i].length);
        }
        return m;
    }

    private static double[][] multiply(double[][] x, double[][] y) {
        int s = x.length;
        double[][] r = new double[s][s];
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                for (int l = 0; l < s; l++) {
                    r[i][j] += x[i][l] * y[l][j];
                }
            }
        }
        return r;
    }

    private static double[] apply(double[][] m, double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = dot(m[i], v);
        }
        return r;
    }

    private static double[] rowSums(double[][] m) {
        return apply(m, ones(m.length));
    }

    private static double[] ones(int s) {
        double[] r = new double[s];
        java.util.Arrays.fill(r, 1);
        return r;
    }

    private static double dot(double[] x, double[] y) {
        double r = 0;
        for (int i = 0; i < x.length; i++) {
            r += x[i] * y[i];
        }
        return r;
    }
}
