package org.cytostorm.report.html;

import java.util.List;
import java.util.Map;

/**
 * A forest plot's content: ratios with their intervals, a row each, on a log axis with the line of
 * no effect at 1.
 *
 * @param title      the panel's heading
 * @param rowsLabel  what the rows are (the axis beside their labels)
 * @param ratioLabel what the ratio is (the log axis' label)
 * @param rows       the rows, top to bottom
 * @param colours    each series' colour ({@code #rrggbb}), by series name; a series missing here
 *                   takes a colour of {@link SeriesColours}
 */
public record ForestPlot(String title, String rowsLabel, String ratioLabel, List<ForestRow> rows,
        Map<String, String> colours) {

    public ForestPlot {
        rows = List.copyOf(rows);
        colours = Map.copyOf(colours);
        if (rowsLabel == null || rowsLabel.isBlank() || ratioLabel == null || ratioLabel.isBlank()) {
            throw new IllegalArgumentException("a forest plot's axes need labels: " + title);
        }
    }
}
