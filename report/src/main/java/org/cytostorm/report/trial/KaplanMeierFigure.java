package org.cytostorm.report.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cytostorm.cohort.analysis.ArmSummary;
import org.cytostorm.cohort.stats.SurvivalCurve;
import org.cytostorm.report.html.Svg;

/** Kaplan–Meier curves of the arms, days from enrolment, with the number at risk below. */
final class KaplanMeierFigure {

    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};
    private static final int W = 900;
    private static final int TOP = 20;
    private static final int PLOT_H = 260;
    /** Room left of the axis for the tick labels and the vertical axis title. */
    private static final int AXIS_ROOM = 64;
    /** Half the width of a five-digit at-risk count centred on day 0, kept clear of the arm names. */
    private static final int COUNT_HALF = 22;
    /** The widest arm name drawn (legend and at-risk rows); longer names are cut with an ellipsis. */
    private static final double NAME_MAX_PX = 240;
    private static final int LEGEND_LINE = 44;
    private static final int RISK_ROW = 16;

    private KaplanMeierFigure() {
    }

    static String svg(Map<String, ArmSummary> arms, double followUpDays) {
        List<String> names = new ArrayList<>();
        double nameW = 0;
        for (String a : arms.keySet()) {
            String n = Svg.fit(a, NAME_MAX_PX);
            names.add(n);
            nameW = Math.max(nameW, Svg.width(n));
        }
        // The at-risk rows' names end left of day 0's count, and the legend right of the plot holds
        // the longest name: the plot takes what the names leave.
        int left = (int) Math.ceil(Math.max(AXIS_ROOM, nameW + COUNT_HALF + 8));
        int right = (int) Math.ceil(LEGEND_LINE + nameW + 12);
        int plotW = W - left - right;
        double riskY = TOP + PLOT_H + 52;
        int height = (int) Math.ceil(riskY + RISK_ROW * arms.size() + 10);

        // The survival axis starts below the lowest curve, at a multiple of its tick step, so that
        // a trial whose arms differ by a few percent is not drawn as two lines on the top edge.
        double low = 1;
        for (ArmSummary a : arms.values()) {
            for (SurvivalCurve.Step s : a.survival().steps()) {
                low = Math.min(low, s.survival());
            }
        }
        double span = 1 - Math.max(0, Math.floor(low * 10 - 1) / 10);
        double tick = span <= 0.1 + 1e-9 ? 0.02 : span <= 0.3 + 1e-9 ? 0.05 : span <= 0.6 + 1e-9 ? 0.1 : 0.2;
        double yMin = Math.max(0, Math.floor((1 - span) / tick + 1e-9) * tick);
        int ticks = (int) Math.round((1 - yMin) / tick);

        Svg svg = new Svg("kaplan-meier", W, height, "Kaplan-Meier survival by arm");
        for (int k = 0; k <= ticks; k++) {
            double v = yMin + k * tick;
            double y = y(v, yMin);
            svg.line(left, y, left + plotW, y, "#e5e5e5", 1, null);
            svg.text(left - 6, y + 4, "end", String.format(Locale.ROOT, "%.2f", v));
        }
        double step = followUpDays <= 28 ? 7 : Math.ceil(followUpDays / 4 / 7) * 7;
        for (double d = 0; d <= followUpDays + 1e-9; d += step) {
            double x = left + plotW * d / followUpDays;
            svg.line(x, TOP + PLOT_H, x, TOP + PLOT_H + 4, "#555", 1, null);
            svg.text(x, TOP + PLOT_H + 16, "middle", String.format(Locale.ROOT, "%.0f", d));
        }
        svg.line(left, TOP + PLOT_H, left + plotW, TOP + PLOT_H, "#555", 1, null);
        svg.line(left, TOP, left, TOP + PLOT_H, "#555", 1, null);
        svg.text(left + plotW / 2.0, TOP + PLOT_H + 32, "middle", "days from enrolment");
        svg.vertical(left - 46, TOP + PLOT_H / 2.0, "survival");
        svg.bold(left - COUNT_HALF, riskY, "end", "at risk");
        int i = 0;
        for (ArmSummary arm : arms.values()) {
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder d = new StringBuilder(String.format(Locale.ROOT, "M%.1f,%.1f", (double) left, (double) TOP));
            for (SurvivalCurve.Step st : arm.survival().steps()) {
                double x = left + plotW * Math.min(st.time(), followUpDays) / followUpDays;
                d.append(String.format(Locale.ROOT, " H%.1f V%.1f", x, y(st.survival(), yMin)));
            }
            d.append(String.format(Locale.ROOT, " H%.1f", (double) left + plotW));
            svg.path(d.toString(), colour, 2);
            double ly = TOP + 14 + 18 * i;
            svg.line(left + plotW + 12, ly - 4, left + plotW + 36, ly - 4, colour, 3, null);
            svg.text(left + plotW + LEGEND_LINE, ly, "start", names.get(i));
            double ry = riskY + RISK_ROW * (i + 1);
            svg.text(left - COUNT_HALF, ry, "end", names.get(i));
            for (double day = 0; day <= followUpDays + 1e-9; day += step) {
                svg.text(left + plotW * day / followUpDays, ry, "middle", Long.toString(atRisk(arm, day)));
            }
            i++;
        }
        return svg.end();
    }

    private static double y(double survival, double yMin) {
        return TOP + PLOT_H * (1 - (survival - yMin) / (1 - yMin));
    }

    /** Patients still followed at {@code day}: those whose time (event or censoring) is at or after it. */
    static long atRisk(ArmSummary a, double day) {
        long gone = 0;
        for (SurvivalCurve.Step s : a.survival().steps()) {
            if (s.time() < day - 1e-9) {
                gone += s.events() + s.censored();
            }
        }
        return a.survival().observations() - gone;
    }
}
