package org.cytostorm.report.patient;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.cytostorm.common.io.OutputSet;
import org.cytostorm.report.OutputDirectories;

/**
 * Writes every file of a comparison into a directory, as one set: each run's usual three files in
 * {@code A/} and {@code B/}, and the comparison page report.html beside them.
 */
public final class ComparisonOutputs {

    /** The subdirectories of the two runs. */
    public static final String A_DIR = "A";
    public static final String B_DIR = "B";
    /** The names a comparison writes into its directory. */
    public static final Set<String> NAMES = Set.of(A_DIR, B_DIR, RunOutputs.REPORT_HTML);

    private ComparisonOutputs() {
    }

    /**
     * Writes all seven files into the set's staging directory and commits it. Both runs are checked
     * first, so that a run that cannot be written changes nothing.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite, a run is malformed or the
     *                                  labels are the same
     */
    public static ComparisonFiles writeAll(ComparedRun a, ComparedRun b, OutputSet set) throws IOException {
        ComparisonReport.requireWritable(a, b);
        Path staging = set.staging();
        RunOutputs.writeFiles(a.run(), staging.resolve(A_DIR));
        RunOutputs.writeFiles(b.run(), staging.resolve(B_DIR));
        ComparisonReport.write(a, b, staging.resolve(RunOutputs.REPORT_HTML));
        set.commit();
        Path dir = set.directory();
        return new ComparisonFiles(files(dir.resolve(A_DIR)), files(dir.resolve(B_DIR)),
                dir.resolve(RunOutputs.REPORT_HTML));
    }

    /**
     * Opens {@code dir} ({@link OutputDirectories#open}) and writes the comparison into it; see
     * {@link #writeAll(ComparedRun, ComparedRun, OutputSet)}.
     */
    public static ComparisonFiles writeAll(ComparedRun a, ComparedRun b, Path dir) throws IOException {
        ComparisonReport.requireWritable(a, b);
        try (OutputSet set = OutputDirectories.open(dir, dir.toString())) {
            return writeAll(a, b, set);
        }
    }

    private static OutputFiles files(Path dir) {
        return new OutputFiles(dir.resolve(RunOutputs.TIMESERIES_CSV), dir.resolve(RunOutputs.SUMMARY_JSON),
                dir.resolve(RunOutputs.REPORT_HTML));
    }
}
