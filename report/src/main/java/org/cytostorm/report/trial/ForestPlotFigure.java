package org.cytostorm.report.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cytostorm.cohort.analysis.Comparison;
import org.cytostorm.cohort.analysis.GroupSummary;
import org.cytostorm.cohort.analysis.Rate;
import org.cytostorm.cohort.analysis.TrialSummary;

/**
 * The forest plot: the mortality risk ratio of each arm against the control with its 95% interval,
 * overall and in each subgroup, on a log axis with the line of no effect at 1.
 */
final class ForestPlotFigure {

    private static final int W = 900;
    private static final int LEFT = 380;
    private static final int RIGHT = 150;
    private static final int ROW = 22;
    private static final int TOP = 30;

    private ForestPlotFigure() {
    }

    private record Row(String label, String arm, long n, Rate rr) {
    }

    static String svg(TrialSummary s) {
        List<Row> rows = new ArrayList<>();
        add(rows, "All patients", s.overall());
        for (Map.Entry<String, GroupSummary> e : s.subgroups().entrySet()) {
            add(rows, e.getKey(), e.getValue());
        }
        double lo = 0.5;
        double hi = 2;
        for (Row r : rows) {
            if (finite(r.rr())) {
                lo = Math.min(lo, Math.max(r.rr().lo(), 0.01));
                hi = Math.max(hi, Math.min(r.rr().hi(), 100));
            }
        }
        double logLo = Math.floor(Math.log10(lo) * 2) / 2;
        double logHi = Math.ceil(Math.log10(hi) * 2) / 2;
        int plotW = W - LEFT - RIGHT;
        int height = TOP + ROW * rows.size() + 50;
        Svg svg = new Svg("forest", W, height, "Forest plot of mortality risk ratios by subgroup");
        svg.bold(10, 18, "start", "Subgroup, arm vs control (n)");
        svg.bold(LEFT + plotW + 10, 18, "start", "RR (95% CI)");
        double x1 = x(1, logLo, logHi, plotW);
        svg.line(x1, TOP - 6, x1, TOP + ROW * rows.size(), "#888", 1, "4,3");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double y = TOP + ROW * i + ROW / 2.0;
            if (i % 2 == 0) {
                svg.rect(0, y - ROW / 2.0, W, ROW, "#f6f6f6");
            }
            svg.text(10, y + 4, "start", r.label() + ", " + r.arm() + " (" + r.n() + ")");
            if (finite(r.rr())) {
                double a = x(Math.max(r.rr().lo(), Math.pow(10, logLo)), logLo, logHi, plotW);
                double b = x(Math.min(r.rr().hi(), Math.pow(10, logHi)), logLo, logHi, plotW);
                double m = x(Math.min(Math.max(r.rr().estimate(), Math.pow(10, logLo)), Math.pow(10, logHi)), logLo,
                        logHi, plotW);
                svg.line(a, y, b, y, "#1f77b4", 2, null);
                svg.rect(m - 4, y - 4, 8, 8, "#1f77b4");
                svg.text(LEFT + plotW + 10, y + 4, "start", String.format(Locale.ROOT, "%.2f (%.2f–%.2f)",
                        r.rr().estimate(), r.rr().lo(), r.rr().hi()));
            } else {
                svg.text(LEFT + plotW + 10, y + 4, "start", "not estimable");
            }
        }
        double axisY = TOP + ROW * rows.size() + 6;
        svg.line(LEFT, axisY, LEFT + plotW, axisY, "#555", 1, null);
        for (double e = logLo; e <= logHi + 1e-9; e += 0.5) {
            double v = Math.pow(10, e);
            double x = x(v, logLo, logHi, plotW);
            svg.line(x, axisY, x, axisY + 4, "#555", 1, null);
            svg.text(x, axisY + 16, "middle", v >= 1 ? String.format(Locale.ROOT, "%.3g", v)
                    : String.format(Locale.ROOT, "%.2g", v));
        }
        svg.text(LEFT + plotW / 2.0, axisY + 32, "middle", "risk ratio of death (log scale): left favours the arm");
        return svg.end();
    }

    private static void add(List<Row> rows, String label, GroupSummary g) {
        for (Map.Entry<String, Comparison> e : g.comparisons().entrySet()) {
            long n = g.arms().get(e.getKey()).n() + g.arms().values().iterator().next().n();
            rows.add(new Row(label, e.getKey(), n, e.getValue().riskRatio()));
        }
    }

    private static boolean finite(Rate r) {
        return Double.isFinite(r.estimate()) && Double.isFinite(r.lo()) && Double.isFinite(r.hi()) && r.lo() > 0;
    }

    private static double x(double v, double logLo, double logHi, int plotW) {
        return LEFT + plotW * (Math.log10(v) - logLo) / (logHi - logLo);
    }
}
