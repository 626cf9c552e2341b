package org.cytostorm.report.patient;

import java.io.IOException;
import java.util.List;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.cytostorm.report.html.Html;

/**
 * The reports' record of what was done to a patient: the timeline chart and a table of every dose
 * given and every variable a rule set (time, what, origin).
 */
final class TreatmentSection {

    static final String HEADING = "Treatments";

    /** Longer lists are folded away so that the charts stay near the summary. */
    static final int OPEN_ROWS = 20;

    private TreatmentSection() {
    }

    /** The section of a run report. */
    static void write(Html h, PatientRun run) throws IOException {
        List<TreatmentEvent> events = run.treatments();
        h.raw("<h2 id=\"treatments\">").text(HEADING).raw("</h2>\n");
        if (events.isEmpty()) {
            h.raw("<p>No drug was given and no care-protocol rule fired (care protocol ").text(run.scenario().protocol().name())
                    .raw(").</p>\n");
            return;
        }
        double endH = run.scenario().durationH();
        HtmlFigure.write(h, "timeline", TimelineChart.chart(TimelineChart.rows(events, ""), endH),
                "treatment timeline: " + TreatmentDigest.line(events),
                "one row per drug or variable set: a dot at each dose, a bar over each infusion or course ("
                        + (Charts.inDays(endH) ? "time in days" : "time in hours") + ")");
        table(h, events);
    }

    /** The table of events, folded when long. */
    static void table(Html h, List<TreatmentEvent> events) {
        h.raw(events.size() > OPEN_ROWS ? "<details>\n" : "<details open>\n").raw("<summary>").text(events.size()
                + (events.size() == 1 ? " treatment event" : " treatment events") + ": " + TreatmentDigest.line(events))
                .raw("</summary>\n<table class=\"treatments\">\n<thead><tr><th>Time</th><th>Given or set</th>")
                .raw("<th>Origin</th></tr></thead>\n<tbody>\n");
        for (TreatmentEvent e : events) {
            h.raw("<tr><td class=\"num\">").text(Figures.time(e.timeH())).raw("</td><td>").text(given(e))
                    .raw("</td><td>").text(origin(e)).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</details>\n");
    }

    /** The event's label without its origin, which has a column of its own. */
    private static String given(TreatmentEvent e) {
        return new TreatmentEvent(e.timeH(), e.what(), e.amountMg(), e.route(), e.durationH(), SCHEDULE).label();
    }

    private static String origin(TreatmentEvent e) {
        return SCHEDULE.equals(e.origin()) ? "scheduled" : "rule " + e.origin();
    }

    private static final String SCHEDULE = "schedule";
}
