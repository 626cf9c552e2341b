package org.cytostorm.report.patient;

import java.util.ArrayList;
import java.util.List;

/**
 * Two runs' key figures side by side as plain text for the terminal: at most
 * {@value ConsoleSummary#MAX_LINES} lines of at most {@value ConsoleSummary#MAX_WIDTH} characters,
 * like the one-run summary. A long value (treatments, organ support) wraps within its column; rows
 * that do not fit are counted in a last line pointing to the report.
 */
public final class ComparisonSummary {

    private static final int NAME_WIDTH = 18;
    private static final int VALUE_WIDTH = 39;
    private static final String ROW = "%-" + NAME_WIDTH + "s%-" + (VALUE_WIDTH + 2) + "s%s";

    private ComparisonSummary() {
    }

    /** The text, lines ended by '\n'. */
    public static String format(ComparedRun a, ComparedRun b) {
        List<String> lines = new ArrayList<>();
        lines.add(clip("A  " + a.label()));
        lines.add(clip("B  " + b.label()));
        lines.add("");
        lines.add(String.format(ROW, "", "A", "B").stripTrailing());
        List<ComparisonFigures.Row> rows = ComparisonFigures.key(a.run(), b.run());
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = row(rows.get(r));
            // keep the last line for the note on what was left out
            if (lines.size() + row.size() > ConsoleSummary.MAX_LINES - (r + 1 < rows.size() ? 1 : 0)) {
                lines.add("  ... " + (rows.size() - r) + " more rows in report.html");
                break;
            }
            lines.addAll(row);
        }
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        return text.toString();
    }

    /** One figure, its values wrapped within their columns. */
    private static List<String> row(ComparisonFigures.Row row) {
        List<String> a = wrap(row.a());
        List<String> b = wrap(row.b());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            lines.add(String.format(ROW, i == 0 ? row.name() : "", i < a.size() ? a.get(i) : "",
                    i < b.size() ? b.get(i) : "").stripTrailing());
        }
        return lines;
    }

    /** Breaks at spaces to fit the column; a word longer than the column is cut. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > VALUE_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word.length() > VALUE_WIDTH
                    ? word.substring(0, VALUE_WIDTH - 3) + "..." : word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String clip(String line) {
        return line.length() <= ConsoleSummary.MAX_WIDTH ? line
                : line.substring(0, ConsoleSummary.MAX_WIDTH - 3) + "...";
    }
}
