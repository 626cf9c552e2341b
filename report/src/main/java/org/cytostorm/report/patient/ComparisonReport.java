package org.cytostorm.report.patient;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.cytostorm.report.html.Html;
import org.cytostorm.report.html.HtmlPage;
import org.cytostorm.report.html.InteractiveCharts;
import org.cytostorm.report.html.Marker;
import org.cytostorm.report.html.TimePanel;

/**
 * Writes the comparison page of two runs (report.html of {@code cytostorm compare}): self-contained
 * like the run report. It names both runs, sets their key figures side by side, shows what each
 * patient was given (one timeline for both, and each patient's list), and overlays both patients
 * on one interactive panel per key column (see {@link ComparisonCharts}). It links to each run's own report,
 * {@code A/report.html} and {@code B/report.html}, where {@link ComparisonOutputs} writes them.
 */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    /**
     * Writes the page atomically; charts are drawn before the file is opened.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite, a run is malformed, or the two
     *                                  labels are the same (the charts' legends would not tell them apart)
     */
    public static void write(ComparedRun a, ComparedRun b, Path file) throws IOException {
        requireWritable(a, b);
        AtomicFiles.writeString(file, page(a, b));
    }

    /** Both runs writable, and told apart by their labels (the charts' legends need it). */
    static void requireWritable(ComparedRun a, ComparedRun b) {
        RunChecks.requireWritable(a.run());
        RunChecks.requireWritable(b.run());
        if (a.label().equals(b.label())) {
            throw new IllegalArgumentException("the two runs of a comparison need different labels, not both '"
                    + a.label() + "'");
        }
    }

    /** The comparison page as text, to serve or stream. */
    public static String render(ComparedRun a, ComparedRun b) throws IOException {
        requireWritable(a, b);
        return page(a, b);
    }

    static String page(ComparedRun a, ComparedRun b) throws IOException {
        String title = title(a, b);
        Html h = HtmlPage.start("cytostorm - compare " + title, "Comparison: " + title);
        h.raw("<ul class=\"runs\">\n");
        side(h, a, ComparisonOutputs.A_DIR);
        side(h, b, ComparisonOutputs.B_DIR);
        h.raw("</ul>\n");
        figures(h, a, b);
        treatments(h, a, b);
        charts(h, a, b);
        return HtmlPage.end(h);
    }

    private static void side(Html h, ComparedRun run, String dir) {
        h.raw("<li><strong>").text(run.label()).raw("</strong>");
        String description = run.run().scenario().description();
        if (description != null && !description.isBlank()) {
            h.raw(" <span class=\"description\">").text(description).raw("</span>");
        }
        h.raw(" (<a href=\"").text(dir + "/" + RunOutputs.REPORT_HTML).raw("\">its report</a>)</li>\n");
    }

    private static void figures(Html h, ComparedRun a, ComparedRun b) {
        h.raw("<h2>Key figures</h2>\n");
        table(h, a, b, ComparisonFigures.key(a.run(), b.run()));
        List<ComparisonFigures.Row> other = ComparisonFigures.other(a.run(), b.run());
        if (!other.isEmpty()) {
            h.raw("<h3>Other figures</h3>\n");
            table(h, a, b, other);
        }
    }

    private static void table(Html h, ComparedRun a, ComparedRun b, List<ComparisonFigures.Row> rows) {
        h.raw("<table class=\"comparison\">\n<thead><tr><th></th><th>").text(a.label()).raw("</th><th>")
                .text(b.label()).raw("</th></tr></thead>\n<tbody>\n");
        for (ComparisonFigures.Row row : rows) {
            h.raw("<tr><th>").text(row.name()).raw("</th><td>").text(row.a()).raw("</td><td>").text(row.b())
                    .raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static void treatments(Html h, ComparedRun a, ComparedRun b) throws IOException {
        h.raw("<h2 id=\"treatments\">").text(TreatmentSection.HEADING).raw("</h2>\n");
        List<TimelineChart.Row> rows = new ArrayList<>(TimelineChart.rows(a.run().treatments(), "A: "));
        rows.addAll(TimelineChart.rows(b.run().treatments(), "B: "));
        double endH = Math.max(a.run().scenario().durationH(), b.run().scenario().durationH());
        if (!rows.isEmpty()) {
            HtmlFigure.write(h, "timeline", TimelineChart.chart(rows, endH), "treatment timelines of A and B",
                    "one row per drug or variable set in each run: a dot at each dose, a bar over each infusion or"
                            + " course (" + (Charts.inDays(endH) ? "time in days" : "time in hours") + ")");
        }
        for (ComparedRun side : List.of(a, b)) {
            h.raw("<h3>").text(side.label()).raw("</h3>\n");
            PatientRun run = side.run();
            if (run.treatments().isEmpty()) {
                h.raw("<p>No drug was given and no care-protocol rule fired.</p>\n");
            } else {
                TreatmentSection.table(h, run.treatments());
            }
        }
    }

    private static void charts(Html h, ComparedRun a, ComparedRun b) {
        Chart c = chart(a, b);
        h.raw("<h2>Time courses</h2>\n");
        InteractiveCharts.library(h);
        InteractiveCharts.figure(h, "compared-columns", c.times(), c.days(), c.panels(), c.doses(), c.caption());
    }

    /**
     * The comparison's chart: both patients overlaid on one panel per column, their doses as
     * markers (the dashboard draws it as the report does).
     *
     * @param times   the union of both runs' times, hours
     * @param days    time shown in days
     * @param caption what it shows, in a sentence
     */
    public record Chart(double[] times, boolean days, List<TimePanel> panels, List<Marker> doses, String caption) {

        /** The chart as the renderer reads it (JSON). */
        public String data() {
            return InteractiveCharts.data(times, days, panels, doses);
        }
    }

    /** The comparison's chart of {@code a} and {@code b}. */
    public static Chart chart(ComparedRun a, ComparedRun b) {
        boolean days = Charts.inDays(Math.max(a.run().scenario().durationH(), b.run().scenario().durationH()));
        double[] times = ComparisonCharts.times(a.run(), b.run());
        List<TimePanel> panels = new ArrayList<>();
        for (OutputColumn column : ComparisonCharts.columns(a.run(), b.run())) {
            panels.addAll(ComparisonCharts.panels(a, b, column, times));
        }
        List<Marker> doses = new ArrayList<>();
        for (ComparedRun side : List.of(a, b)) {
            String letter = side == a ? "A: " : "B: ";
            side.run().treatments().stream().filter(TreatmentEvent::isDose)
                    .forEach(e -> doses.add(new Marker(e.timeH(), letter + e.what())));
        }
        String caption = a.label() + " solid, " + b.label() + " dashed; the key clinical columns, then the drugs and"
                + " organ support either patient had (" + (days ? "time in days" : "time in hours")
                + (doses.isEmpty() ? "" : "; dashed grey lines: doses") + ").";
        return new Chart(times, days, panels, doses, caption);
    }

    /**
     * The page's title: what the two runs are and how they differ (the protocol, the doses, the
     * settings, the trigger), not the scenario's name twice.
     */
    public static String title(ComparedRun a, ComparedRun b) {
        Scenario sa = a.run().scenario();
        Scenario sb = b.run().scenario();
        String names = sa.name().equals(sb.name()) ? sa.name() : sa.name() + " vs " + sb.name();
        List<String> differ = new ArrayList<>();
        differ(differ, "trigger", Inputs.trigger(a.run()), Inputs.trigger(b.run()));
        differ(differ, "protocol", sa.protocol().name(), sb.protocol().name());
        differ(differ, "doses", String.join(", ", Inputs.scheduled(sa)), String.join(", ", Inputs.scheduled(sb)));
        differ(differ, "settings", String.join(", ", Inputs.settings(a.run())), String.join(", ", Inputs.settings(b.run())));
        differ(differ, "duration", Figures.number(sa.durationH()) + " h", Figures.number(sb.durationH()) + " h");
        return differ.isEmpty() ? names + " (the same inputs)" : names + ": " + String.join("; ", differ);
    }

    private static void differ(List<String> out, String what, String a, String b) {
        if (!a.equals(b)) {
            out.add(what + " " + (a.isEmpty() ? "none" : a) + " vs " + (b.isEmpty() ? "none" : b));
        }
    }
}
