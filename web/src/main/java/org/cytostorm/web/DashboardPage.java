package org.cytostorm.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.ProtocolLibrary;
import org.cytostorm.physiology.treat.Drug;
import org.cytostorm.physiology.treat.Drugs;
import org.cytostorm.report.html.Html;
import org.cytostorm.report.html.HtmlPage;
import org.cytostorm.report.html.InteractiveCharts;

/**
 * The dashboard page: the scenario, protocol and duration, the parameters and switches (value,
 * unit and range; source and evidence on hover), the doses, Run and Compare, the summary, the
 * charts and the equivalent command line. Everything it needs is in the page or served by the
 * same server: the chart library, the renderer, the catalogue (as JSON) and the session token.
 */
final class DashboardPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DashboardPage() {
    }

    static String html(String token) {
        Html h = HtmlPage.start("cytostorm dashboard", "cytostorm dashboard");
        InteractiveCharts.library(h);
        h.raw("<style>\n").raw(resource("dashboard.css")).raw("\n</style>\n");
        h.raw("<script type=\"application/json\" id=\"catalogue\">").raw(catalogue().replace("</", "<\\/"))
                .raw("</script>\n");
        h.raw("<meta name=\"cytostorm-token\" content=\"").text(token).raw("\">\n");
        h.raw(resource("dashboard.html"));
        h.raw("<script>\n").raw(resource("dashboard.js")).raw("\n</script>\n");
        return HtmlPage.end(h);
    }

    /** The scenarios, protocols, drugs and parameters the page offers. */
    static String catalogue() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode scenarios = root.putArray("scenarios");
        BuiltInScenarios.names().forEach(scenarios::add);
        // the timeline's length before any run: each scenario's own duration, hours
        ObjectNode durations = root.putObject("durations");
        org.cytostorm.physiology.scenario.ScenarioReader reader = org.cytostorm.physiology.scenario.ScenarioReader.standard();
        BuiltInScenarios.names().forEach(n -> durations.put(n, BuiltInScenarios.load(n, reader).durationH()));
        ArrayNode protocols = root.putArray("protocols");
        ProtocolLibrary.standard().names().forEach(protocols::add);
        ArrayNode trials = root.putArray("trials");
        org.cytostorm.cohort.trial.BuiltInTrials.names().forEach(trials::add);
        ArrayNode tissues = root.putArray("tissues");
        org.cytostorm.tissue.config.TissueConfigs.BUILT_IN.forEach(tissues::add);
        ArrayNode drugs = root.putArray("drugs");
        for (Drug d : Drugs.all()) {
            drugs.add(d.name());
        }
        ArrayNode parameters = root.putArray("parameters");
        for (ParameterEntry p : PatientModel.standard().table().entries()) {
            ObjectNode n = parameters.addObject();
            n.put("name", p.name());
            n.put("value", p.value());
            n.put("unit", p.unit());
            n.put("min", p.min());
            n.put("max", p.max());
            n.put("evidence", p.evidence());
            n.put("source", p.source());
            n.put("description", p.description());
            n.put("switch", p.name().startsWith("sw_"));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DashboardPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing on the class path: " + name + " (a build problem)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
