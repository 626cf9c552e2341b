package org.cytostorm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.ScenarioReader;
import org.cytostorm.physiology.treat.TreatOption;
import org.cytostorm.physiology.treat.Treatments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's runs over real HTTP, each checked against the simulator run directly: a run
 * streamed row by row, an uploaded scenario file, and two runs compared.
 */
class DashboardRunsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static HttpResponse<String> post(DashboardServer s, String path, String body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .header("Content-Type", "application/json").header(DashboardServer.TOKEN_HEADER, s.token())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The streamed rows are the run's hourly rows in time order, each value the one the finished
     * run reports at that time; the last line is the same result as a run that is not streamed.
     */
    @Test
    void aStreamedRunSendsEveryHourAsItIsComputedThenTheResult() throws Exception {
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir)) {
            String request = "{\"scenario\":\"car-t-axi-cel\",\"durationH\":96,\"doses\":[\"tocilizumab:8mg/kg@30h\"]}";
            HttpResponse<String> r = post(s, "/api/run/stream", request);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(RunStream.CONTENT_TYPE, r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            List<JsonNode> lines = new ArrayList<>();
            for (String line : r.body().split("\n")) {
                lines.add(JSON.readTree(line));
            }
            assertEquals("start", lines.get(0).get("type").asText());
            assertEquals("result", lines.get(lines.size() - 1).get("type").asText());
            JsonNode live = lines.get(0).get("live");
            // the live chart's time unit is the report's for a run this long
            double perHour = live.get("xLabel").asText().equals("time (days)") ? 1.0 / 24 : 1;
            assertEquals(org.cytostorm.report.patient.RunFigures.inDays(96) ? 1.0 / 24 : 1, perHour);
            assertEquals("IL6", live.get("panels").get(0).get("series").get(0).get("name").asText());

            List<Double> times = new ArrayList<>();
            List<Double> il6 = new ArrayList<>();
            for (JsonNode line : lines.subList(1, lines.size() - 1)) {
                assertEquals("rows", line.get("type").asText());
                line.get("t").forEach(t -> times.add(t.asDouble()));
                line.get("values").get(0).forEach(v -> il6.add(v.asDouble()));
            }
            assertEquals(97, times.size(), "every whole hour from 0 to 96 h");
            for (int i = 0; i < times.size(); i++) {
                assertEquals(i * perHour, times.get(i), 1e-9, "in time order");
            }
            PatientRun direct = PatientSimulator.standard().run(BuiltInScenarios.load("car-t-axi-cel").withDuration(96)
                    .withTreatments(new Treatments(TreatOption.parse("tocilizumab:8mg/kg@30h"), List.of())));
            double[] t = direct.timeH();
            double[] expected = direct.column("IL6");
            int compared = 0;
            for (int i = 0; i < t.length; i++) {
                if (Math.abs(t[i] - Math.rint(t[i])) < 1e-9) {
                    assertEquals(expected[i], il6.get((int) Math.rint(t[i])), 1e-9 * Math.max(1, expected[i]),
                            "IL-6 at " + t[i] + " h");
                    compared++;
                }
            }
            assertTrue(compared >= 20, "rows compared: " + compared);

            JsonNode result = lines.get(lines.size() - 1);
            JsonNode plain = JSON.readTree(post(s, "/api/run", request).body());
            assertEquals(plain.get("summary"), result.get("summary"), "the same result as a run not streamed");
            assertEquals(plain.get("command").asText(), result.get("command").asText());
        }
    }

    /** Bad input is answered before anything streams, with the command line's message. */
    @Test
    void aStreamWithBadInputIsRefusedBeforeItStarts() throws Exception {
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir)) {
            HttpResponse<String> r = post(s, "/api/run/stream", "{\"scenario\":\"car-t-axi-cel\",\"settings\":{\"no_such\":1}}");
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("no_such"), r.body());
        }
    }

    /** An uploaded file runs as the command line runs the same file. */
    @Test
    void anUploadedScenarioRunsAsTheCommandLineReadsTheFile() throws Exception {
        Path file = Path.of("..", "examples", "scenarios", "car-t-high-burden-rules.yaml");
        String text = Files.readString(file);
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir)) {
            ObjectNode body = JSON.createObjectNode();
            body.put("scenario", "car-t-high-burden-rules.yaml");
            body.put("upload", text);
            body.put("durationH", 120);
            HttpResponse<String> r = post(s, "/api/run", body.toString());
            assertEquals(200, r.statusCode(), r.body());
            JsonNode json = JSON.readTree(r.body());
            assertEquals("./cytostorm run car-t-high-burden-rules.yaml --duration 120h", json.get("command").asText());
            ScenarioReader reader = ScenarioReader.standard();
            PatientRun direct = PatientSimulator.of(reader.model()).run(reader.read(file).withDuration(120));
            assertEquals(direct.summary().maxCrsGrade(), json.get("summary").get("max_crs_grade").asInt());
            assertEquals(direct.summary().survivalDay28(), json.get("summary").get("survival_day28").asDouble(), 1e-12);
            assertTrue(json.get("console").asText().contains("tocilizumab"), "its own rules gave tocilizumab");
        }
    }

    /** A broken upload is named by its file, line and key; one that names another file is refused. */
    @Test
    void aBadUploadIsNamedByFileLineAndKeyAndMayNameNoOtherFile() throws Exception {
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir)) {
            Map<String, String> cases = new HashMap<>();
            cases.put("name: x\ntrigger:\n  type: car-t\n  product: no-such-product\n", "mine.yaml:4");
            cases.put("name: x\ntrigger: {type: none}\ncare:\n  protocol: ../secret.yaml\n", "cannot name a protocol file");
            cases.put("name: x\ntrigger: {type: none}\ntreatments:\n  - file: /etc/passwd\n", "cannot name a dosing file");
            for (Map.Entry<String, String> c : cases.entrySet()) {
                ObjectNode body = JSON.createObjectNode();
                body.put("scenario", "mine.yaml");
                body.put("upload", c.getKey());
                HttpResponse<String> r = post(s, "/api/run", body.toString());
                assertEquals(400, r.statusCode(), r.body());
                assertTrue(r.body().contains(c.getValue()), c.getValue() + " in " + r.body());
            }
            ObjectNode badName = JSON.createObjectNode();
            badName.put("scenario", "../../etc/x.yaml");
            badName.put("upload", "name: x\n");
            HttpResponse<String> r = post(s, "/api/run", badName.toString());
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("file name"), r.body());
        }
    }

    /**
     * Two runs compared: one panel per column with A and B overlaid, B's curve the simulator's own
     * run of B; the title says what differs; the command line repeats it.
     */
    @Test
    void twoRunsAreComparedOnePanelPerColumnBothOverlaid() throws Exception {
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir)) {
            HttpResponse<String> r = post(s, "/api/compare", "{\"a\":{\"scenario\":\"car-t-axi-cel\",\"durationH\":96},"
                    + "\"b\":{\"scenario\":\"car-t-axi-cel\",\"durationH\":96,\"doses\":[\"tocilizumab:8mg/kg@30h\"]}}");
            assertEquals(200, r.statusCode(), r.body());
            JsonNode json = JSON.readTree(r.body());
            assertEquals("./cytostorm compare car-t-axi-cel car-t-axi-cel --duration 96h --treat-b tocilizumab:8mg/kg@30h",
                    json.get("command").asText());
            assertTrue(json.get("title").asText().contains("doses none vs tocilizumab"), json.get("title").asText());
            JsonNode data = json.get("chart").get("data");
            JsonNode il6 = data.get("panels").get(0);
            assertEquals(2, il6.get("series").size(), "A and B on one panel");
            Scenario b = BuiltInScenarios.load("car-t-axi-cel").withDuration(96)
                    .withTreatments(new Treatments(TreatOption.parse("tocilizumab:8mg/kg@30h"), List.of()));
            PatientRun direct = PatientSimulator.standard().run(b);
            double peak = 0;
            for (double v : direct.column("IL6")) {
                peak = Math.max(peak, v);
            }
            assertEquals(peak, il6.get("series").get(1).get("peak").asDouble(), 1e-5 * peak, "B's IL-6 peak");
            assertEquals(1, data.get("markers").size(), "B's dose");
        }
    }

    /** A comparison takes two run slots: with three runs going it is refused with 429. */
    @Test
    void aComparisonNeedsTwoFreeRunSlots() throws Exception {
        HeldRuns held = new HeldRuns(DashboardServer.MAX_CONCURRENT_RUNS - 1);
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir, held)) {
            List<CompletableFuture<HttpResponse<String>>> going = new ArrayList<>();
            for (int i = 0; i < DashboardServer.MAX_CONCURRENT_RUNS - 1; i++) {
                going.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return post(s, "/api/run", "{\"scenario\":\"healthy\"}");
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            assertTrue(held.awaitStarted(), "three runs going");
            HttpResponse<String> compare = post(s, "/api/compare",
                    "{\"a\":{\"scenario\":\"healthy\",\"durationH\":2},\"b\":{\"scenario\":\"healthy\",\"durationH\":2}}");
            assertEquals(429, compare.statusCode(), compare.body());
            assertTrue(compare.body().contains("a comparison takes 2"), compare.body());
            held.release();
            for (CompletableFuture<HttpResponse<String>> f : going) {
                assertEquals(200, f.get(60, TimeUnit.SECONDS).statusCode());
            }
        }
    }
}
