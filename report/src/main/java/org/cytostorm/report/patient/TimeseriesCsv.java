package org.cytostorm.report.patient;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.common.io.Csv;
import org.cytostorm.physiology.run.PatientRun;

/**
 * Writes timeseries.csv: header {@code time_h} then every column name in run order, one row per
 * output time. Plain comma CSV with '\n' line ends ({@link Csv}); names are checked to need no quoting.
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

    /**
     * Writes the CSV text to a stream (the caller closes it).
     *
     * @throws IllegalArgumentException if a value is NaN or infinite or the run is malformed
     */
    public static void write(PatientRun run, Writer out) throws IOException {
        RunChecks.requireWritable(run);
        writeTo(run, out);
    }

    /** Writes the CSV text of a run already checked by {@link RunChecks}. */
    static void writeTo(PatientRun run, Writer out) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(TIME_COLUMN);
        run.columns().forEach(c -> header.add(c.name()));
        double[] time = run.timeH();
        double[][] values = run.values();
        try (Csv.RowWriter csv = Csv.writer(out, header)) {
            for (int i = 0; i < time.length; i++) {
                csv.start().number(time[i]);
                for (double[] column : values) {
                    csv.number(column[i]);
                }
                csv.end();
            }
        }
    }
}
