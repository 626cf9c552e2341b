package org.cytostorm.physiology.outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.common.random.KeyedRandom;

/**
 * A patient's outcome on the clinical grid: at each row the death hazard on the reported SOFA
 * total, the survival probability, and the expected deaths so far by organ system. Immutable:
 * arrays are copied in and out.
 *
 * <p>Survival is the trapezoidal integral of the hazard over the grid, {@code S(i+1) = S(i)
 * exp(-(h(i) + h(i+1))/2 dt)}: between rows the hazard is taken as linear, so the log of survival
 * is linear too, and {@link #survivalAt} interpolates it that way. A SOFA that changes between two
 * rows thus counts as if it had changed at the middle of the interval.
 *
 * <p>The cause of death: the hazard at a row is split among the six SOFA systems in proportion to
 * their points. The deaths of an interval, {@code S(i) - S(i+1)}, are split in proportion to each
 * system's trapezoidal share of the interval's hazard, {@code (h_k(i) + h_k(i+1)) / (h(i) + h(i+1))}:
 * the discrete form of {@code sum h_k S dt}, which makes the systems' expected deaths sum to
 * {@code 1 - S} exactly, at every row.
 *
 * @param timeH    the grid, hours, strictly increasing
 * @param hazard   the death hazard at each row, 1/h
 * @param survival the survival probability at each row (1 at the first)
 * @param points   {@code points[k][i]}: SOFA points of system {@code k} ({@link OrganSystem} order)
 *                 at row {@code i}
 * @param deaths   {@code deaths[k][i]}: expected deaths attributed to system {@code k} from the
 *                 first row to row {@code i} (a probability)
 */
public record Outcome(double[] timeH, double[] hazard, double[] survival, int[][] points, double[][] deaths) {

    /**
     * The purpose of the death draw of {@link KeyedRandom} (section 13 of the model, organ failure
     * and death). Part of the results: changing it changes every sampled outcome.
     */
    public static final int PURPOSE_DEATH = 13;

    /** SOFA points of a system that name it a cause of death on their own. */
    public static final int CAUSE_POINTS = 3;

    /** @throws IllegalArgumentException for arrays of different lengths or times not increasing */
    public Outcome {
        int n = timeH.length;
        if (n == 0 || hazard.length != n || survival.length != n || points.length != OrganSystem.COUNT
                || deaths.length != OrganSystem.COUNT) {
            throw new IllegalArgumentException("an outcome needs at least one row and one value of each kind per row");
        }
        for (int k = 0; k < OrganSystem.COUNT; k++) {
            if (points[k].length != n || deaths[k].length != n) {
                throw new IllegalArgumentException("system " + OrganSystem.values()[k].key() + " has "
                        + points[k].length + " rows, not " + n);
            }
        }
        requireIncreasing(timeH);
        timeH = timeH.clone();
        hazard = hazard.clone();
        survival = survival.clone();
        points = copy(points);
        deaths = copy(deaths);
    }

