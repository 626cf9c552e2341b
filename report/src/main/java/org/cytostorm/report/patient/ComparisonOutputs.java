package org.cytostorm.report.patient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every file of a comparison into a directory: each run's usual three files in {@code A/}
 * and {@code B/}, and the comparison page report.html beside them.
 */
public final class ComparisonOutputs {

    /** The subdirectories of the two runs. */
    public static final String A_DIR = "A";
    public static final String B_DIR = "B";

    private ComparisonOutputs() {
    }

    /**
     * Creates {@code dir} if needed and writes all seven files, each atomically. Both runs are
     * checked first, so that a run that cannot be written leaves no half comparison behind.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite, a run is malformed or the
     *                                  labels are the same
     */
    public static ComparisonFiles writeAll(ComparedRun a, ComparedRun b, Path dir) throws IOException {
        ComparisonReport.requireWritable(a, b);
        Files.createDirectories(dir);
        OutputFiles filesA = RunOutputs.writeAll(a.run(), dir.resolve(A_DIR));
        OutputFiles filesB = RunOutputs.writeAll(b.run(), dir.resolve(B_DIR));
        Path report = dir.resolve(RunOutputs.REPORT_HTML);
        ComparisonReport.write(a, b, report);
        return new ComparisonFiles(filesA, filesB, report);
    }
}
