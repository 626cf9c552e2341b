package org.cytostorm.report.trial;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.cytostorm.cohort.TrialJob;
import org.cytostorm.cohort.analysis.ArmSummary;
import org.cytostorm.cohort.analysis.Comparison;
import org.cytostorm.cohort.analysis.Counterfactual;
import org.cytostorm.cohort.analysis.Flow;
import org.cytostorm.cohort.analysis.Rate;
import org.cytostorm.cohort.analysis.TrialSummary;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.report.html.ForestChart;
import org.cytostorm.report.html.Html;
import org.cytostorm.report.html.HtmlPage;
import org.cytostorm.report.html.InteractiveCharts;

/**
 * report.html of a trial, read as a trial report: what was run, the CONSORT flow, the baseline
 * table, outcomes per arm with their intervals, the comparisons, the Kaplan–Meier curves, the
 * forest plot of subgroups, and the counterfactual view (every patient under every arm).
 */
public final class TrialReport implements TrialJob.ReportWriter {

    @Override
    public void write(TrialSpec spec, TrialSummary s, Path file) throws IOException {
        AtomicFiles.writeString(file, html(spec, s));
    }

    /** The page. */
    public static String html(TrialSpec spec, TrialSummary s) {
        boolean cohort = s.overall().arms().size() == 1;
        Html h = HtmlPage.start("cytostorm " + (cohort ? "cohort " : "trial ") + s.trial(),
                (cohort ? "Virtual cohort: " : "In-silico trial: ") + s.trial());
        if (!spec.description().isEmpty()) {
            h.raw("<p class=\"description\">").text(spec.description()).raw("</p>\n");
        }
        if (!s.source().isEmpty()) {
            h.raw("<p>Design after: ").text(s.source()).raw("</p>\n");
        }
        h.raw("<p>Scenario ").text(spec.scenario().name()).raw(", seed ").text(Long.toString(s.seed()))
                .raw(", follow-up ").text(fmt(s.followUpDays(), 0)).raw(" days from enrolment.");
        if (s.overall().arms().size() > 1) {
            h.raw(" Every enrolled patient was simulated under every arm; the randomized comparison uses the arm")
                    .raw(" each was assigned, the counterfactual view uses all.");
        }
        h.raw("</p>\n");
        flow(h, s.flow());
        baseline(h, s);
        outcomes(h, s);
        h.raw("<h2>Survival</h2>\n");
        InteractiveCharts.library(h);
        KaplanMeierFigure.write(h, s.overall().arms(), s.followUpDays());
        distributions(h, s);
        if (s.overall().arms().size() > 1) {
            h.raw("<h2>Subgroups</h2>\n");
            ForestChart.renderer(h);
            ForestChart.figure(h, ForestPlotFigure.ID, ForestPlotFigure.of(s), "Risk ratio of death within follow-up,"
                    + " arm against control, with 95% intervals, overall and in each subgroup (by state at enrolment).");
            counterfactual(h, s);
        }
        return HtmlPage.end(h);
    }

    private static void flow(Html h, Flow f) {
        h.raw("<h2>Flow of patients</h2>\n<table id=\"consort\">\n<tbody>\n");
        row(h, "Drawn from the population", f.drawn());
        row(h, "Draws rejected by the plausibility filter (redrawn)", f.rejectedDraws());
        row(h, "No plausible draw", f.noPlausibleDraw());
        row(h, "Not eligible (enrolment condition never met)", f.notEligible());
        row(h, "Died before enrolment", f.diedBeforeEnrolment());
        row(h, "Background course failed", f.failed());
        row(h, "Enrolled", f.enrolled());
        for (Map.Entry<String, Long> e : f.randomized().entrySet()) {
            row(h, (f.randomized().size() > 1 ? "Randomized to " : "Analysed as ") + e.getKey(), e.getValue());
        }
        row(h, "Arm runs that failed (excluded)", f.failedArmRuns());
        h.raw("</tbody>\n</table>\n");
    }

    private static void row(Html h, String label, long n) {
        h.raw("<tr><td>").text(label).raw("</td><td class=\"num\">").text(Long.toString(n)).raw("</td></tr>\n");
    }

