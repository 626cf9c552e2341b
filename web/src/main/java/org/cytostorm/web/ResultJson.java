package org.cytostorm.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.stream.Stream;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.report.patient.ComparedRun;
import org.cytostorm.report.patient.ComparisonReport;
import org.cytostorm.report.patient.ComparisonSummary;
import org.cytostorm.report.patient.ConsoleSummary;
import org.cytostorm.report.patient.RunFigures;
import org.cytostorm.report.patient.SummaryJson;

/** The answers to a run and to a comparison, as the page reads them (JSON). */
final class ResultJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultJson() {
    }

    /** A run: its command line, console summary, summary.json, warnings and the report's figures. */
    static ObjectNode run(RunRequest request, PatientRun run) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("command", request.commandLine());
        root.put("console", ConsoleSummary.format(run));
        root.set("summary", JSON.readTree(SummaryJson.render(run)));
        ArrayNode warnings = root.putArray("warnings");
        run.provenance().warnings().forEach(warnings::add);
        ArrayNode figures = root.putArray("figures");
        for (RunFigures.Figure f : RunFigures.of(run)) {
            ObjectNode n = figures.addObject();
            n.put("id", f.id());
            n.put("caption", f.caption());
            if (!f.panels().isEmpty()) {
                n.set("data", JSON.readTree(f.data(run)));
            }
        }
        return root;
    }

    /**
     * A comparison: its command line, its title (what differs), both summaries side by side as
     * the console prints them, warnings by side, and the overlaid chart.
     */
    static ObjectNode comparison(CompareRequest request, ComparedRun a, ComparedRun b) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("command", request.commandLine());
        root.put("title", ComparisonReport.title(a, b));
        root.put("console", ComparisonSummary.format(a, b));
        ArrayNode warnings = root.putArray("warnings");
        Stream.of(a, b).forEach(side -> side.run().provenance().warnings()
                .forEach(w -> warnings.add(side.label().substring(0, 1) + ": " + w)));
        ComparisonReport.Chart chart = ComparisonReport.chart(a, b);
        ObjectNode figure = root.putObject("chart");
        figure.put("caption", chart.caption());
        figure.set("data", JSON.readTree(chart.data()));
        return root;
    }
}
