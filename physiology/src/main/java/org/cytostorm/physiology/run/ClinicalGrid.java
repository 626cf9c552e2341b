package org.cytostorm.physiology.run;

import java.util.Arrays;

/**
 * The times a patient run is solved and graded at: every whole hour from 0 to the end, and the
 * output times the scenario asks for, sorted, with times closer than {@value #TOLERANCE_H} h merged
 * (the requested time is kept). Grades, summary figures and the outcome are computed on this grid,
 * so that they do not depend on the output interval; only the requested rows are reported.
 *
 * @param timeH     the grid, hours, strictly increasing
 * @param requested for each requested output time, in order, its row of the grid
 */
record ClinicalGrid(double[] timeH, int[] requested) {

    /** Times closer than this are one row, hours. */
    static final double TOLERANCE_H = 1e-9;

    /**
     * The grid of a run of {@code durationH} hours reporting at {@code outputTimesH} (ascending,
     * within the run).
     */
    static ClinicalGrid of(double[] outputTimesH, double durationH) {
        int hours = (int) Math.floor(durationH + TOLERANCE_H);
        double[] merged = new double[hours + 1 + outputTimesH.length];
        int[] requested = new int[outputTimesH.length];
        int n = 0;
        int h = 0;
        int o = 0;
        while (h <= hours || o < outputTimesH.length) {
            boolean takeOutput = o < outputTimesH.length && (h > hours || outputTimesH[o] <= h + TOLERANCE_H);
            double t = takeOutput ? outputTimesH[o] : Math.min(h, durationH);
            if (n > 0 && t - merged[n - 1] < TOLERANCE_H) {
                if (takeOutput) {
                    merged[n - 1] = t; // a requested time keeps its value
                }
            } else {
                merged[n++] = t;
            }
            if (takeOutput) {
                requested[o++] = n - 1;
            } else {
                h++;
            }
        }
        return new ClinicalGrid(Arrays.copyOf(merged, n), requested);
    }

    /** The number of requested rows among the first {@code rowsReached} rows of the grid. */
    int requestedWithin(int rowsReached) {
        int k = 0;
        while (k < requested.length && requested[k] < rowsReached) {
            k++;
        }
        return k;
    }

    /**
     * The requested rows of {@code column}, of which the first {@code rows} are wanted. When those
     * are all of the column's rows (hourly output) the column itself is returned, not a copy: a
     * patient's columns are fresh arrays, and copying them again was a sixth of a run's allocation.
     */
    double[] select(double[] column, int rows) {
        if (rows == column.length && (rows == 0 || requested[rows - 1] == rows - 1)) {
            return column; // requested is strictly increasing from row 0 or later: it is 0, 1, ..., rows - 1
        }
        double[] out = new double[rows];
        for (int k = 0; k < rows; k++) {
            out[k] = column[requested[k]];
        }
        return out;
    }
}
