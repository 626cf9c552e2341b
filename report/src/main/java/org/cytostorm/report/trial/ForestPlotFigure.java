package org.cytostorm.report.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cytostorm.cohort.analysis.Comparison;
import org.cytostorm.cohort.analysis.GroupSummary;
import org.cytostorm.cohort.analysis.TrialSummary;
import org.cytostorm.report.html.ForestPlot;
import org.cytostorm.report.html.ForestRow;

/**
 * The forest plot's content: the mortality risk ratio of each arm against the control with its 95%
 * interval, overall and in each subgroup, each arm in its colour of the Kaplan–Meier curves.
 */
final class ForestPlotFigure {

    static final String ID = "forest";
    /** The rows' axis: short, as it stands beside as few as one row (n: the patients of both arms). */
    static final String ROWS_LABEL = "subgroup, arm (n)";
    static final String RATIO_LABEL = "risk ratio of death (log scale): below 1 favours the arm";

    private ForestPlotFigure() {
    }

    static ForestPlot of(TrialSummary s) {
        List<ForestRow> rows = new ArrayList<>();
        add(rows, "All patients", s.overall());
        for (Map.Entry<String, GroupSummary> e : s.subgroups().entrySet()) {
            add(rows, e.getKey(), e.getValue());
        }
        return new ForestPlot("Risk ratio of death by subgroup", ROWS_LABEL, RATIO_LABEL, rows,
                ArmColours.of(s.overall().arms().keySet()));
    }

    /** A row per arm compared with the control: the label names the group, the arm, and the patients of both. */
    private static void add(List<ForestRow> rows, String label, GroupSummary g) {
        for (Map.Entry<String, Comparison> e : g.comparisons().entrySet()) {
            long n = g.arms().get(e.getKey()).n() + g.arms().values().iterator().next().n();
            var rr = e.getValue().riskRatio();
            rows.add(new ForestRow(label + ", " + e.getKey() + " (" + n + ")", e.getKey(), rr.estimate(), rr.lo(),
                    rr.hi()));
        }
    }
}
