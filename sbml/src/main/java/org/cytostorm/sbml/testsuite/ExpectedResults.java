package org.cytostorm.sbml.testsuite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.io.Csv;

/**
 * A case's {@code NNNNN-results.csv}: a time column then one column per variable, in the order of
 * the settings' {@code variables}, with {@code steps + 1} rows. The header line is optional (the
 * suite allows it; every shipped file has one, some spelled {@code Time}). Values may be
 * {@code NaN}, {@code INF} or {@code -INF} in any case.
 *
 * @param variables the value columns' names
 * @param times     the time column
 * @param values    {@code values[row][column]}, columns in {@code variables} order
 */
public record ExpectedResults(List<String> variables, double[] times, double[][] values) {

    public ExpectedResults {
        variables = List.copyOf(variables);
    }

    public int rows() {
        return times.length;
    }

    public double value(int row, int column) {
        return values[row][column];
    }

    /** Reads a results file and checks it against the case's settings. */
    public static ExpectedResults read(Path file, CaseSettings settings) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), settings);
    }

    /**
     * Parses results text; {@code source} names it in messages. Checks the header (when present)
     * against the settings' variables, the number of columns on every line, the number of rows
     * ({@code steps + 1}) and that each row's time is the settings' output time.
     *
     * @throws InputException naming the file, line and column of the first problem
     */
    public static ExpectedResults parse(String text, String source, CaseSettings settings) {
        List<String> variables = settings.variables();
        int columns = variables.size() + 1;
        List<Csv.Row> records = Csv.read(text, source);
        double[] expectedTimes = settings.times();
        double[] times = new double[expectedTimes.length];
        double[][] values = new double[expectedTimes.length][];
        int row = 0;
        boolean first = true;
        for (Csv.Row record : records) {
            String[] cells = record.cells().toArray(String[]::new);
            int lineNo = record.line();
            if (first) {
                first = false;
                if (isHeader(cells[0])) {
                    checkHeader(cells, variables, source, lineNo);
                    continue;
                }
            }
            if (cells.length != columns) {
                throw new InputException(source, lineNo, null, "expected " + columns + " columns (time, "
                        + String.join(", ", variables) + "), found " + cells.length);
            }
            if (row >= times.length) {
                throw new InputException(source, lineNo, null, "more than the " + times.length
                        + " data rows that steps: " + settings.steps() + " calls for");
            }
            double t = cell(cells[0], source, lineNo, "time");
            double want = expectedTimes[row];
            if (!(Math.abs(t - want) <= 1e-9 * Math.max(Math.abs(settings.duration()), Math.abs(want)))) {
                throw new InputException(source, lineNo, "time", "row " + (row + 1) + " is at t=" + cells[0].strip()
                        + ", the settings (start " + Numbers.format(settings.start()) + ", duration "
                        + Numbers.format(settings.duration()) + ", steps " + settings.steps() + ") put it at t="
                        + Numbers.format(want));
            }
            times[row] = want;
            double[] v = new double[columns - 1];
            for (int c = 1; c < columns; c++) {
                v[c - 1] = cell(cells[c], source, lineNo, variables.get(c - 1));
            }
            values[row] = v;
            row++;
        }
        if (row != times.length) {
            throw new InputException(source, 0, null, "has " + row + " data rows; steps: " + settings.steps()
                    + " calls for " + times.length);
        }
        return new ExpectedResults(variables, times, values);
    }

    private static boolean isHeader(String firstCell) {
        try {
            Numbers.parse(firstCell);
            return false;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static void checkHeader(String[] cells, List<String> variables, String source, int line) {
        if (cells.length != variables.size() + 1) {
            throw new InputException(source, line, "header", "expected " + (variables.size() + 1)
                    + " columns (time, " + String.join(", ", variables) + "), found " + cells.length);
        }
        List<String> names = new ArrayList<>();
        for (int c = 1; c < cells.length; c++) {
            names.add(cells[c].strip());
        }
        for (int c = 0; c < variables.size(); c++) {
            if (!names.get(c).equals(variables.get(c))) {
                throw new InputException(source, line, "header", "column " + (c + 2) + " is '" + names.get(c)
                        + "' but the settings list '" + variables.get(c) + "' there (variables: "
                        + String.join(", ", variables) + ")");
            }
        }
    }

    private static double cell(String text, String source, int line, String column) {
        try {
            return Numbers.parse(text);
        } catch (NumberFormatException e) {
            throw new InputException(source, line, column, "expected a number, NaN, INF or -INF, got '"
                    + text.strip() + "'");
        }
    }
}
