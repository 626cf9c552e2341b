package org.cytostorm.cohort.calibration;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * Maximum-entropy weights that meet moment targets: among weights w on N patients (summing to 1),
 * the closest to uniform in Kullback-Leibler divergence with sum_i w_i h_ik = t_k for each target k,
 * softened by a tolerance s_k so that a target the pool cannot reach is approached rather than
 * making the problem infeasible. The weights are w_i = exp(λ·h_i) / Z, where λ minimises the convex
 * dual (Hainmueller, Political Analysis 2012;20:25, with a Gaussian penalty on the moments):
 * <pre>
 *   F(λ) = log sum_i exp(λ·h_i) - λ·t + (1/2) sum_k (s_k λ_k)^2
 *   grad = E_w[h] - t + s² λ,   Hessian = Cov_w[h] + diag(s²)
 * </pre>
 * solved by Newton's method with backtracking (the Hessian is positive definite). Written here
 * because it is a few lines of Newton on a K-dimensional convex function (K the targets, a handful);
 * Hipparchus supplies the linear algebra.
 */
public final class EntropyBalancing {

    /** The most Newton iterations. */
    public static final int MAX_ITERATIONS = 200;

    private EntropyBalancing() {
    }

    /**
     * The solution.
     *
     * @param weights    one per patient, summing to 1
     * @param lambda     the dual variables (how hard each target pulls)
     * @param achieved   the weighted moments sum_i w_i h_ik
     * @param iterations Newton iterations used
     * @param converged  whether the gradient fell below the tolerance
     */
    public record Solution(double[] weights, double[] lambda, double[] achieved, int iterations, boolean converged) {

        /** Kish's effective sample size 1 / sum w²: how many equally weighted patients the weights are worth. */
        public double effectiveSampleSize() {
            double s = 0;
            for (double w : weights) {
                s += w * w;
            }
            return 1 / s;
        }
    }

    /**
     * @param h         features, h[i][k] for patient i and target k
     * @param targets   t_k
     * @param tolerance s_k, each positive: the scale of the soft constraint (in the primal, a moment
     *                  off its target by d costs d²/(2 s_k²)), so a reachable target is met to about
     *                  s_k² λ_k and an unreachable one approached
     */
    public static Solution solve(double[][] h, double[] targets, double[] tolerance) {
        int n = h.length;
        int k = targets.length;
        if (n == 0) {
            throw new IllegalArgumentException("no patients to weight");
        }
        double[] lambda = new double[k];
        double[] w = new double[n];
        double f = dual(h, targets, tolerance, lambda, w);
        int it = 0;
        boolean converged = false;
        for (; it < MAX_ITERATIONS; it++) {
            double[] mean = moments(h, w, k);
            double[] grad = new double[k];
            double norm = 0;
            for (int j = 0; j < k; j++) {
                grad[j] = mean[j] - targets[j] + tolerance[j] * tolerance[j] * lambda[j];
                norm = Math.max(norm, Math.abs(grad[j]));
            }
            if (norm < 1e-10) {
                converged = true;
                break;
            }
            double[][] hess = new double[k][k];
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < k; a++) {
                    double da = h[i][a] - mean[a];
                    for (int b = 0; b <= a; b++) {
                        hess[a][b] += w[i] * da * (h[i][b] - mean[b]);
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < a; b++) {
                    hess[b][a] = hess[a][b];
                }
                hess[a][a] += tolerance[a] * tolerance[a];
            }
            RealVector step = new CholeskyDecomposition(new Array2DRowRealMatrix(hess, false), 1e-14, 0).getSolver()
                    .solve(new ArrayRealVector(grad, false));
            double slope = step.dotProduct(new ArrayRealVector(grad, false));
            double t = 1;
            double[] next = new double[k];
            double[] wNext = new double[n];
            double fNext;
            while (true) {
                for (int j = 0; j < k; j++) {
                    next[j] = lambda[j] - t * step.getEntry(j);
                }
                fNext = dual(h, targets, tolerance, next, wNext);
                if (fNext <= f - 1e-4 * t * slope || t < 1e-12) {
                    break;
                }
                t /= 2;
            }
            System.arraycopy(next, 0, lambda, 0, k);
            System.arraycopy(wNext, 0, w, 0, n);
            f = fNext;
        }
        return new Solution(w, lambda, moments(h, w, k), it, converged);
    }

    /** F(λ), and the weights at λ into {@code w}; log-sum-exp shifted by the largest exponent. */
    private static double dual(double[][] h, double[] t, double[] s, double[] lambda, double[] w) {
        int k = t.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < h.length; i++) {
            double e = 0;
            for (int j = 0; j < k; j++) {
                e += lambda[j] * h[i][j];
            }
            w[i] = e;
            max = Math.max(max, e);
        }
        double z = 0;
        for (int i = 0; i < h.length; i++) {
            w[i] = Math.exp(w[i] - max);
            z += w[i];
        }
        for (int i = 0; i < h.length; i++) {
            w[i] /= z;
        }
        double f = max + Math.log(z);
        for (int j = 0; j < k; j++) {
            f += -lambda[j] * t[j] + 0.5 * s[j] * s[j] * lambda[j] * lambda[j];
        }
        return f;
    }

    private static double[] moments(double[][] h, double[] w, int k) {
        double[] m = new double[k];
        for (int i = 0; i < h.length; i++) {
            for (int j = 0; j < k; j++) {
                m[j] += w[i] * h[i][j];
            }
        }
        return m;
    }
}
