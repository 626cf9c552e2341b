package org.cytostorm.engine.solve.rosenbrock;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;

/**
 * The symbolic half of a sparse LU factorization of W = I/(hγ) − J, worked out once per compiled
 * model from the structural nonzeros of its Jacobian: an elimination order and, for that order,
 * where L and U have nonzeros (the Jacobian's entries plus fill-in). Immutable and thread-safe; each
 * run factors with its own {@link SparseLu}.
 *
 * <p>Why: a patient model's Jacobian (85 states) has about 490 nonzeros, but dense elimination with
 * partial pivoting in the natural order fills it to over a thousand and spends most of a Rosenbrock
 * step scanning rows (the LU was 60% of a 28-day patient run). Eliminating the diagonal entries in
 * a Markowitz order (at each step the remaining diagonal whose row and column have the fewest other
 * entries) keeps L + U at about 520 entries and the updates at a few hundred multiply-adds.
 *
 * <p>The order is a symmetric permutation with diagonal pivots, decided before any numbers are
 * seen; {@link SparseLu} checks each pivot against its column (threshold pivoting) and the stepper
 * falls back to {@link DenseLu} with partial pivoting when one is too small, so the factorization
 * is never less stable than the dense one's rule allows.
 */
public final class SparseLuPlan {

    /**
     * Below this dimension the dense factorization is as fast and the plan is not made (small models
     * keep their results to the last bit).
     */
    static final int MIN_DIMENSION = 16;
    /** Above this dimension the analysis itself (quadratic in n) would be felt at compile time. */
    static final int MAX_DIMENSION = 5000;

    final int n;
    /** The k-th pivot is diagonal entry {@code order[k]} (an original state index). */
    final int[] order;
    /**
     * The factors' entries are stored compactly, row by row in elimination order: pivot k's row holds
     * its L entries (columns eliminated before it), then its diagonal, then its U entries. This is
     * each entry's position {@code i*n + j} in the row-major matrix, for loading W.
     */
    final int[] positions;
    /** Index of pivot k's diagonal in the compact storage; pivot k's L entries are {@code [rowStart[k], diagonal[k])}, its U entries {@code (diagonal[k], rowStart[k+1])}. */
    final int[] diagonal;
    final int[] rowStart;
    /** The original row and column index of each stored entry. */
    final int[] row;
    final int[] column;
    /** The elimination rank of each stored entry's column (the pivot that eliminates it): {@code order[columnRank[q]] == column[q]}. */
    final int[] columnRank;
    /** Pivot k's column below the diagonal, as compact indices: {@code lowerEntries[lowerStart[k]..lowerStart[k+1])}. */
    final int[] lowerStart;
    final int[] lowerEntries;
    /**
     * The elimination's updates, in order: for pivot k, for each of its L entries q, for each of its
     * U entries u, the entry of q's row in u's column, {@code a[update[m]] -= l_q * a[u]}.
     */
    final int[] update;
    /** The substitutions as generated straight-line code, or null (then {@link SparseLu} runs its loops). */
    final Substitution substitution;

    /**
     * The forward and back substitutions of one plan, generated as bytecode by
     * {@link SparseSubstitutionCompiler}: the same operations in the same order as
     * {@link SparseLu#solve}'s loops. Public only for the generated class; not for other use.
     */
    public interface Substitution {

        /**
         * Solves W x = b with the factors {@code a} and reciprocal pivots of {@link SparseLu}, using
         * {@code v} (length n) as the vector in elimination order; {@code x} may be {@code b}.
         */
        void solve(double[] a, double[] inversePivot, double[] b, double[] v, double[] x);
    }

