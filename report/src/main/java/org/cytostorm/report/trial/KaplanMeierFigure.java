package org.cytostorm.report.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.cytostorm.cohort.analysis.ArmSummary;
import org.cytostorm.cohort.stats.SurvivalCurve;
import org.cytostorm.report.html.AxisRange;
import org.cytostorm.report.html.Html;
import org.cytostorm.report.html.InteractiveCharts;
import org.cytostorm.report.html.TimePanel;
import org.cytostorm.report.html.TimeSeries;

/**
 * Kaplan–Meier curves of the arms, days from enrolment, drawn as steps in one interactive panel
 * (zoom, the survival of each arm under the cursor), with the number at risk in a table below.
 */
final class KaplanMeierFigure {

    static final String ID = "kaplan-meier";
    static final String Y_LABEL = "survival, fraction";

    private KaplanMeierFigure() {
    }

    /** The figure and its table of the number at risk. */
    static void write(Html h, Map<String, ArmSummary> arms, double followUpDays) {
        double[] days = days(arms, followUpDays);
        double[] hours = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            hours[i] = 24 * days[i];
        }
        InteractiveCharts.figure(h, ID, hours, true, List.of(panel(arms, days)), List.of(),
                "Kaplan–Meier curves of the sampled deaths, by arm, days from enrolment.");
        atRisk(h, arms, followUpDays);
    }

    /**
     * The times the curves are shown at, days: enrolment, every arm's step within follow-up, and the
     * end of follow-up, so that each curve drops where it does and runs to the end.
     */
    static double[] days(Map<String, ArmSummary> arms, double followUpDays) {
        TreeSet<Double> all = new TreeSet<>(List.of(0.0, followUpDays));
        for (ArmSummary a : arms.values()) {
            for (SurvivalCurve.Step s : a.survival().steps()) {
                if (s.time() >= 0 && s.time() <= followUpDays) {
                    all.add(s.time());
                }
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The panel: a stepped curve per arm in its colour, on an axis from just below the lowest curve to 1. */
    static TimePanel panel(Map<String, ArmSummary> arms, double[] days) {
        Map<String, String> colours = ArmColours.of(arms.keySet());
        List<TimeSeries> curves = new ArrayList<>();
        double low = 1;
        for (ArmSummary a : arms.values()) {
            double[] s = new double[days.length];
            for (int i = 0; i < days.length; i++) {
                s[i] = survival(a.survival(), days[i]);
                low = Math.min(low, s[i]);
            }
            curves.add(new TimeSeries(a.name(), "1", s, false, colours.get(a.name()), true));
        }
        return new TimePanel("Survival by arm", Y_LABEL, false, curves, false, Optional.of(range(low)));
    }

    /**
     * The survival axis: it starts below the lowest curve, at a multiple of a round step, so that a
     * trial whose arms differ by a few percent is not drawn as lines on the top edge; and it ends a
     * little above 1, so that a curve at 1 is not cut in half by the frame.
     */
    static AxisRange range(double lowest) {
        double span = 1 - Math.max(0, Math.floor(lowest * 10 - 1) / 10);
        double tick = span <= 0.1 + 1e-9 ? 0.02 : span <= 0.3 + 1e-9 ? 0.05 : span <= 0.6 + 1e-9 ? 0.1 : 0.2;
        double min = Math.max(0, Math.floor((1 - span) / tick + 1e-9) * tick);
        return new AxisRange(min, 1 + 0.02 * (1 - min));
    }

    /** S(t): the survival of the curve's last step at or before {@code day}, 1 before the first. */
    static double survival(SurvivalCurve c, double day) {
        double s = 1;
        for (SurvivalCurve.Step st : c.steps()) {
            if (st.time() > day) {
                break;
            }
            s = st.survival();
        }
        return s;
    }

    /** The number at risk at weekly days (or a quarter of a long follow-up), a row per arm. */
    private static void atRisk(Html h, Map<String, ArmSummary> arms, double followUpDays) {
        double step = followUpDays <= 28 ? 7 : Math.ceil(followUpDays / 4 / 7) * 7;
        h.raw("<table id=\"at-risk\">\n<caption>Number at risk</caption>\n<thead><tr><th>day from enrolment</th>");
        for (double d = 0; d <= followUpDays + 1e-9; d += step) {
            h.raw("<th class=\"num\">").text(String.format(java.util.Locale.ROOT, "%.0f", d)).raw("</th>");
        }
        h.raw("</tr></thead>\n<tbody>\n");
        Map<String, String> colours = ArmColours.of(arms.keySet());
        for (ArmSummary a : arms.values()) {
            // the arm's line colour before its name, as in the chart's legend
            h.raw("<tr><td class=\"nowrap\"><span style=\"display:inline-block;width:1.5em;height:3px;")
                    .raw("vertical-align:middle;margin-right:0.4em;background:").raw(colours.get(a.name()))
                    .raw("\"></span>").text(a.name()).raw("</td>");
            for (double d = 0; d <= followUpDays + 1e-9; d += step) {
                h.raw("<td class=\"num\">").text(Long.toString(atRisk(a, d))).raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
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
