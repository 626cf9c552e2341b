package org.cytostorm.report.patient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts of the time series: one PNG per column group. Cytokines span orders of
 * magnitude, so they get a log axis; long runs are read in days, short ones in hours. Doses are
 * marked on the charts where their effect shows (cytokines, vitals, labs, signals).
 */
final class ReportCharts {

    /** Groups in the order the report shows them; any other group follows, in column order. */
    static final List<String> GROUP_ORDER =
            List.of("cytokines", "cells", "vitals", "labs", "brain", "grades", "support", "drugs", "signals");

    /** Groups whose charts carry a line at each dose. */
    static final Set<String> MARKED_GROUPS = Set.of("cytokines", "vitals", "labs", "brain", "signals");

    /** Runs longer than this are plotted in days. */
    static final double DAYS_ABOVE_H = Charts.DAYS_ABOVE_H;

    /** Decades shown below the largest value on a log axis. */
    static final int FLOOR_DECADES = Charts.FLOOR_DECADES;

    static final int WIDTH = 900;
    static final int HEIGHT = 350;

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
        return Charts.inDays(durationH);
    }

    /** The PNG of one group's chart. */
    static byte[] png(PatientRun run, String group) throws IOException {
        return Charts.png(chart(run, group));
    }

    static XYChart chart(PatientRun run, String group) {
        List<OutputColumn> columns = new ArrayList<>();
        for (OutputColumn column : run.columns()) {
            if (group(column).equals(group)) {
                columns.add(column);
            }
        }
        boolean log = group.equals("cytokines");
        XYChart chart = chart(run, capitalised(group), columns, log);
        if (MARKED_GROUPS.contains(group)) {
            Charts.markDoses(chart, Charts.doseTimes(run.treatments(), run.scenario().durationH()),
                    inDays(run.scenario().durationH()));
        }
        return chart;
    }

    /**
     * A chart of some columns of a run, one series each. On a log axis values far below the
     * largest are left out (see {@link Charts#floor}); if nothing is positive the axis stays linear.
     */
    static XYChart chart(PatientRun run, String title, List<OutputColumn> columns, boolean log) {
        boolean days = inDays(run.scenario().durationH());
        List<double[]> values = new ArrayList<>();
        columns.forEach(c -> values.add(run.column(c.name())));
        double largest = Charts.largest(values);
        boolean logAxis = log && largest > 0;
        double floor = Charts.floor(logAxis, largest);
        XYChart chart = Charts.chart(title, days, commonUnit(columns), WIDTH, HEIGHT);
        chart.getStyler().setYAxisLogarithmic(logAxis);
        List<Double> x = Charts.x(run.timeH(), days);
        for (int c = 0; c < columns.size(); c++) {
            if (Charts.anyAbove(values.get(c), floor)) {
                XYSeries series = chart.addSeries(label(columns.get(c)), x, Charts.above(values.get(c), floor));
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

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** The y axis title: the unit when all series share it, else empty (units are in the legend). */
    private static String commonUnit(List<OutputColumn> columns) {
        Set<String> units = new LinkedHashSet<>();
        columns.forEach(c -> units.add(c.unit() == null ? "" : c.unit()));
        return units.size() == 1 ? units.iterator().next() : "";
    }
}
