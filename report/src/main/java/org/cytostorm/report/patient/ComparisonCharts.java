package org.cytostorm.report.patient;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The comparison's charts: one small chart per column with both patients overlaid (A solid, B
 * dashed, so that they stay apart in print too). One chart per column rather than per group:
 * two runs of a whole group would be dozens of lines on one axis. The columns are the key clinical
 * ones, then the drugs and organ support either patient actually had.
 */
final class ComparisonCharts {

    /** The clinical course at a glance, in this order; a column neither run has is skipped. */
    static final List<String> KEY_COLUMNS = List.of("IL6", "IFNG", "TNF", "IL1B", "CRP", "ferritin", "temperature",
            "MAP", "SpO2", "crs_grade", "sofa", "survival");

    /** A and B keep their colours on every chart, even when one of them has no line there. */
    static final List<Color> COLOURS = List.of(new Color(0x1f, 0x5f, 0xbf), new Color(0xe0, 0x6c, 0x00));
    static final List<BasicStroke> LINES = List.of(SeriesLines.SOLID, SeriesLines.DASH_DASH);

    static final int WIDTH = 470;
    static final int HEIGHT = 300;

    private ComparisonCharts() {
    }

    /** The columns charted: key columns in both runs, then drugs and support used in either. */
    static List<OutputColumn> columns(PatientRun a, PatientRun b) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : KEY_COLUMNS) {
            if (has(a, name) && has(b, name)) {
                names.add(name);
            }
        }
        for (PatientRun run : List.of(a, b)) {
            DrugCharts.concentrations(run).forEach(c -> names.add(c.name()));
        }
        for (PatientRun run : List.of(a, b)) {
            DrugCharts.effects(run).forEach(c -> names.add(c.name()));
        }
        for (PatientRun run : List.of(a, b)) {
            for (OutputColumn c : run.columns()) {
                if ("support".equals(c.group()) && Charts.present(run.column(c.name()))) {
                    names.add(c.name());
                }
            }
        }
        List<OutputColumn> columns = new ArrayList<>();
        for (String name : names) {
            describe(a, name).or(() -> describe(b, name)).ifPresent(columns::add);
        }
        return columns;
    }

    /** Cytokines and drug concentrations span decades and get a log axis; the rest a linear one. */
    static boolean logAxis(OutputColumn column) {
        return "cytokines".equals(column.group()) || DrugCharts.isConcentration(column);
    }

    /** One column of both runs; a run without the column has no line. */
    static XYChart chart(ComparedRun a, ComparedRun b, OutputColumn column) {
        boolean days = Charts.inDays(Math.max(a.run().scenario().durationH(), b.run().scenario().durationH()));
        List<double[]> values = new ArrayList<>();
        for (ComparedRun side : List.of(a, b)) {
            values.add(has(side.run(), column.name()) ? side.run().column(column.name()) : new double[0]);
        }
        double largest = Charts.largest(values);
        boolean log = logAxis(column) && largest > 0;
        double floor = Charts.floor(log, largest);
        XYChart chart = Charts.chart(ReportCharts.label(column), days, "", WIDTH, HEIGHT);
        chart.getStyler().setYAxisLogarithmic(log);
        chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
        List<ComparedRun> sides = List.of(a, b);
        for (int i = 0; i < sides.size(); i++) {
            if (Charts.anyAbove(values.get(i), floor)) {
                XYSeries series = chart.addSeries(sides.get(i).label(), Charts.x(sides.get(i).run().timeH(), days),
                        Charts.above(values.get(i), floor));
                series.setMarker(SeriesMarkers.NONE);
                series.setLineColor(COLOURS.get(i));
                series.setLineStyle(LINES.get(i));
            }
        }
        return chart;
    }

    private static boolean has(PatientRun run, String name) {
        return describe(run, name).isPresent();
    }

    private static Optional<OutputColumn> describe(PatientRun run, String name) {
        return run.columns().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
