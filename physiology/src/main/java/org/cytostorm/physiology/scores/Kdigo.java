package org.cytostorm.physiology.scores;

/**
 * KDIGO staging of acute kidney injury (KDIGO Clinical Practice Guideline for Acute Kidney Injury,
 * Kidney Int Suppl 2012;2:1, doi:10.1038/kisup.2012.1).
 *
 * <table>
 * <caption>KDIGO AKI stage</caption>
 * <tr><th>Stage</th><th>Creatinine</th><th>Urine output</th></tr>
 * <tr><td>1</td><td>1.5–1.9× baseline, or rise ≥0.3 mg/dL within 48 h</td><td>&lt;0.5 mL/kg/h for 6–12 h</td></tr>
 * <tr><td>2</td><td>2.0–2.9× baseline</td><td>&lt;0.5 mL/kg/h for ≥12 h</td></tr>
 * <tr><td>3</td><td>≥3.0× baseline, or ≥4.0 mg/dL, or RRT started</td><td>&lt;0.3 mL/kg/h for ≥24 h, or anuria ≥12 h</td></tr>
 * </table>
 *
 * <p>The stage is the worse of the creatinine and urine stages. Ratio rows are read as half-open
 * intervals from their printed lower bound ([1.5, 2.0) is stage 1, [2.0, 3.0) stage 2). The
 * pediatric criterion (age &lt;18: eGFR &lt;35) is not implemented: the inputs carry no eGFR.
 * Computed ratios, rises and durations are compared with a tolerance of 1e-9 so that, for
 * example, a rise from 0.9 to 1.2 mg/dL counts as 0.3 despite binary rounding.
 *
 * <p>In the simulator creatinine and urine output are model proxies derived from the kidney state.
 */
public final class Kdigo {

    /** Window for the absolute creatinine rise, hours. */
    public static final double RISE_WINDOW_H = 48.0;
    /** Window for the lowest recent creatinine used as baseline, hours. */
    public static final double BASELINE_WINDOW_H = 168.0;

    private static final double EPS = 1e-9;

    private Kdigo() {
    }

    /**
     * The stage at each sampled time, from the history up to and including that time.
     *
     * <ul>
     * <li>Rise: the creatinine minus the lowest creatinine sampled within the preceding 48 h
     * (inclusive of the window's start and of the current sample).
     * <li>Baseline: the smaller of {@code baselineMgDl} and the lowest creatinine sampled within
     * the preceding 7 days (168 h, inclusive).
     * <li>Urine: the length of the run of consecutive samples ending at the current time that all
     * meet a threshold, measured as the time from the run's first sample to the current sample (a
     * single low sample is a run of 0 h). A NaN urine sample (unknown) breaks a run.
     * </ul>
     *
     * @param timeH sample times, hours, strictly increasing
     * @param creatinineMgDl creatinine at each time, mg/dL, positive
     * @param baselineMgDl known baseline creatinine, mg/dL, positive
     * @param rrt whether renal replacement therapy runs at each time; null means never
     * @param urineMlPerKgPerH urine output at each time, mL/kg/h (NaN = unknown); null means urine
     *     output is not staged
     * @return the stage 0..3 at each time
     * @throws IllegalArgumentException if arrays are missing or of different lengths, times are not
     *     strictly increasing, or a value is NaN or negative
     */
    public static int[] stages(double[] timeH, double[] creatinineMgDl, double baselineMgDl,
            boolean[] rrt, double[] urineMlPerKgPerH) {
        Checks.notNull("timeH", timeH);
        Checks.notNull("creatinineMgDl", creatinineMgDl);
        Checks.positive("baselineMgDl", baselineMgDl);
        int n = timeH.length;
        sameLength("creatinineMgDl", creatinineMgDl.length, n);
        if (rrt != null) {
            sameLength("rrt", rrt.length, n);
        }
        if (urineMlPerKgPerH != null) {
            sameLength("urineMlPerKgPerH", urineMlPerKgPerH.length, n);
        }
        for (int i = 0; i < n; i++) {
            // the messages are built only for a value that fails (building them for every row was
            // a good part of staging a run)
            if (!Double.isFinite(timeH[i])) {
                Checks.finite("timeH[" + i + "]", timeH[i]);
            }
            if (i > 0 && timeH[i] <= timeH[i - 1]) {
                throw new IllegalArgumentException("timeH must be strictly increasing, but timeH["
                        + i + "] = " + timeH[i] + " follows " + timeH[i - 1]);
            }
            if (!(Double.isFinite(creatinineMgDl[i]) && creatinineMgDl[i] > 0)) {
                Checks.positive("creatinineMgDl[" + i + "]", creatinineMgDl[i]);
            }
            if (urineMlPerKgPerH != null && !Double.isNaN(urineMlPerKgPerH[i])
                    && !(Double.isFinite(urineMlPerKgPerH[i]) && urineMlPerKgPerH[i] >= 0)) {
                Checks.nonNegative("urineMlPerKgPerH[" + i + "]", urineMlPerKgPerH[i]);
            }
        }
        int[] out = new int[n];
        // the lowest creatinine of each window by sliding-window minima: candidate rows (increasing
        // creatinine) in a deque per window, a window's start only moving forward as time does
        WindowMinimum within7d = new WindowMinimum(n);
        WindowMinimum within48h = new WindowMinimum(n);
        // first rows of the current runs of urine below 0.5, below 0.3 and at most 0 (-1: no run)
        int below05 = -1;
        int below03 = -1;
        int anuric = -1;
        for (int i = 0; i < n; i++) {
            double min7d = within7d.add(timeH, creatinineMgDl, i, timeH[i] - BASELINE_WINDOW_H - EPS);
            double min48 = within48h.add(timeH, creatinineMgDl, i, timeH[i] - RISE_WINDOW_H - EPS);
            int byCreatinine = stage(creatinineMgDl[i], Math.min(baselineMgDl, min7d), min48,
                    rrt != null && rrt[i]);
            int byUrine = 0;
            if (urineMlPerKgPerH != null) {
                double u = urineMlPerKgPerH[i];
                below05 = meets(u, 0.5, false) ? (below05 < 0 ? i : below05) : -1;
                below03 = meets(u, 0.3, false) ? (below03 < 0 ? i : below03) : -1;
                anuric = meets(u, 0.0, true) ? (anuric < 0 ? i : anuric) : -1;
                byUrine = urineStage(runHours(timeH, i, below05), runHours(timeH, i, below03),
                        runHours(timeH, i, anuric));
            }
            out[i] = Math.max(byCreatinine, byUrine);
        }
        return out;
    }

