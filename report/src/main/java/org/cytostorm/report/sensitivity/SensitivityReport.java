package org.cytostorm.report.sensitivity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.report.html.Html;
import org.cytostorm.report.html.HtmlPage;
import org.cytostorm.sensitivity.Factor;
import org.cytostorm.sensitivity.estimate.MorrisEffect;
import org.cytostorm.sensitivity.estimate.SobolIndex;
import org.cytostorm.sensitivity.run.SensitivityJob;
import org.cytostorm.sensitivity.run.SensitivityResult;

/**
 * report.html of a sensitivity analysis: what was varied and read, then per readout a ranked bar
 * chart of the most influential parameters and a table with their indices and, for parameters of
 * the patient model, the evidence behind each value (grade and source of the parameter table), so
 * that an influential parameter on weak evidence stands out.
 */
public final class SensitivityReport implements SensitivityJob.ReportWriter {

    /** Parameters drawn per readout. */
    static final int SHOWN = 20;

    private final Optional<ParameterTable> table;

    /** @param table the patient model's table, for the evidence column; empty for a model file */
    public SensitivityReport(Optional<ParameterTable> table) {
        this.table = table;
    }

    @Override
    public void write(SensitivityResult result, Path file) throws IOException {
        AtomicFiles.writeString(file, html(result));
    }

    /** The page. */
    public String html(SensitivityResult r) {
        String method = r.isSobol() ? "Sobol" : "Morris";
        Html h = HtmlPage.start("cytostorm sensitivity " + r.subject(), method + " sensitivity: " + r.subject());
        h.raw("<p>").text(describe(r)).raw("</p>\n");
        if (r.failed() > 0) {
            h.raw("<div class=\"warning\"><p>").text(r.failed() + " of " + r.evaluations()
                    + " evaluations failed and are left out (their base samples or moves):").raw("</p>\n<ul>\n");
            for (String f : r.failures()) {
                h.raw("<li>").text(f).raw("</li>\n");
            }
            h.raw("</ul></div>\n");
        }
        int n = 0;
        for (String output : r.outputs()) {
            h.raw("<h2>").text(output).raw("</h2>\n");
            List<RankedBarsFigure.Bar> bars = new ArrayList<>();
            if (r.isSobol()) {
                for (SobolIndex s : r.sobol(output).stream().limit(SHOWN).toList()) {
                    bars.add(new RankedBarsFigure.Bar(s.parameter(), s.total().estimate(), s.total().lo(),
                            s.total().hi(), s.first().estimate(), s.first().lo(), s.first().hi()));
                }
            } else {
                for (MorrisEffect m : r.morris(output).stream().limit(SHOWN).toList()) {
                    bars.add(new RankedBarsFigure.Bar(m.parameter(), m.muStar().estimate(), m.muStar().lo(),
                            m.muStar().hi(), m.sigma(), Double.NaN, Double.NaN));
                }
            }
            String caption = "The " + Math.min(SHOWN, r.factors().size()) + " most influential of "
                    + r.factors().size() + " parameters on " + output + ", ranked by "
                    + (r.isSobol() ? "total index" : "μ*");
            h.raw("<figure>\n").raw(RankedBarsFigure.svg("bars-" + n++, caption, bars, r.isSobol()))
                    .raw("<figcaption>").text(caption + ".").raw("</figcaption>\n</figure>\n");
            table(h, r, output);
        }
        h.raw("<h2>Parameters varied</h2>\n<table>\n<thead><tr><th>Parameter</th><th>Distribution</th>")
                .raw("<th class=\"num\">2.5%</th><th class=\"num\">50%</th><th class=\"num\">97.5%</th></tr></thead>\n<tbody>\n");
        for (Factor f : r.factors()) {
            h.raw("<tr><td>").text(f.name()).raw("</td><td>").text(f.distribution().text()).raw("</td>");
            for (double q : new double[] {0.025, 0.5, 0.975}) {
                h.raw("<td class=\"num\">").text(fmt(f.value(q))).raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
        return HtmlPage.end(h);
    }

    private static String describe(SensitivityResult r) {
        String design = r.isSobol()
                ? String.format(Locale.ROOT, "Saltelli's design on a Sobol sequence: %d base samples, %d evaluations"
                        + " (N(k + 2)); first-order indices by Saltelli 2010, total by Jansen 1999", r.samples(),
                        r.evaluations())
                : String.format(Locale.ROOT, "Morris design: %d trajectories, %d evaluations (r(k + 1)); μ* after"
                        + " Campolongo 2007", r.samples(), r.evaluations());
        return String.format(Locale.ROOT, "%s. %d parameters varied; readouts %s. Intervals: 95%% bootstrap"
                + " percentiles of %d resamples, seed %d.", design, r.factors().size(), String.join(", ", r.outputs()),
                r.bootstrap(), r.seed());
    }

    private void table(Html h, SensitivityResult r, String output) {
        h.raw("<details><summary>Table: the ").text(Integer.toString(Math.min(SHOWN, r.factors().size())))
                .raw(" most influential</summary>\n<table>\n<thead><tr><th>Parameter</th>");
        if (r.isSobol()) {
            h.raw("<th class=\"num\">S1 (95% CI)</th><th class=\"num\">ST (95% CI)</th>");
        } else {
            h.raw("<th class=\"num\">μ* (95% CI)</th><th class=\"num\">μ</th><th class=\"num\">σ</th>");
        }
        if (table.isPresent()) {
            h.raw("<th>Evidence</th><th>Source</th>");
        }
        h.raw("</tr></thead>\n<tbody>\n");
        List<String> names = new ArrayList<>();
        if (r.isSobol()) {
            for (SobolIndex s : r.sobol(output).stream().limit(SHOWN).toList()) {
                h.raw("<tr><td>").text(s.parameter()).raw("</td><td class=\"num nowrap\">")
                        .text(ci(s.first().estimate(), s.first().lo(), s.first().hi())).raw("</td><td class=\"num nowrap\">")
                        .text(ci(s.total().estimate(), s.total().lo(), s.total().hi())).raw("</td>");
                evidence(h, s.parameter());
                names.add(s.parameter());
            }
        } else {
            for (MorrisEffect m : r.morris(output).stream().limit(SHOWN).toList()) {
                h.raw("<tr><td>").text(m.parameter()).raw("</td><td class=\"num nowrap\">")
                        .text(ci(m.muStar().estimate(), m.muStar().lo(), m.muStar().hi())).raw("</td><td class=\"num\">")
                        .text(fmt(m.mu())).raw("</td><td class=\"num\">").text(fmt(m.sigma())).raw("</td>");
                evidence(h, m.parameter());
                names.add(m.parameter());
            }
        }
        h.raw("</tbody>\n</table>\n</details>\n");
    }

    private void evidence(Html h, String parameter) {
        if (table.isPresent()) {
            Optional<ParameterEntry> e = table.get().find(parameter);
            h.raw("<td>").text(e.map(ParameterEntry::evidence).orElse("")).raw("</td><td>")
                    .text(e.map(ParameterEntry::source).orElse("")).raw("</td>");
        }
        h.raw("</tr>\n");
    }

    private static String ci(double v, double lo, double hi) {
        return fmt(v) + " (" + fmt(lo) + " to " + fmt(hi) + ")";
    }

    private static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        double a = Math.abs(v);
        return a != 0 && (a >= 1e5 || a < 1e-3) ? String.format(Locale.ROOT, "%.3g", v)
                : String.format(Locale.ROOT, "%.3f", v);
    }
}
