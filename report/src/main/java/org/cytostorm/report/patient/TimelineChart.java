package org.cytostorm.report.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The treatment timeline: one row per drug (or per model variable a rule set), a dot at each dose
 * and a bar over each infusion or course, on the same time axis as the other charts so that a dose
 * can be read against the curves it changes.
 */
final class TimelineChart {

    static final int WIDTH = ReportCharts.WIDTH;
    private static final int ROW_HEIGHT = 32;
    private static final int FRAME_HEIGHT = 110;

    /**
     * One row of the timeline.
     *
     * @param label  what the row shows ("tocilizumab", "A: tocilizumab", "care_on")
     * @param events its events, in time order
     */
    record Row(String label, List<TreatmentEvent> events) {
    }

    private TimelineChart() {
    }

    /** One row per drug or variable, in order of first use, each label prefixed by {@code prefix}. */
    static List<Row> rows(List<TreatmentEvent> events, String prefix) {
        Map<String, List<TreatmentEvent>> byWhat = new LinkedHashMap<>();
        for (TreatmentEvent e : events) {
            byWhat.computeIfAbsent(e.what(), k -> new ArrayList<>()).add(e);
        }
        List<Row> rows = new ArrayList<>();
        byWhat.forEach((what, list) -> rows.add(new Row(prefix + what, list)));
        return rows;
    }

    static int height(int rows) {
        return FRAME_HEIGHT + ROW_HEIGHT * Math.max(1, rows);
    }

    /** The chart over {@code [0, endH]}; the first row is drawn at the top. */
    static XYChart chart(List<Row> rows, double endH) {
        boolean days = Charts.inDays(endH);
        XYChart chart = Charts.chart("Treatments", days, "", WIDTH, height(rows.size()));
        int n = rows.size();
        chart.getStyler().setYAxisMin(-0.5).setYAxisMax(n - 0.5);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(Charts.x(endH, days));
        chart.getStyler().setYAxisTicksVisible(false);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        for (int r = 0; r < n; r++) {
            Row row = rows.get(r);
            double y = n - 1 - r;
            List<Double> x = new ArrayList<>();
            List<Double> yValues = new ArrayList<>();
            for (TreatmentEvent e : row.events()) {
                // A dose is a dot; an infusion or course a bar to its end. A null y breaks the line
                // so that separate doses are not joined.
                x.add(Charts.x(e.timeH(), days));
                yValues.add(y);
                if (e.isDose() && e.durationH() > 0) {
                    x.add(Charts.x(Math.min(e.timeH() + e.durationH(), endH), days));
                    yValues.add(y);
                }
                x.add(Charts.x(e.timeH(), days));
                yValues.add(null);
            }
            XYSeries series = chart.addSeries(row.label(), x, yValues);
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setLineWidth(4);
        }
        return chart;
    }
}