    /**
     * The minimum of a series over a window of rows ending at the latest row, whose start (the
     * first row at or after a time) never moves back. Rows are added in order.
     */
    private static final class WindowMinimum {

        /** Candidate rows, oldest first, with strictly increasing values: the first is the minimum. */
        private final int[] rows;
        private int head;
        private int tail;

        WindowMinimum(int n) {
            rows = new int[n];
        }

        /** Adds row {@code i} and returns the minimum of the rows from time {@code from} to row {@code i}. */
        double add(double[] timeH, double[] values, int i, double from) {
            while (tail > head && values[rows[tail - 1]] >= values[i]) {
                tail--;
            }
            rows[tail++] = i;
            while (timeH[rows[head]] < from) {
                head++;
            }
            return values[rows[head]];
        }
    }

    /**
     * The creatinine stage at one point.
     *
     * @param creatinine current creatinine, mg/dL
     * @param baseline baseline creatinine, mg/dL
     * @param minWithin48h lowest creatinine within the preceding 48 h, mg/dL
     * @param rrt renal replacement therapy running
     * @return 3 for RRT, creatinine ≥4.0 mg/dL or ≥3.0× baseline; 2 for 2.0–2.9×; 1 for 1.5–1.9× or a
     *     rise ≥0.3 mg/dL; else 0
     */
    public static int stage(double creatinine, double baseline, double minWithin48h, boolean rrt) {
        Checks.nonNegative("creatinine", creatinine);
        Checks.positive("baseline", baseline);
        Checks.nonNegative("minWithin48h", minWithin48h);
        double ratio = creatinine / baseline;
        if (rrt || creatinine >= 4.0 || ratio >= 3.0 - EPS) {
            return 3;
        }
        if (ratio >= 2.0 - EPS) {
            return 2;
        }
        if (ratio >= 1.5 - EPS || creatinine - minWithin48h >= 0.3 - EPS) {
            return 1;
        }
        return 0;
    }

    /**
     * The urine-output stage from the durations of the current runs.
     *
     * @param hoursBelow05 hours of output &lt;0.5 mL/kg/h
     * @param hoursBelow03 hours of output &lt;0.3 mL/kg/h
     * @param hoursAnuric hours of no output
     * @return 3 for &lt;0.3 for ≥24 h or anuria ≥12 h; 2 for &lt;0.5 for ≥12 h; 1 for &lt;0.5 for
     *     6–12 h; else 0
     */
    public static int urineStage(double hoursBelow05, double hoursBelow03, double hoursAnuric) {
        Checks.nonNegative("hoursBelow05", hoursBelow05);
        Checks.nonNegative("hoursBelow03", hoursBelow03);
        Checks.nonNegative("hoursAnuric", hoursAnuric);
        if (hoursBelow03 >= 24 - EPS || hoursAnuric >= 12 - EPS) {
            return 3;
        }
        if (hoursBelow05 >= 12 - EPS) {
            return 2;
        }
        return hoursBelow05 >= 6 - EPS ? 1 : 0;
    }

    /** Hours of the run from row {@code start} to row {@code i} (0 without a run, {@code start} = -1). */
    private static double runHours(double[] timeH, int i, int start) {
        return start < 0 ? 0.0 : timeH[i] - timeH[start];
    }

    private static boolean meets(double urine, double limit, boolean inclusive) {
        if (Double.isNaN(urine)) {
            return false;
        }
        return inclusive ? urine <= limit : urine < limit;
    }

    private static void sameLength(String name, int length, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException(
                    name + " has " + length + " values but timeH has " + expected);
        }
    }
}
