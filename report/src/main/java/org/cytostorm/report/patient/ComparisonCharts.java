package org.cytostorm.report.patient;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.report.html.PanelPlan;
import org.cytostorm.report.html.TimePanel;
import org.cytostorm.report.html.TimeSeries;

/**
 * The comparison's charts: one panel per column with both patients overlaid (A solid, B dashed,
 * so that they stay apart in print too), all panels on one time axis with one cursor. One panel
 * per column rather than per group: two runs of a whole group would be dozens of lines on one axis. The columns are the key clinical
 * ones, then the drugs and organ support either patient actually had.
 */
final class ComparisonCharts {

    /** The clinical course at a glance, in this order; a column neither run has is skipped. */
    static final List<String> KEY_COLUMNS = List.of("IL6", "IFNG", "TNF", "IL1B", "CRP", "ferritin", "temperature",
            "MAP", "SpO2", "crs_grade", "sofa", "survival");

    /** A and B keep their colours on every panel: blue and orange, apart for most colour vision. */
    static final List<String> SIDE_COLOURS = List.of("#1f5fbf", "#e06c00");

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

    /**
     * The times both runs are shown at: their output times merged (the same list when both runs
     * report on the same grid, the usual case).
     */
    static double[] times(PatientRun a, PatientRun b) {
        TreeSet<Double> all = new TreeSet<>();
        for (double t : a.timeH()) {
            all.add(t);
        }
        for (double t : b.timeH()) {
            all.add(t);
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The panels of one column: A solid and B dashed, each at {@code times} (linearly interpolated
     * between its own output times, a gap outside its run); PanelPlan puts them on one axis unless
     * their scales are too far apart.
     */
    static List<TimePanel> panels(ComparedRun a, ComparedRun b, OutputColumn column, double[] times) {
        List<TimeSeries> series = new ArrayList<>();
        List<ComparedRun> sides = List.of(a, b);
        for (int i = 0; i < sides.size(); i++) {
            PatientRun run = sides.get(i).run();
            if (has(run, column.name())) {
                TimeSeries s = new TimeSeries(sides.get(i).label(), column.unit(),
                        at(run.timeH(), run.column(column.name()), times), i == 1, SIDE_COLOURS.get(i));
                if (s.peak() > 0) {
                    series.add(s);
                }
            }
        }
        return series.isEmpty() ? List.of() : PanelPlan.panels(column.name(), series, true);
    }

    /** {@code values} at {@code times}, linear between the run's own times, NaN outside them. */
    static double[] at(double[] timeH, double[] values, double[] times) {
        double[] out = new double[times.length];
        int j = 0;
        for (int i = 0; i < times.length; i++) {
            double t = times[i];
            if (t < timeH[0] || t > timeH[timeH.length - 1]) {
                out[i] = Double.NaN;
                continue;
            }
            while (j < timeH.length - 2 && timeH[j + 1] < t) {
                j++;
            }
            int k = Math.min(j + 1, timeH.length - 1);
            double span = timeH[k] - timeH[j];
            out[i] = span <= 0 || t <= timeH[j] ? values[j]
                    : t >= timeH[k] ? values[k] : values[j] + (values[k] - values[j]) * (t - timeH[j]) / span;
        }
        return out;
    }

    private static boolean has(PatientRun run, String name) {
        return describe(run, name).isPresent();
    }

    private static Optional<OutputColumn> describe(PatientRun run, String name) {
        return run.columns().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
