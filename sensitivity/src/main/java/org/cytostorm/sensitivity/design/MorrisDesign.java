package org.cytostorm.sensitivity.design;

import org.cytostorm.common.random.KeyedRandom;

/**
 * Morris's one-at-a-time design (Morris, Technometrics 1991;33:161): r trajectories of k + 1
 * points on a grid of p levels, each point moving one factor, in random order, by half the grid.
 * The levels sit at the quantiles (l + 1/2)/p, l = 0 to p - 1, rather than at 0 and 1, so that a
 * distribution with long tails is sampled inside its body (the quantile at 0 or 1 would be its
 * truncation bound); a step is then 1/2 in quantile. Each factor's start level and direction come
 * from a counter-based stream keyed by the seed, the trajectory and the factor, so the design
 * does not depend on the order in which points are made.
 */
public final class MorrisDesign implements Design {

    /** The most factors (as for Saltelli's design). */
    public static final int MAX_FACTORS = SaltelliDesign.MAX_FACTORS;

    /** The quantile step of one move: half the levels. */
    public static final double STEP = 0.5;

    private static final int START = 1;
    private static final int DIRECTION = 2;
    private static final int ORDER = 3;

    private final int r;
    private final int k;
    private final int levels;
    private final KeyedRandom random;

    /**
     * @param trajectories r
     * @param factors      k
     * @param levels       p, even
     * @param seed         the seed of the random starts, directions and orders
     */
    public MorrisDesign(int trajectories, int factors, int levels, long seed) {
        if (trajectories < 2) {
            throw new IllegalArgumentException("a Morris design needs 2 or more trajectories, not " + trajectories);
        }
        if (factors < 1 || factors > MAX_FACTORS) {
            throw new IllegalArgumentException("a Morris design takes 1 to " + MAX_FACTORS + " factors, not " + factors);
        }
        if (levels < 2 || levels % 2 != 0 || levels > 100) {
            throw new IllegalArgumentException("Morris levels must be even, 2 to 100, not " + levels);
        }
        this.r = trajectories;
        this.k = factors;
        this.levels = levels;
        this.random = new KeyedRandom(seed);
    }

    /** r, the trajectories. */
    public int trajectories() {
        return r;
    }

    @Override
    public int factors() {
        return k;
    }

    @Override
    public long rows() {
        return (long) r * (k + 1);
    }

    /** The trajectory of a row. */
    public int trajectory(long row) {
        return (int) (row / (k + 1));
    }

    /** The step of a row within its trajectory: 0 for the start, m for the point after the m-th move. */
    public int step(long row) {
        return (int) (row % (k + 1));
    }

    /** The factor moved by step {@code m} (1 to k) of trajectory {@code t}. */
    public int moved(int t, int m) {
        return order(t)[m - 1];
    }

    /** +1 when factor {@code i} moves up in trajectory {@code t}, -1 when down. */
    public int direction(int t, int i) {
        return random.uniform(t, i, DIRECTION) < 0.5 ? 1 : -1;
    }

    @Override
    public void point(long row, double[] u) {
        int t = trajectory(row);
        int m = step(row);
        int half = levels / 2;
        int[] level = new int[k];
        for (int i = 0; i < k; i++) {
            // up-movers start in the lower half of the grid, down-movers in the upper half
            int start = (int) Math.min(half - 1, Math.floor(random.uniform(t, i, START) * half));
            level[i] = direction(t, i) > 0 ? start : start + half;
        }
        int[] order = order(t);
        for (int s = 0; s < m; s++) {
            int i = order[s];
            level[i] += direction(t, i) * half;
        }
        for (int i = 0; i < k; i++) {
            u[i] = (level[i] + 0.5) / levels;
        }
    }

    @Override
    public String label(long row) {
        return "T" + trajectory(row) + ":" + step(row);
    }

    /** The random order in which trajectory {@code t} moves the factors (Fisher-Yates on a keyed stream). */
    private int[] order(int t) {
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = (int) Math.min(i, Math.floor(random.uniform(t, i, ORDER) * (i + 1)));
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }
}
