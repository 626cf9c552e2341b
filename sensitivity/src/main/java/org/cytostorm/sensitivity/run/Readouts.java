package org.cytostorm.sensitivity.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cytostorm.common.io.Csv;

/**
 * The readouts of every point, read back from the batch files: one array per readout in row order,
 * and the failures. A batch file is written whole, so a present file is a finished batch.
 */
final class Readouts {

    private static final int FAILURES_KEPT = 10;

    private final double[][] values;
    private final long failed;
    private final List<String> first;
    private final String[] failures;

    private Readouts(double[][] values, long failed, List<String> first, String[] failures) {
        this.values = values;
        this.failed = failed;
        this.first = List.copyOf(first);
        this.failures = failures;
    }

    static Path file(Path dir, long batch) {
        return dir.resolve(String.format(Locale.ROOT, "%08d.csv", batch));
    }

    static Readouts read(Path dir, long rows, int outputs, int batchSize) throws IOException {
        double[][] values = new double[outputs][Math.toIntExact(rows)];
        for (double[] v : values) {
            Arrays.fill(v, Double.NaN);
        }
        String[] failures = new String[Math.toIntExact(rows)];
        boolean[] seen = new boolean[failures.length];
        long count = (rows + batchSize - 1) / batchSize;
        for (long b = 0; b < count; b++) {
            Path f = file(dir, b);
            List<Csv.Row> table = Csv.read(Files.readString(f), f.toString());
            for (int i = 1; i < table.size(); i++) {
                Csv.Row row = table.get(i);
                int r = Math.toIntExact((long) Double.parseDouble(row.cell(0)));
                for (int j = 0; j < outputs; j++) {
                    values[j][r] = Double.parseDouble(row.cell(1 + j));
                }
                failures[r] = row.cell(1 + outputs);
                seen[r] = true;
            }
        }
        long failed = 0;
        List<String> first = new ArrayList<>();
        for (int r = 0; r < seen.length; r++) {
            if (!seen[r]) {
                throw new IllegalStateException("the evaluation of point " + r + " is missing from the batches");
            }
            if (!failures[r].isEmpty()) {
                failed++;
                if (first.size() < FAILURES_KEPT) {
                    first.add("point " + r + ": " + failures[r]);
                }
            }
        }
        return new Readouts(values, failed, first, failures);
    }

    /** Readout {@code j} of every point, in row order. */
    double[] values(int j) {
        return values[j];
    }

    /** Readout {@code j} of point {@code row}. */
    double value(int j, long row) {
        return values[j][(int) row];
    }

    /** Why point {@code row} failed; empty when it did not. */
    String failure(long row) {
        return failures[(int) row];
    }

    long failed() {
        return failed;
    }

    List<String> firstFailures() {
        return first;
    }
}
