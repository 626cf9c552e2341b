package org.cytostorm.report.patient;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cytostorm.physiology.run.OutputColumn;

/**
 * The report's figures of the time series: one per column group, in report order; long runs are
 * read in days, short ones in hours. Doses are marked on the figures where their effect shows
 * (cytokines, vitals, labs, brain, signals). How a group's curves share panels is
 * {@link org.cytostorm.report.html.PanelPlan}'s.
 */
final class ReportCharts {

    /** Groups in the order the report shows them; any other group follows, in column order. */
    static final List<String> GROUP_ORDER =
            List.of("cytokines", "cells", "vitals", "labs", "brain", "grades", "support", "drugs", "signals");

    /** Groups whose charts carry a line at each dose. */
    static final Set<String> MARKED_GROUPS = Set.of("cytokines", "vitals", "labs", "brain", "signals");

    /** The width of the report's PNG figures (the treatment timeline, the comparison charts). */
    static final int WIDTH = 900;

    /** Runs longer than this are plotted in days. */
    static final double DAYS_ABOVE_H = Charts.DAYS_ABOVE_H;

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

    /** Series label: name and unit, for example {@code IL6 (pg/mL)}. */
    static String label(OutputColumn column) {
        return column.unit() == null || column.unit().isBlank() ? column.name()
                : column.name() + " (" + column.unit() + ")";
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
