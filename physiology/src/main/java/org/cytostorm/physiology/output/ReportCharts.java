package org.cytostorm.physiology.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;

/**
 * The report's charts: one PNG per column group, drawn with XChart off screen. Cytokines span
 * orders of magnitude, so they get a log axis; long runs are read in days, short ones in hours.
 */
final class ReportCharts {

    /** Groups in the order the report shows them; any other group follows, in column order. */
    static final List<String> GROUP_ORDER =
            List.of("cytokines", "cells", "vitals", "labs", "grades", "support", "drugs");

    /** Runs longer than this are plotted in days. */
    static final double DAYS_ABOVE_H = 72;

    /** Decades shown below the largest value on a log axis. */
    static final int FLOOR_DECADES = 6;

    static final int WIDTH = 900;
    static final int HEIGHT = 350;

    static {
        // Charts are drawn on servers and in CI without a display; AWT must not look for one.
        // Set here, before XChart first touches AWT, unless the caller decided otherwise.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ReportCharts() {
    }

    /** The group of a column; a column without one is plotted under "other". */
    static String group(OutputColumn column) {
        return column.group() == null || column.group().isBlank() ? "other" : column.group();
    }

    /** The groups present in the run, in report order. */
    static List<String> groups(List<OutputColumn> columns) {
        Set<String> present = new LinkedHashSet<>();
        columns.forEach(c -> present.add(group(c)));
        List<String> ordered = new ArrayList<>();
        for (String g : GROUP_ORDER) {
            if (present.remove(g)) {
                ordered.add(g);
            }
        }
        ordered.addAll(present);
        return ordered;
    }

    static boolean inDays(double durationH) {
        return durationH > DAYS_ABOVE_H;
    }

    /** The PNG of one group's chart. */
    static byte[] png(PatientRun run, String group) throws IOException {
        return BitmapEncoder.getBitmapBytes(chart(run, group), BitmapFormat.PNG);
    }

    static XYChart chart(PatientRun run, String group) {
        boolean days = inDays(run.scenario().durationH());
        List<OutputColumn> columns = new ArrayList<>();
        for (OutputColumn column : run.columns()) {
            if (group(column).equals(group)) {
                columns.add(column);
            }
        }
        // A log axis cannot show zero or less, and a tail decaying towards 1e-300 would squeeze
        // the curves into a sliver: values below FLOOR_DECADES under the group's largest are not
        // drawn (null leaves a gap rather than a line across). If nothing is positive the axis
        // stays linear.
        double largest = 0;
        for (OutputColumn column : columns) {
            for (double v : run.column(column.name())) {
                largest = Math.max(largest, v);
            }
        }
        boolean log = group.equals("cytokines") && largest > 0;
        double floor = log ? largest * Math.pow(10, -FLOOR_DECADES) : Double.NEGATIVE_INFINITY;
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(group.substring(0, 1).toUpperCase(Locale.ROOT) + group.substring(1))
                .xAxisTitle(days ? "time (days)" : "time (h)")
                .yAxisTitle(commonUnit(columns))
                .build();
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
        chart.getStyler().setYAxisLogarithmic(log);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        double[] time = run.timeH();
        List<Double> x = new ArrayList<>(time.length);
        for (double t : time) {
            x.add(days ? t / 24 : t);
        }
        for (OutputColumn column : columns) {
            double[] values = run.column(column.name());
            List<Double> y = new ArrayList<>(time.length);
            boolean any = false;
            for (double v : values) {
                boolean shown = v >= floor;
                y.add(shown ? v : null);
                any |= shown;
            }
            if (any) {
                XYSeries series = chart.addSeries(label(column), x, y);
                series.setMarker(SeriesMarkers.NONE);
            }
        }
        return chart;
    }

    /** Series label: name and unit, for example {@code IL6 (pg/mL)}. */
    static String label(OutputColumn column) {
        return column.unit() == null || column.unit().isBlank() ? column.name()
                : column.name() + " (" + column.unit() + ")";
    }

    /** The y axis title: the unit when all series share it, else empty (units are in the legend). */
    private static String commonUnit(List<OutputColumn> columns) {
        Set<String> units = new LinkedHashSet<>();
        columns.forEach(c -> units.add(c.unit() == null ? "" : c.unit()));
        return units.size() == 1 ? units.iterator().next() : "";
    }
}