    /**
     * The outcome of SOFA points on a grid.
     *
     * @param timeH  the grid, hours, strictly increasing
     * @param points {@code points[k][i]}: SOFA points (0..4) of system {@code k} at row {@code i}
     * @param hazard the hazard curve
     * @throws IllegalArgumentException for a malformed grid or points outside 0..4
     */
    public static Outcome of(double[] timeH, int[][] points, HazardParameters hazard) {
        int n = timeH.length;
        requireIncreasing(timeH);
        if (points.length != OrganSystem.COUNT) {
            throw new IllegalArgumentException(points.length + " systems given, SOFA has " + OrganSystem.COUNT);
        }
        int[] sofa = new int[n];
        for (int k = 0; k < OrganSystem.COUNT; k++) {
            if (points[k].length != n) {
                throw new IllegalArgumentException("system " + OrganSystem.values()[k].key() + " has "
                        + points[k].length + " rows, not " + n);
            }
            for (int i = 0; i < n; i++) {
                if (points[k][i] < 0 || points[k][i] > 4) {
                    throw new IllegalArgumentException("SOFA points are 0..4, " + OrganSystem.values()[k].key()
                            + " has " + points[k][i] + " at " + timeH[i] + " h");
                }
                sofa[i] += points[k][i];
            }
        }
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = hazard.hazard(sofa[i]);
        }
        double[] s = new double[n];
        double[][] d = new double[OrganSystem.COUNT][n];
        if (n > 0) {
            s[0] = 1;
        }
        for (int i = 0; i + 1 < n; i++) {
            double sum = h[i] + h[i + 1];
            s[i + 1] = s[i] * Math.exp(-sum / 2 * (timeH[i + 1] - timeH[i]));
            double died = s[i] - s[i + 1];
            for (int k = 0; k < OrganSystem.COUNT; k++) {
                d[k][i + 1] = d[k][i] + (sum > 0
                        ? died * share(h[i], h[i + 1], points[k][i], points[k][i + 1], sofa[i], sofa[i + 1]) : 0);
            }
        }
        return new Outcome(timeH, h, s, points, d);
    }

    /**
     * The outcome of a run that reached no grid row: alive, with certainty, at its start.
     *
     * @param startH the start of the run, hours
     */
    public static Outcome atStart(double startH) {
        return new Outcome(new double[] {startH}, new double[1], new double[] {1}, new int[OrganSystem.COUNT][1],
                new double[OrganSystem.COUNT][1]);
    }

    /** The number of grid rows. */
    public int rows() {
        return timeH.length;
    }

    /** The grid (a copy), hours. */
    @Override
    public double[] timeH() {
        return timeH.clone();
    }

    /** The hazard at each row (a copy), 1/h. */
    @Override
    public double[] hazard() {
        return hazard.clone();
    }

    /** The survival probability at each row (a copy). */
    @Override
    public double[] survival() {
        return survival.clone();
    }

    /** The SOFA points by system and row (a copy). */
    @Override
    public int[][] points() {
        return copy(points);
    }

    /** The cumulative expected deaths by system and row (a copy). */
    @Override
    public double[][] deaths() {
        return copy(deaths);
    }

    /** The last time of the grid, hours. */
    public double endH() {
        return timeH[timeH.length - 1];
    }

    /**
     * The survival probability at a time within the grid, log-linear between rows (the
     * trapezoidal hazard's own interpolation).
     *
     * @throws IllegalArgumentException for a time outside the grid
     */
    public double survivalAt(double tH) {
        int i = interval(tH);
        if (i == timeH.length - 1) {
            return survival[i];
        }
        double f = (tH - timeH[i]) / (timeH[i + 1] - timeH[i]);
        return survival[i] * Math.exp(-f * (hazard[i] + hazard[i + 1]) / 2 * (timeH[i + 1] - timeH[i]));
    }

    /**
     * The expected deaths attributed to a system from the first row to {@code tH} (within the grid),
     * shared within an interval as over the whole interval. The six sum to {@code 1 -
     * survivalAt(tH)}.
     */
    public double expectedDeaths(OrganSystem system, double tH) {
        int k = system.ordinal();
        int i = interval(tH);
        if (i == timeH.length - 1 || hazard[i] + hazard[i + 1] <= 0) {
            return deaths[k][i];
        }
        double share = share(hazard[i], hazard[i + 1], points[k][i], points[k][i + 1], total(i), total(i + 1));
        return deaths[k][i] + (survival[i] - survivalAt(tH)) * share;
    }

    /** The expected deaths by system up to {@code tH}, every system present, in {@link OrganSystem} order. */
    public Map<OrganSystem, Double> expectedDeaths(double tH) {
        Map<OrganSystem, Double> out = new EnumMap<>(OrganSystem.class);
        for (OrganSystem system : OrganSystem.values()) {
            out.put(system, expectedDeaths(system, tH));
        }
        return out;
    }

    /**
     * One patient's fate: {@code u = uniform(patient, 0, PURPOSE_DEATH)} of {@code new
     * KeyedRandom(seed)}; death at the first time survival falls to {@code u} (log-linear within an
     * interval), alive at the end of the grid otherwise. The causes are the systems with at least
     * {@value #CAUSE_POINTS} points at the grid row nearest the death time among those of its
     * interval with a positive hazard (or the highest-scoring systems if none has that many).
     * A pure function of (seed, patient): the order in which patients are drawn does not matter.
     */
    public SampledOutcome sample(long seed, long patient) {
        double u = new KeyedRandom(seed).uniform(patient, 0, PURPOSE_DEATH);
        int n = timeH.length;
        for (int i = 0; i + 1 < n; i++) {
            if (survival[i + 1] <= u) {
                double logU = Math.log(u);
                double logA = Math.log(survival[i]);
                double logB = Math.log(survival[i + 1]);
                double f = logA == logB ? 0 : Math.min(1, Math.max(0, (logA - logU) / (logA - logB)));
                double t = timeH[i] + f * (timeH[i + 1] - timeH[i]);
                int row = f < 0.5 && hazard[i] > 0 || hazard[i + 1] <= 0 ? i : i + 1;
                return new SampledOutcome.Died(seed, patient, t, causes(row));
            }
        }
        return new SampledOutcome.Alive(seed, patient, endH());
    }

    /** The systems with at least {@value #CAUSE_POINTS} points at a row, or else the highest-scoring ones. */
    List<OrganSystem> causes(int row) {
        int best = 0;
        for (int k = 0; k < OrganSystem.COUNT; k++) {
            best = Math.max(best, points[k][row]);
        }
        int level = Math.min(best, CAUSE_POINTS);
        List<OrganSystem> out = new ArrayList<>();
        for (int k = 0; k < OrganSystem.COUNT; k++) {
            if (level > 0 && points[k][row] >= level) {
                out.add(OrganSystem.values()[k]);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outcome other && Arrays.equals(timeH, other.timeH) && Arrays.equals(hazard, other.hazard)
                && Arrays.equals(survival, other.survival) && Arrays.deepEquals(points, other.points)
                && Arrays.deepEquals(deaths, other.deaths);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(timeH) * 31 + Arrays.hashCode(survival);
    }

    @Override
    public String toString() {
        return "Outcome[" + rows() + " rows to " + endH() + " h, survival " + survival[rows() - 1] + "]";
    }

    private int total(int row) {
        int s = 0;
        for (int k = 0; k < OrganSystem.COUNT; k++) {
            s += points[k][row];
        }
        return s;
    }

    /**
     * A system's trapezoidal share of an interval's hazard: its part of the hazard at each end
     * ({@code h p / sofa}) over the total, for an interval with a positive hazard.
     */
    private static double share(double hA, double hB, int pA, int pB, int sofaA, int sofaB) {
        double a = sofaA > 0 ? hA * pA / sofaA : 0;
        double b = sofaB > 0 ? hB * pB / sofaB : 0;
        return (a + b) / (hA + hB);
    }

    /** The row that starts the interval holding {@code tH}; the last row for the end of the grid. */
    private int interval(double tH) {
        if (!(tH >= timeH[0] && tH <= endH())) {
            throw new IllegalArgumentException("time " + tH + " h is outside the outcome's grid [" + timeH[0] + ", "
                    + endH() + "] h");
        }
        int i = Arrays.binarySearch(timeH, tH);
        return i >= 0 ? i : -i - 2;
    }

    private static void requireIncreasing(double[] t) {
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(t[i]) || i > 0 && !(t[i] > t[i - 1])) {
                throw new IllegalArgumentException("grid times must be finite and strictly increasing, row " + i
                        + " is " + t[i] + " h");
            }
        }
    }

    private static int[][] copy(int[][] a) {
        int[][] out = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
