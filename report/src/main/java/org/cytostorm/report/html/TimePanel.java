package org.cytostorm.report.html;

import java.util.List;
import java.util.Optional;

/**
 * One panel of an interactive time chart: curves that share a y axis.
 *
 * @param title  the panel's heading
 * @param yLabel the y axis label, the unit of its curves (never empty)
 * @param log    a logarithmic y axis (the curves span decades)
 * @param series its curves
 * @param marked whether the doses are drawn on it
 * @param yRange the y axis' fixed extent, or empty for the one its curves (and unit) call for
 */
public record TimePanel(String title, String yLabel, boolean log, List<TimeSeries> series, boolean marked,
        Optional<AxisRange> yRange) {

    public TimePanel {
        series = List.copyOf(series);
        if (yLabel == null || yLabel.isBlank()) {
            throw new IllegalArgumentException("a panel's y axis needs a label: " + title);
        }
    }

    /** A panel whose y axis fits its curves. */
    public TimePanel(String title, String yLabel, boolean log, List<TimeSeries> series, boolean marked) {
        this(title, yLabel, log, series, marked, Optional.empty());
    }
}
