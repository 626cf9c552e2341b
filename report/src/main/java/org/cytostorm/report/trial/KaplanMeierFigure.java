package org.cytostorm.report.trial;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cytostorm.cohort.analysis.ArmSummary;
import org.cytostorm.cohort.stats.SurvivalCurve;

/** Kaplan–Meier curves of the arms, days from enrolment, with the number at risk below. */
final class KaplanMeierFigure {

    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};
    private static final int W = 900;
    private static final int H = 380;
    private static final int LEFT = 200;
    private static final int RIGHT = 220;
    private static final int TOP = 20;
    private static final int PLOT_H = 260;

    private KaplanMeierFigure() {
    }

    static String svg(Map<String, ArmSummary> arms, double followUpDays) {
        int plotW = W - LEFT - RIGHT;
        // The survival axis starts at the lowest curve's floor rounded down to a tenth, so that a
        // trial whose arms differ by a few percent is not drawn as two lines on the top edge.
        double low = 1;
        for (ArmSummary a : arms.values()) {
            for (SurvivalCurve.Step s : a.survival().steps()) {
                low = Math.min(low, s.survival());
            }
        }
        double yMin = Math.max(0, Math.floor(low * 10 - 1) / 10);
        Svg svg = new Svg("kaplan-meier", W, H, "Kaplan-Meier survival by arm");
        for (int k = 0; k <= 5; k++) {
            double v = yMin + (1 - yMin) * k / 5;
            double y = TOP + PLOT_H * (1 - (v - yMin) / (1 - yMin));
            svg.line(LEFT, y, LEFT + plotW, y, "#e5e5e5", 1, null);
            svg.text(LEFT - 6, y + 4, "end", String.format(Locale.ROOT, "%.2f", v));
        }
        double step = followUpDays <= 28 ? 7 : Math.ceil(followUpDays / 4 / 7) * 7;
        for (double d = 0; d <= followUpDays + 1e-9; d += step) {
            double x = LEFT + plotW * d / followUpDays;
            svg.line(x, TOP + PLOT_H, x, TOP + PLOT_H + 4, "#555", 1, null);
            svg.text(x, TOP + PLOT_H + 16, "middle", String.format(Locale.ROOT, "%.0f", d));
        }
        svg.line(LEFT, TOP + PLOT_H, LEFT + plotW, TOP + PLOT_H, "#555", 1, null);
        svg.line(LEFT, TOP, LEFT, TOP + PLOT_H, "#555", 1, null);
        svg.text(LEFT + plotW / 2.0, TOP + PLOT_H + 32, "middle", "days from enrolment");
        svg.text(LEFT - 44, TOP + PLOT_H / 2.0, "end", "survival");
        int i = 0;
        double riskY = TOP + PLOT_H + 52;
        svg.bold(LEFT - 24, riskY, "end", "at risk");
        for (Map.Entry<String, ArmSummary> e : arms.entrySet()) {
            String colour = COLOURS[i % COLOURS.length];
            List<SurvivalCurve.Step> steps = e.getValue().survival().steps();
            StringBuilder d = new StringBuilder(String.format(Locale.ROOT, "M%.1f,%.1f", (double) LEFT, (double) TOP));
            double s = 1;
            for (SurvivalCurve.Step st : steps) {
                double x = LEFT + plotW * Math.min(st.time(), followUpDays) / followUpDays;
                d.append(String.format(Locale.ROOT, " H%.1f", x));
                s = st.survival();
                d.append(String.format(Locale.ROOT, " V%.1f", TOP + PLOT_H * (1 - (s - yMin) / (1 - yMin))));
            }
            d.append(String.format(Locale.ROOT, " H%.1f", (double) LEFT + plotW));
            svg.path(d.toString(), colour, 2);
            double ly = TOP + 14 + 18 * i;
            svg.line(LEFT + plotW + 12, ly - 4, LEFT + plotW + 32, ly - 4, colour, 3, null);
            svg.text(LEFT + plotW + 38, ly, "start", e.getKey());
            double ry = riskY + 16 * (i + 1);
            svg.text(LEFT - 24, ry, "end", e.getKey());
            for (double day = 0; day <= followUpDays + 1e-9; day += step) {
                svg.text(LEFT + plotW * day / followUpDays, ry, "middle", Long.toString(atRisk(e.getValue(), day)));
            }
            i++;
        }
        return svg.end();
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
