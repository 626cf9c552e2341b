package org.cytostorm.physiology.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cytostorm.engine.io.AtomicFiles;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.Peak;
import org.cytostorm.physiology.run.RunSummary;
import org.cytostorm.physiology.scenario.Scenario;

/**
 * Writes report.html: one self-contained page (inline CSS, charts as base64 PNG, nothing fetched
 * from anywhere, so it can be mailed or archived as one file): title, scenario description, the
 * summary, and one chart per column group (see {@link ReportCharts#GROUP_ORDER}).
 */
public final class HtmlReport {

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; max-width: 960px; margin: 1.5em auto;
                   padding: 0 1em; color: #222; }
            h1 { font-size: 1.5em; margin-bottom: 0.2em; }
            h2 { font-size: 1.15em; margin-top: 1.5em; border-bottom: 1px solid #ddd; }
            table { border-collapse: collapse; margin: 0.5em 0; }
            th, td { text-align: left; padding: 0.2em 0.8em 0.2em 0; vertical-align: top; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            thead th { border-bottom: 1px solid #bbb; }
            figure { margin: 1em 0; }
            figcaption { font-size: 0.85em; color: #555; }
            img { max-width: 100%; height: auto; }
            .description { color: #444; }
            """;

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

    /** The whole page. */
    static String page(PatientRun run) throws IOException {
        Scenario scenario = run.scenario();
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>").text("cytostorm - " + scenario.name()).raw("</title>\n")
                .raw("<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n")
                .raw("<h1>").text(scenario.name()).raw("</h1>\n");
        if (scenario.description() != null && !scenario.description().isBlank()) {
            h.raw("<p class=\"description\">").text(scenario.description()).raw("</p>\n");
        }
        summary(h, run);
        charts(h, run);
        columns(h, run.columns());
        h.raw("</body>\n</html>\n");
        return h.toString();
    }

    private static void summary(Html h, PatientRun run) {
        Scenario scenario = run.scenario();
        RunSummary summary = run.summary();
        h.raw("<h2>Summary</h2>\n<table class=\"summary\">\n");
        row(h, "Trigger", Figures.trigger(scenario.trigger()));
        row(h, "Care protocol", scenario.protocol());
        row(h, "Duration", Figures.duration(scenario.durationH()));
        row(h, "Max CRS grade", Integer.toString(summary.maxCrsGrade()));
        row(h, "Max SOFA", Figures.number(summary.maxSofa()));
        row(h, "Survival at day 28", Figures.percent(summary.survivalDay28()));
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

    private static void row(Html h, String label, String value) {
        h.raw("<tr><th>").text(label).raw("</th><td>").text(value).raw("</td></tr>\n");
    }

    private static void charts(Html h, PatientRun run) throws IOException {
        h.raw("<h2>Time courses</h2>\n");
        boolean days = ReportCharts.inDays(run.scenario().durationH());
        for (String group : ReportCharts.groups(run.columns())) {
            String png = Base64.getEncoder().encodeToString(ReportCharts.png(run, group));
            String names = run.columns().stream().filter(c -> ReportCharts.group(c).equals(group))
                    .map(OutputColumn::name).collect(Collectors.joining(", "));
            h.raw("<figure id=\"group-").text(group).raw("\">\n<img src=\"data:image/png;base64,").raw(png)
                    .raw("\" width=\"").raw(Integer.toString(ReportCharts.WIDTH))
                    .raw("\" height=\"").raw(Integer.toString(ReportCharts.HEIGHT))
                    .raw("\" alt=\"").text(group + ": " + names).raw("\">\n<figcaption>")
                    .text(caption(group, names, days)).raw("</figcaption>\n</figure>\n");
        }
    }

    private static String caption(String group, String names, boolean days) {
        String axis = days ? "time in days" : "time in hours";
        String scale = group.equals("cytokines") ? "; log scale, values of zero or less not shown" : "";
        return names + " (" + axis + scale + ")";
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
