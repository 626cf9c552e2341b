package org.cytostorm.report.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cytostorm.cohort.analysis.Comparison;
import org.cytostorm.cohort.analysis.GroupSummary;
import org.cytostorm.cohort.analysis.Rate;
import org.cytostorm.cohort.analysis.TrialSummary;
import org.cytostorm.report.html.Svg;

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
    /** The axis' range at most: intervals beyond are drawn to its end with an arrowhead. */
    private static final double FLOOR = 0.01;
    private static final double CEILING = 100;

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
                lo = Math.min(lo, Math.max(r.rr().lo(), FLOOR));
                hi = Math.max(hi, Math.min(r.rr().hi(), CEILING));
            }
        }
        List<Double> ticks = ticks(lo, hi);
        double logLo = Math.log10(ticks.get(0));
        double logHi = Math.log10(ticks.get(ticks.size() - 1));
        int plotW = W - LEFT - RIGHT;
        int height = TOP + ROW * rows.size() + 50;
        Svg svg = new Svg("forest", W, height, "Forest plot of mortality risk ratios by subgroup");
        svg.bold(10, 18, "start", "Subgroup, arm vs control (n)");
        svg.bold(LEFT + plotW + 10, 18, "start", "RR (95% CI)");
        for (int i = 0; i < rows.size(); i += 2) {
            svg.rect(0, TOP + ROW * i, W, ROW, "#f6f6f6");
        }
        // the line of no effect over the rows' stripes, under the intervals
        double x1 = x(1, logLo, logHi, plotW);
        svg.line(x1, TOP - 6, x1, TOP + ROW * rows.size(), "#888", 1, "4,3");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double y = TOP + ROW * i + ROW / 2.0;
            svg.text(10, y + 4, "start", Svg.fit(r.label() + ", " + r.arm() + " (" + r.n() + ")", LEFT - 30));
            if (finite(r.rr())) {
                double min = ticks.get(0);
                double max = ticks.get(ticks.size() - 1);
                double a = x(Math.max(r.rr().lo(), min), logLo, logHi, plotW);
                double b = x(Math.min(r.rr().hi(), max), logLo, logHi, plotW);
                double m = x(Math.min(Math.max(r.rr().estimate(), min), max), logLo, logHi, plotW);
                svg.line(a, y, b, y, "#1f77b4", 2, null);
                // an interval that runs off the axis ends in an arrowhead, not in a bar that looks closed
                if (r.rr().lo() < min) {
                    svg.triangle(a - 6, y, a, y - 4, a, y + 4, "#1f77b4");
                }
                if (r.rr().hi() > max) {
                    svg.triangle(b + 6, y, b, y - 4, b, y + 4, "#1f77b4");
                }
                svg.rect(m - 4, y - 4, 8, 8, "#1f77b4");
                svg.text(LEFT + plotW + 10, y + 4, "start", String.format(Locale.ROOT, "%.2f (%.2f–%.2f)",
                        r.rr().estimate(), r.rr().lo(), r.rr().hi()));
            } else {
                svg.text(LEFT + plotW + 10, y + 4, "start", "not estimable");
            }
        }
        double axisY = TOP + ROW * rows.size() + 6;
        svg.line(LEFT, axisY, LEFT + plotW, axisY, "#555", 1, null);
        for (double v : ticks) {
            double x = x(v, logLo, logHi, plotW);
            svg.line(x, axisY, x, axisY + 4, "#555", 1, null);
            svg.text(x, axisY + 16, "middle", label(v));
        }
        svg.text(LEFT + plotW / 2.0, axisY + 32, "middle", "risk ratio of death (log scale): left favours the arm");
        return svg.end();
    }

    /**
     * The axis' ticks, first and last its ends: the 1-2-5 values around [lo, hi] when they are few
     * enough to label, else the powers of ten around it.
     */
    static List<Double> ticks(double lo, double hi) {
        List<Double> all = new ArrayList<>();
        for (int e = -2; e <= 2; e++) {
            for (double m : new double[] {1, 2, 5}) {
                all.add(m * Math.pow(10, e));
            }
        }
        int first = 0;
        while (first + 1 < all.size() && all.get(first + 1) <= lo * (1 + 1e-9)) {
            first++;
        }
        int last = all.size() - 1;
        while (last - 1 >= 0 && all.get(last - 1) >= hi * (1 - 1e-9)) {
            last--;
        }
        List<Double> ticks = new ArrayList<>(all.subList(first, last + 1));
        if (ticks.size() <= 9) {
            return ticks;
        }
        double from = Math.pow(10, Math.floor(Math.log10(lo) + 1e-9));
        double to = Math.pow(10, Math.ceil(Math.log10(hi) - 1e-9));
        List<Double> decades = new ArrayList<>();
        for (double v = from; v <= to * (1 + 1e-9); v *= 10) {
            decades.add(v);
        }
        return decades;
    }

    private static String label(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(1)).stripTrailingZeros().toPlainString();
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
