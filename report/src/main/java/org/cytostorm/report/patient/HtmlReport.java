package org.cytostorm.report.patient;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.Peak;
import org.cytostorm.physiology.run.RunSummary;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.report.html.Html;
import org.cytostorm.report.html.HtmlPage;
import org.cytostorm.report.html.InteractiveCharts;

/**
 * Writes report.html: one self-contained page (inline CSS and scripts, nothing fetched from
 * anywhere, so it can be mailed or archived as one file): title, scenario description, the
 * summary, the treatments given (timeline and list), and one interactive figure per column group
 * (see {@link ReportCharts#GROUP_ORDER}; drugs as concentrations and effects, see
 * {@link DrugCharts}), its curves laid out in panels by unit and scale ({@link PanelPlan}).
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /**
     * Writes the report atomically. Charts are drawn before the file is opened, so a failure
     * anywhere leaves no file behind (or the previous one untouched).
     *
     * @throws IllegalArgumentException if a value is NaN or infinite or the run is malformed
     */
    public static void write(PatientRun run, Path file) throws IOException {
        RunChecks.requireWritable(run);
        AtomicFiles.writeString(file, page(run));
    }

    /**
     * The whole page as text, to serve or stream (a web page, a notebook).
     *
     * @throws IllegalArgumentException if a value is NaN or infinite or the run is malformed
     */
    public static String render(PatientRun run) throws IOException {
        RunChecks.requireWritable(run);
        return page(run);
    }

    /** The whole page. */
    static String page(PatientRun run) throws IOException {
        Scenario scenario = run.scenario();
        Html h = HtmlPage.start("cytostorm - " + scenario.name(), scenario.name());
        if (scenario.description() != null && !scenario.description().isBlank()) {
            h.raw("<p class=\"description\">").text(scenario.description()).raw("</p>\n");
        }
        warnings(h, run);
        summary(h, run);
        inputs(h, run);
        TreatmentSection.write(h, run);
        charts(h, run);
        columns(h, run.columns());
        return HtmlPage.end(h);
    }

    private static void summary(Html h, PatientRun run) {
        Scenario scenario = run.scenario();
        RunSummary summary = run.summary();
        h.raw("<h2>Summary</h2>\n<table class=\"summary\">\n");
        row(h, "Trigger", Inputs.trigger(run));
        row(h, "Care protocol", Inputs.protocol(scenario.protocol()));
        row(h, "Duration", Figures.duration(scenario.durationH()));
        row(h, "Max CRS grade", Integer.toString(summary.maxCrsGrade()));
        row(h, "Max SOFA", Figures.number(summary.maxSofa()));
        row(h, Figures.survivalLabel(scenario.durationH()), Figures.percent(summary.survivalDay28()));
        CourseFigures.rows(summary).forEach(r -> row(h, r.label(), r.value()));
        run.sampled().ifPresent(fate -> row(h, "Sampled outcome", "seed " + fate.seed() + ", patient "
                + fate.patient() + ": " + fate.describe()));
        row(h, "Treatments", TreatmentDigest.line(run.treatments()));
        row(h, "Organ support", summary.supportUsed().isEmpty() ? "none" : String.join("; ", summary.supportUsed()));
        h.raw("</table>\n");

        Map<String, Peak> peaks = SummaryOrder.peaks(run);
        if (!peaks.isEmpty()) {
            h.raw("<h3>Cytokine peaks</h3>\n<table>\n<thead><tr><th>Cytokine</th><th>Peak</th><th>Time</th>")
                    .raw("</tr></thead>\n<tbody>\n");
            peaks.forEach((name, peak) -> h.raw("<tr><td>").text(name).raw("</td><td class=\"num\">")
                    .text(Figures.withUnit(peak.value(), SummaryOrder.unit(run, name))).raw("</td><td>")
                    .text(Figures.time(peak.timeH())).raw("</td></tr>\n"));
            h.raw("</tbody>\n</table>\n");
        }
        if (!summary.extra().isEmpty()) {
            h.raw("<h3>Other figures</h3>\n<table>\n");
            new TreeMap<>(summary.extra()).forEach((name, value) -> h.raw("<tr><th>").text(name)
                    .raw("</th><td class=\"num\">").text(Figures.number(value)).raw("</td></tr>\n"));
            h.raw("</table>\n");
        }
    }

    /** Warnings first: a reader must not miss that an input lay outside its plausible range. */
    private static void warnings(Html h, PatientRun run) {
        if (run.provenance().warnings().isEmpty()) {
            return;
        }
        h.raw("<div class=\"warning\"><strong>Warnings about the inputs</strong>\n<ul>\n");
        run.provenance().warnings().forEach(w -> h.raw("<li>").text(w).raw("</li>\n"));
        h.raw("</ul>\n</div>\n");
    }

    /** What produced the run, so it can be traced and repeated. */
    private static void inputs(Html h, PatientRun run) {
        Scenario scenario = run.scenario();
        h.raw("<h3>Inputs</h3>\n<table class=\"inputs\">\n");
        row(h, "cytostorm", Inputs.build(run));
        row(h, "Scenario", Inputs.scenario(scenario));
        row(h, "Settings (--set)", Inputs.settings(run).isEmpty() ? "none" : String.join("; ", Inputs.settings(run)));
        List<String> scheduled = Inputs.scheduled(scenario);
        row(h, "Doses scheduled", scheduled.isEmpty() ? "none" : String.join("; ", scheduled));
        run.provenance().seed().ifPresent(seed -> row(h, "Seed", Long.toString(seed)));
        row(h, "Solver", run.status().code().name() + ", " + run.statistics().steps() + " steps ("
                + run.status().methods().stream().map(Enum::name).collect(Collectors.joining(" then ")) + ")");
        h.raw("</table>\n");
    }

    private static void row(Html h, String label, String value) {
        h.raw("<tr><th>").text(label).raw("</th><td>").text(value).raw("</td></tr>\n");
    }

    private static void charts(Html h, PatientRun run) {
        h.raw("<h2>Time courses</h2>\n");
        InteractiveCharts.library(h);
        boolean days = ReportCharts.inDays(run.scenario().durationH());
        for (RunFigures.Figure f : RunFigures.of(run)) {
            if (f.panels().isEmpty()) {
                h.raw("<p>").text(f.caption()).raw("</p>\n");
            } else {
                InteractiveCharts.figure(h, f.id(), run.timeH(), days, f.panels(), f.markers(), f.caption());
            }
        }
    }

    /** The column list, folded away: for the reader who wants to know what a curve is. */
    private static void columns(Html h, List<OutputColumn> columns) {
        h.raw("<details>\n<summary>Columns of timeseries.csv</summary>\n<table>\n")
                .raw("<thead><tr><th>Name</th><th>Unit</th><th>Group</th><th>Description</th></tr></thead>\n")
                .raw("<tbody>\n");
        for (OutputColumn c : columns) {
            h.raw("<tr><td>").text(c.name()).raw("</td><td>").text(c.unit()).raw("</td><td>")
                    .text(ReportCharts.group(c)).raw("</td><td>").text(c.description()).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</details>\n");
    }
}
