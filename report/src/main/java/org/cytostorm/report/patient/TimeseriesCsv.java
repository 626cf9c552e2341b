package org.cytostorm.report.patient;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.physiology.run.PatientRun;

/**
 * Writes timeseries.csv: header {@code time_h} then every column name in run order, one row per
 * output time. Plain comma CSV with '\n' line ends and no quoting (names are checked to need none).
 * Numbers are written with {@link Double#toString(double)}, whose text parses back to exactly
 * the same double, so a reader gets the simulated values bit for bit.
 */
public final class TimeseriesCsv {

    /** The first column: output time in hours. */
    public static final String TIME_COLUMN = "time_h";

    private TimeseriesCsv() {
    }

    /**
     * Writes the run's time series atomically.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite (naming its column) or the run
     *                                  is malformed; nothing is written then
     */
    public static void write(PatientRun run, Path file) throws IOException {
        RunChecks.requireWritable(run);
        AtomicFiles.write(file, out -> writeTo(run, out));
    }

    /** Writes the CSV text of a run already checked by {@link RunChecks}. */
    static void writeTo(PatientRun run, Writer out) throws IOException {
        StringBuilder line = new StringBuilder(TIME_COLUMN);
        run.columns().forEach(c -> line.append(',').append(c.name()));
        out.write(line.append('\n').toString());
        double[] time = run.timeH();
        double[][] values = run.values();
        for (int i = 0; i < time.length; i++) {
            line.setLength(0);
            line.append(time[i]);
            for (double[] column : values) {
                line.append(',').append(column[i]);
            }
            out.write(line.append('\n').toString());
        }
    }
}