    private static void baseline(Html h, TrialSummary s) {
        h.raw("<h2>Baseline</h2>\n<table id=\"baseline\">\n<thead><tr><th></th>");
        s.baseline().keySet().forEach(a -> h.raw("<th>").text(a).raw("</th>"));
        h.raw("</tr></thead>\n<tbody>\n");
        h.raw("<tr><td>patients</td>");
        s.baseline().values().forEach(p -> cell(h, Long.toString(p.n())));
        h.raw("</tr>\n<tr><td>age, mean (years)</td>");
        s.baseline().values().forEach(p -> cell(h, fmt(p.meanAge(), 1)));
        h.raw("</tr>\n<tr><td>weight, mean (kg)</td>");
        s.baseline().values().forEach(p -> cell(h, fmt(p.meanWeight(), 1)));
        h.raw("</tr>\n<tr><td>female</td>");
        s.baseline().values().forEach(p -> cell(h, pct(p.female())));
        h.raw("</tr>\n");
        for (String g : s.subgroups().keySet()) {
            h.raw("<tr><td>").text(g).raw("</td>");
            s.baseline().values().forEach(p -> cell(h, pct(p.subgroups().getOrDefault(g, Double.NaN))));
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static void outcomes(Html h, TrialSummary s) {
        h.raw("<h2>Outcomes</h2>\n<table id=\"outcomes\">\n<thead><tr><th>arm</th><th>n</th><th>deaths (sampled),")
                .raw(" 95% CI</th><th>expected deaths</th>");
        if (s.tumourTrial()) {
            h.raw("<th>CRS any</th><th>CRS grade ≥ 3</th><th>ICANS any</th><th>response</th><th>CRS onset, median day</th>");
        }
        h.raw("</tr></thead>\n<tbody>\n");
        for (ArmSummary a : s.overall().arms().values()) {
            // the outcome table of a CAR-T trial has ten columns: its arm names may wrap
            h.raw("<tr><td>").text(a.name()).raw("</td>");
            cell(h, Long.toString(a.n()));
            interval(h, a.mortality());
            cell(h, fmt(a.deathsExpected(), 1));
            if (s.tumourTrial()) {
                interval(h, a.crsAny());
                interval(h, a.crsGrade3Plus());
                interval(h, a.icansAny());
                interval(h, a.response());
                cell(h, opt(a.crsOnsetMedianDay()));
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
        if (s.overall().comparisons().isEmpty()) {
            return;
        }
        h.raw("<table id=\"comparisons\">\n<thead><tr><th>arm vs control</th><th>risk ratio</th><th>risk difference</th>")
                .raw("<th>hazard ratio</th><th>log-rank p</th></tr></thead>\n<tbody>\n");
        for (Comparison c : s.overall().comparisons().values()) {
            name(h, c.arm());
            interval(h, c.riskRatio(), 2);
            interval(h, c.riskDifference(), 3);
            if (c.hazardRatio().isPresent()) {
                interval(h, c.hazardRatio().get(), 2);
            } else {
                cell(h, "not estimable");
            }
            cell(h, Double.isNaN(c.logrankP()) ? "–" : String.format(Locale.ROOT, "%.3g", c.logrankP()));
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static final Map<String, String> FIGURES = Map.of("survival", "survival probability to the end of follow-up",
            "ventilator_free_days", "ventilator-free days", "resolution_day", "day of resolution (resolved patients)",
            "crs_onset_day", "day of CRS onset (patients with CRS)", "death_day", "day of death (sampled deaths)",
            "tumour_fraction", "tumour left at the end (fraction of enrolment)");

    private static void distributions(Html h, TrialSummary s) {
        h.raw("<h2>How outcomes spread</h2>\n<table id=\"distributions\">\n<thead><tr><th>arm</th><th>figure</th>")
                .raw("<th>n</th><th>mean</th><th>5%</th><th>25%</th><th>median</th><th>75%</th><th>95%</th></tr>")
                .raw("</thead>\n<tbody>\n");
        s.distributions().forEach((arm, d) -> {
            d.figures().forEach((name, q) -> {
                if (q.n() == 0) {
                    return;
                }
                h.raw("<tr><td>").text(arm).raw("</td><td>").text(FIGURES.getOrDefault(name, name)).raw("</td>");
                cell(h, Long.toString(q.n()));
                for (double v : new double[] {q.mean(), q.p5(), q.p25(), q.median(), q.p75(), q.p95()}) {
                    cell(h, fmt(v, name.equals("survival") || name.equals("tumour_fraction") ? 3 : 1));
                }
                h.raw("</tr>\n");
            });
            h.raw("<tr><td>").text(arm).raw("</td><td>highest CRS grade 0/1/2/3/4</td><td colspan=\"7\">")
                    .text(String.join(" / ", d.maxCrs().stream().map(String::valueOf).toList())).raw("</td></tr>\n");
            h.raw("<tr><td>").text(arm).raw("</td><td>highest ICANS grade 0/1/2/3/4</td><td colspan=\"7\">")
                    .text(String.join(" / ", d.maxIcans().stream().map(String::valueOf).toList())).raw("</td></tr>\n");
        });
        h.raw("</tbody>\n</table>\n");
    }

    private static void counterfactual(Html h, TrialSummary s) {
        h.raw("<h2>Every patient under every arm</h2>\n<p>Each enrolled patient was also simulated under the arms")
                .raw(" they were not assigned, with the same fate number (common random numbers): helped means dead")
                .raw(" under the control and alive under the arm, harmed the reverse.</p>\n")
                .raw("<table id=\"counterfactual\">\n<thead><tr><th>arm</th><th>patients</th><th>helped</th><th>harmed</th>")
                .raw("<th>mean gain in survival probability</th><th>helped: mean age</th><th>harmed: mean age</th>")
                .raw("</tr></thead>\n<tbody>\n");
        for (Counterfactual c : s.counterfactual()) {
            name(h, c.arm());
            cell(h, Long.toString(c.n()));
            cell(h, pct(c.helped()));
            cell(h, pct(c.harmed()));
            cell(h, fmt(c.meanSurvivalGain(), 4));
            cell(h, fmt(c.helpedProfile().meanAge(), 1));
            cell(h, fmt(c.harmedProfile().meanAge(), 1));
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static void cell(Html h, String text) {
        h.raw("<td class=\"num\">").text(text).raw("</td>");
    }

    /** An arm's name starting a row, whole (a narrow column broke "anti-TNF" after its hyphen). */
    private static void name(Html h, String arm) {
        h.raw("<tr><td class=\"nowrap\">").text(arm).raw("</td>");
    }

    /** A percentage and its interval: a narrow column puts the interval under the estimate, whole. */
    private static void interval(Html h, Rate r) {
        if (!Double.isFinite(r.estimate())) {
            cell(h, "–");
            return;
        }
        h.raw("<td class=\"num\">").text(String.format(Locale.ROOT, "%.1f%%", 100 * r.estimate())).raw(" <span class=\"nowrap\">")
                .text(String.format(Locale.ROOT, "(%.1f–%.1f)", 100 * r.lo(), 100 * r.hi())).raw("</span></td>");
    }

    private static void interval(Html h, Optional<Rate> r) {
        if (r.isPresent()) {
            interval(h, r.get());
        } else {
            cell(h, "–");
        }
    }

    /** An estimate and its interval ("to": the limits may be negative), likewise. */
    private static void interval(Html h, Rate r, int digits) {
        if (!Double.isFinite(r.estimate())) {
            cell(h, "not estimable");
            return;
        }
        String f = "%." + digits + "f";
        h.raw("<td class=\"num\">").text(String.format(Locale.ROOT, f, r.estimate())).raw(" <span class=\"nowrap\">")
                .text(String.format(Locale.ROOT, "(" + f + " to " + f + ")", r.lo(), r.hi())).raw("</span></td>");
    }

    private static String opt(OptionalDouble v) {
        return v.isPresent() ? fmt(v.getAsDouble(), 1) : "–";
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static String fmt(double v, int digits) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
