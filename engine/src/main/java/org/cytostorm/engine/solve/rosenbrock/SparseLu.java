package org.cytostorm.engine.solve.rosenbrock;

import java.util.Arrays;

/**
 * The numeric half of the sparse LU of {@link SparseLuPlan}: one run's factorization of
 * W = I/(hγ) − J in the plan's elimination order, in the plan's compact storage (the entries of
 * L + U row by row in elimination order, so the substitutions read them in sequence). Nothing is
 * allocated after construction. Not thread-safe.
 *
 * <p>Threshold pivoting: the plan's diagonal pivot is accepted when it is at least
 * {@value #PIVOT_THRESHOLD} times the largest entry below it in its column (the usual choice of
 * sparse direct solvers such as MA48 and UMFPACK, which bounds element growth at each step by
 * 1 + 1/threshold), the entries measured in the variables' own scales (the error control's
 * atol + rtol|y|): W̃ = S⁻¹ W S with S = diag(scale) is factored by the same pivots with the same
 * rounding, and it is W̃ whose growth the error norm sees. Unscaled, a patient model's columns
 * differ by units (pg/mL of IL-6 per cell, per mg/L of a drug) and the test would reject every
 * step. A pivot whose row has nothing right of it is always accepted: its multipliers update
 * nothing. Otherwise {@link #factor} returns false and the caller factors the same matrix densely
 * with partial pivoting.
 */
public final class SparseLu {

    static final double PIVOT_THRESHOLD = 0.1;

    private final SparseLuPlan plan;
    private final int n;
    /** The factors' entries, in the plan's compact order. */
    private final double[] a;
    /**
     * 1 / pivot k: the back substitution multiplies by it (a division on the substitution's
     * critical path costs several times a multiplication, and there are n of them per solve).
     */
    private final double[] inversePivot;
    /** 1 / each variable's scale, for the pivot test. */
    private final double[] weight;
    /** The solve's vector in elimination order (entry k belongs to pivot k's variable). */
    private final double[] permuted;

    public SparseLu(SparseLuPlan plan) {
        this.plan = plan;
        this.n = plan.n;
        this.a = new double[plan.positions.length];
        this.weight = new double[n];
        this.inversePivot = new double[n];
        this.permuted = new double[n];
        Arrays.fill(weight, 1.0);
    }

    /**
     * Sets the variables' scales (the error control's) that the pivot test measures W's entries in.
     * A scale that is not positive and finite makes the test unscaled.
     */
    public void scales(double[] scale) {
        for (int i = 0; i < n; i++) {
            final double s = scale[i];
            if (!(s > 0) || !Double.isFinite(s)) {
                Arrays.fill(weight, 1.0);
                return;
            }
            weight[i] = 1.0 / s;
        }
    }

    /** Loads {@code diagonal·I − jacobian} (the Jacobian row-major n×n) into the storage, fill-in as 0. */
    public void load(double[] jacobian, double diagonal) {
        final int[] positions = plan.positions;
        for (int q = 0; q < positions.length; q++) {
            a[q] = -jacobian[positions[q]];
        }
        final int[] diagonalEntries = plan.diagonal;
        for (int k = 0; k < n; k++) {
            a[diagonalEntries[k]] += diagonal;
        }
    }

    /**
     * Factorizes the loaded matrix in place.
     *
     * @return false when a pivot is zero or fails the threshold test (the factors are then unusable,
     *         and the caller should factor densely). NaN entries are not detected: they propagate
     *         into the solution, where the caller's finiteness checks see them.
     */
    public boolean factor() {
        final int[] order = plan.order;
        final int[] diagonalEntries = plan.diagonal;
        final int[] rowStart = plan.rowStart;
        final int[] row = plan.row;
        final int[] lowerStart = plan.lowerStart;
        final int[] lowerEntries = plan.lowerEntries;
        final int[] update = plan.update;
        int m = 0;
        for (int k = 0; k < n; k++) {
            final int pk = diagonalEntries[k];
            final double pivot = a[pk];
            final int lBegin = lowerStart[k];
            final int lEnd = lowerStart[k + 1];
            final int uBegin = pk + 1;
            final int uEnd = rowStart[k + 1];
            double largest = 0;
            for (int q = lBegin; q < lEnd; q++) {
                final int e = lowerEntries[q];
                largest = Math.max(largest, Math.abs(a[e]) * weight[row[e]]);
            }
            if (pivot == 0.0 || (Math.abs(pivot) * weight[order[k]] < PIVOT_THRESHOLD * largest && uEnd > uBegin)) {
                return false;
            }
            final double inv = 1.0 / pivot;
            inversePivot[k] = inv;
            for (int q = lBegin; q < lEnd; q++) {
                final int e = lowerEntries[q];
                final double l = a[e] * inv;
                a[e] = l;
                for (int u = uBegin; u < uEnd; u++) {
                    a[update[m++]] -= l * a[u];
                }
            }
        }
        return true;
    }

    /**
     * Solves W x = b with the factors of the last successful {@link #factor()}; {@code x} may be
     * {@code b}. With the plan's generated code when it has it ({@link SparseSubstitutionCompiler}),
     * else by loops. The substitutions run on the vector in elimination order, so that a row's result
     * is stored in sequence and its entries are read by rank: the same operations in the same
     * order as on the vector in its own order, without looking up each row's variable.
     */
    public void solve(double[] b, double[] x) {
        if (plan.substitution != null) {
            plan.substitution.solve(a, inversePivot, b, permuted, x);
            return;
        }
        solveByLoops(b, x);
    }

    /** {@link #solve} by loops over the plan's index arrays (a plan without generated code, and tests). */
    void solveByLoops(double[] b, double[] x) {
        final int[] order = plan.order;
        final int[] diagonalEntries = plan.diagonal;
        final int[] rowStart = plan.rowStart;
        final int[] rank = plan.columnRank;
        final double[] v = permuted;
        // L y = b, row by row (L has a unit diagonal; its entries in row k are those before the diagonal)
        for (int k = 0; k < n; k++) {
            double s = b[order[k]];
            for (int q = rowStart[k], end = diagonalEntries[k]; q < end; q++) {
                s -= a[q] * v[rank[q]];
            }
            v[k] = s;
        }
        // U x = y, last pivot first
        for (int k = n - 1; k >= 0; k--) {
            double s = v[k];
            for (int u = diagonalEntries[k] + 1, end = rowStart[k + 1]; u < end; u++) {
                s -= a[u] * v[rank[u]];
            }
            v[k] = s * inversePivot[k];
        }
        for (int k = 0; k < n; k++) {
            x[order[k]] = v[k];
        }
    }
}