    private SparseLuPlan(int n, int[] order, int[] positions, int[] diagonal, int[] rowStart, int[] column,
                         int[] lowerStart, int[] lowerEntries, int[] update) {
        this.n = n;
        this.order = order;
        this.positions = positions;
        this.diagonal = diagonal;
        this.rowStart = rowStart;
        this.column = column;
        this.row = new int[positions.length];
        for (int q = 0; q < positions.length; q++) {
            row[q] = positions[q] / n;
        }
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) {
            rank[order[k]] = k;
        }
        this.columnRank = new int[positions.length];
        for (int q = 0; q < positions.length; q++) {
            columnRank[q] = rank[column[q]];
        }
        this.lowerStart = lowerStart;
        this.lowerEntries = lowerEntries;
        this.update = update;
        this.substitution = SparseSubstitutionCompiler.compile(this);
    }

    /**
     * The plan for an n×n W whose Jacobian has nonzeros only at {@code nonzeros} ({@code i*n + j}),
     * or empty when a dense factorization would do as well: n below {@value #MIN_DIMENSION}, or L + U
     * filling more than a third of the matrix.
     */
    public static Optional<SparseLuPlan> of(int n, int[] nonzeros) {
        if (n < MIN_DIMENSION || n > MAX_DIMENSION) {
            return Optional.empty();
        }
        BitSet[] rows = new BitSet[n];
        BitSet[] columns = new BitSet[n];
        for (int i = 0; i < n; i++) {
            rows[i] = new BitSet(n);
            columns[i] = new BitSet(n);
            rows[i].set(i);
            columns[i].set(i);
        }
        for (int position : nonzeros) {
            int i = position / n;
            int j = position % n;
            rows[i].set(j);
            columns[j].set(i);
        }
        // entries of each row and column among the rows and columns not yet eliminated
        int[] rowCount = new int[n];
        int[] columnCount = new int[n];
        for (int i = 0; i < n; i++) {
            rowCount[i] = rows[i].cardinality();
            columnCount[i] = columns[i].cardinality();
        }
        int[] order = new int[n];
        long entries = n;
        BitSet remaining = new BitSet(n);
        remaining.set(0, n);
        for (int k = 0; k < n; k++) {
            // Markowitz: the remaining diagonal with the smallest (others in its column) × (others in its row);
            // ties to the lowest index, so the order depends on the structure alone
            int best = -1;
            long bestCost = Long.MAX_VALUE;
            for (int d = remaining.nextSetBit(0); d >= 0; d = remaining.nextSetBit(d + 1)) {
                long cost = (long) (columnCount[d] - 1) * (rowCount[d] - 1);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = d;
                }
            }
            order[k] = best;
            remaining.clear(best);
            BitSet below = (BitSet) columns[best].clone();
            below.and(remaining);
            BitSet right = (BitSet) rows[best].clone();
            right.and(remaining);
            for (int r = below.nextSetBit(0); r >= 0; r = below.nextSetBit(r + 1)) {
                rowCount[r]--;
                // fill-in: row r gains the pivot row's pattern right of the pivot
                for (int c = right.nextSetBit(0); c >= 0; c = right.nextSetBit(c + 1)) {
                    if (!rows[r].get(c)) {
                        rows[r].set(c);
                        columns[c].set(r);
                        rowCount[r]++;
                        columnCount[c]++;
                    }
                }
            }
            for (int c = right.nextSetBit(0); c >= 0; c = right.nextSetBit(c + 1)) {
                columnCount[c]--;
            }
            entries += below.cardinality() + right.cardinality();
        }
        if (entries * 3 > (long) n * n) {
            return Optional.empty();
        }
        return Optional.of(compact(n, order, rows, columns, (int) entries));
    }

    /** Lays out the filled pattern ({@code rows}, {@code columns}) row by row in elimination order and lists the updates. */
    private static SparseLuPlan compact(int n, int[] order, BitSet[] rows, BitSet[] columns, int entries) {
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) {
            rank[order[k]] = k;
        }
        int[] positions = new int[entries];
        int[] column = new int[entries];
        int[] diagonal = new int[n];
        int[] rowStart = new int[n + 1];
        java.util.Map<Long, Integer> where = new java.util.HashMap<>();
        int m = 0;
        for (int k = 0; k < n; k++) {
            int d = order[k];
            rowStart[k] = m;
            // columns of row d in elimination order: L (rank < k), the diagonal, U (rank > k)
            for (int c : byRank(rows[d], rank)) {
                if (c == d) {
                    diagonal[k] = m;
                }
                positions[m] = d * n + c;
                column[m] = c;
                where.put((long) d * n + c, m);
                m++;
            }
        }
        rowStart[n] = m;
        int[] lowerStart = new int[n + 1];
        int[] lowerEntries = new int[Math.max(1, entries - n)];
        int nl = 0;
        int[] update = new int[16];
        int nu = 0;
        for (int k = 0; k < n; k++) {
            int d = order[k];
            lowerStart[k] = nl;
            for (int r : byRank(columns[d], rank)) {
                if (rank[r] <= k) {
                    continue;
                }
                lowerEntries[nl++] = where.get((long) r * n + d);
                for (int u = diagonal[k] + 1; u < rowStart[k + 1]; u++) {
                    update = append(update, nu++, where.get((long) r * n + column[u]));
                }
            }
        }
        lowerStart[n] = nl;
        return new SparseLuPlan(n, order, positions, diagonal, rowStart, column, lowerStart,
                Arrays.copyOf(lowerEntries, nl), Arrays.copyOf(update, nu));
    }

    /** The members of {@code set} in elimination order. */
    private static int[] byRank(BitSet set, int[] rank) {
        return set.stream().boxed().sorted(java.util.Comparator.comparingInt(c -> rank[c])).mapToInt(Integer::intValue)
                .toArray();
    }

    public int dimension() {
        return n;
    }

    /** Entries of L + U, the diagonal included. */
    public int entries() {
        return positions.length;
    }

    private static int[] append(int[] a, int at, int v) {
        int[] out = at < a.length ? a : Arrays.copyOf(a, a.length * 2);
        out[at] = v;
        return out;
    }
}
