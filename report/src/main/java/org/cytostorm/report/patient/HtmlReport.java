package org.cytostorm.report.patient;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.cytostorm.report.html.Html;
import org.cytostorm.report.html.HtmlPage;
import org.cytostorm.report.html.InteractiveCharts;
import org.cytostorm.report.html.Marker;
import org.cytostorm.report.html.PanelPlan;
import org.cytostorm.report.html.TimePanel;
import org.cytostorm.report.html.TimeSeries;

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
        List<Marker> doses = doseMarkers(run);
        for (String group : ReportCharts.groups(run.columns())) {
            if (group.equals(DrugCharts.GROUP)) {
                figure(h, run, "group-" + group, "Drug concentrations", DrugCharts.concentrations(run), true, days,
                        doses, "plasma concentrations of the drugs present");
                figure(h, run, "drug-effects", "Drug effects", DrugCharts.effects(run), false, days, doses,
                        "the drugs' effects that change during the run");
                continue;
            }
            List<OutputColumn> columns = run.columns().stream().filter(c -> ReportCharts.group(c).equals(group)).toList();
            figure(h, run, "group-" + group, ReportCharts.capitalised(group), columns,
                    ReportCharts.MARKED_GROUPS.contains(group), days, doses, group);
        }
    }

    /**
     * One figure of interactive panels for some columns; columns that are zero throughout are named
     * in the caption instead of drawn, and a figure with nothing to draw is left out.
     */
    private static void figure(Html h, PatientRun run, String id, String title, List<OutputColumn> columns,
            boolean marked, boolean days, List<Marker> doses, String what) {
        List<TimeSeries> drawn = new ArrayList<>();
        List<String> zero = new ArrayList<>();
        for (OutputColumn c : columns) {
            TimeSeries s = new TimeSeries(c.name(), c.unit(), run.column(c.name()));
            if (s.peak() > 0) {
                drawn.add(s);
            } else {
                zero.add(c.name());
            }
        }
        if (drawn.isEmpty()) {
            if (!zero.isEmpty()) {
                h.raw("<p>").text(title + ": zero throughout, not drawn: " + String.join(", ", zero) + ".").raw("</p>\n");
            }
            return;
        }
        List<TimePanel> panels = PanelPlan.panels(title, drawn, marked);
        String caption = ReportCharts.capitalised(what) + ": " + drawn.stream().map(TimeSeries::name)
                .collect(Collectors.joining(", ")) + " (" + (days ? "time in days" : "time in hours")
                + (marked && !doses.isEmpty() ? "; dashed grey lines: doses" : "")
                + (zero.isEmpty() ? "" : "; zero throughout, not drawn: " + String.join(", ", zero)) + ").";
        InteractiveCharts.figure(h, id, run.timeH(), days, panels, marked ? doses : List.of(), caption);
    }

    /** One marker per moment at which doses were given, naming them. */
    private static List<Marker> doseMarkers(PatientRun run) {
        Map<Double, List<String>> at = new TreeMap<>();
        for (TreatmentEvent e : run.treatments()) {
            if (e.isDose() && e.timeH() >= 0 && e.timeH() <= run.scenario().durationH()) {
                at.computeIfAbsent(e.timeH(), t -> new ArrayList<>()).add(e.what());
            }
        }
        List<Marker> out = new ArrayList<>();
        at.forEach((t, drugs) -> out.add(new Marker(t, String.join(", ", drugs))));
        return out;
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
