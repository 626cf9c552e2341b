package org.cytostorm.report.html;

import java.util.List;

/**
 * One panel of an interactive time chart: curves that share a y axis.
 *
 * @param title  the panel's heading
 * @param yLabel the y axis label, the unit of its curves (never empty)
 * @param log    a logarithmic y axis (the curves span decades)
 * @param series its curves
 * @param marked whether the doses are drawn on it
 */
public record TimePanel(String title, String yLabel, boolean log, List<TimeSeries> series, boolean marked) {

    public TimePanel {
        series = List.copyOf(series);
        if (yLabel == null || yLabel.isBlank()) {
            throw new IllegalArgumentException("a panel's y axis needs a label: " + title);
        }
    }
}
