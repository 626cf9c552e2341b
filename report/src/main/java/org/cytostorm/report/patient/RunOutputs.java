package org.cytostorm.report.patient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytostorm.physiology.run.PatientRun;

/** Writes every output file of one run into a directory (the output contract, docs/outputs.md). */
public final class RunOutputs {

    public static final String TIMESERIES_CSV = "timeseries.csv";
    public static final String SUMMARY_JSON = "summary.json";
    public static final String REPORT_HTML = "report.html";

    private RunOutputs() {
    }

    /**
     * Creates {@code dir} if needed and writes timeseries.csv, summary.json and report.html, each
     * atomically. The run is checked first, so a run with a NaN or infinite value writes no file
     * at all (rather than a CSV refused after the JSON was already written).
     *
     * @throws IllegalArgumentException if a value is NaN or infinite or the run is malformed
     */
    public static OutputFiles writeAll(PatientRun run, Path dir) throws IOException {
        RunChecks.requireWritable(run);
        Files.createDirectories(dir);
        OutputFiles files = new OutputFiles(dir.resolve(TIMESERIES_CSV), dir.resolve(SUMMARY_JSON),
                dir.resolve(REPORT_HTML));
        TimeseriesCsv.write(run, files.timeseriesCsv());
        SummaryJson.write(run, files.summaryJson());
        HtmlReport.write(run, files.reportHtml());
        return files;
    }
}
