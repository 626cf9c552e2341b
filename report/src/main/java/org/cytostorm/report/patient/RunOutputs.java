package org.cytostorm.report.patient;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.cytostorm.common.io.OutputSet;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.report.OutputDirectories;

/**
 * Writes every output file of one run into a directory (the output contract, docs/outputs.md), as
 * one set: the directory shows the previous set or the new one, never a mixture.
 */
public final class RunOutputs {

    public static final String TIMESERIES_CSV = "timeseries.csv";
    public static final String SUMMARY_JSON = "summary.json";
    public static final String REPORT_HTML = "report.html";
    /** The names a run writes into its directory. */
    public static final Set<String> NAMES = Set.of(TIMESERIES_CSV, SUMMARY_JSON, REPORT_HTML);

    private RunOutputs() {
    }

    /**
     * Writes timeseries.csv, summary.json and report.html into the set's staging directory and
     * commits it, replacing whatever set the directory held. The run is checked first, so a run
     * with a NaN or infinite value changes nothing.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite or the run is malformed
     */
    public static OutputFiles writeAll(PatientRun run, OutputSet set) throws IOException {
        RunChecks.requireWritable(run);
        writeFiles(run, set.staging());
        set.commit();
        return in(set.directory());
    }

    /**
     * Opens {@code dir} ({@link OutputDirectories#open}) and writes the run's set into it; see
     * {@link #writeAll(PatientRun, OutputSet)}. Nothing is created for a run that cannot be written.
     */
    public static OutputFiles writeAll(PatientRun run, Path dir) throws IOException {
        RunChecks.requireWritable(run);
        try (OutputSet set = OutputDirectories.open(dir, dir.toString())) {
            return writeAll(run, set);
        }
    }

    /**
     * Writes the three files into {@code dir} (a staging directory, or a part of one), creating it;
     * the caller has checked the run ({@link RunChecks#requireWritable}).
     */
    static OutputFiles writeFiles(PatientRun run, Path dir) throws IOException {
        OutputFiles files = in(dir);
        TimeseriesCsv.write(run, files.timeseriesCsv());
        SummaryJson.write(run, files.summaryJson());
        HtmlReport.write(run, files.reportHtml());
        return files;
    }

    private static OutputFiles in(Path dir) {
        return new OutputFiles(dir.resolve(TIMESERIES_CSV), dir.resolve(SUMMARY_JSON), dir.resolve(REPORT_HTML));
    }
}
