package org.cytostorm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's API and its defences, over real HTTP on loopback. */
class DashboardServerTest {

    @TempDir
    Path dir;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpResponse<String> post(DashboardServer s, String body, String token, String origin)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/run"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header(DashboardServer.TOKEN_HEADER, token);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRunReturnsTheSimulatorsSummaryItsFiguresAndItsCommandLine() throws Exception {
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir)) {
            HttpResponse<String> r = post(s, "{\"scenario\":\"car-t-axi-cel\",\"durationH\":96,"
                    + "\"settings\":{\"cart_dose\":4},\"doses\":[\"tocilizumab:8mg/kg@24h\"]}", s.token(),
                    "http://127.0.0.1:" + s.port());
            assertEquals(200, r.statusCode(), r.body());
            JsonNode json = JSON.readTree(r.body());
            assertEquals("./cytostorm run car-t-axi-cel --duration 96h --set cart_dose=4 --treat tocilizumab:8mg/kg@24h",
                    json.get("command").asText());
            // the same run, straight from the simulator
            PatientRun direct = PatientSimulator.standard().run(BuiltInScenarios.load("car-t-axi-cel").withDuration(96)
                    .withSettings(java.util.Map.of("cart_dose", 4.0)).withTreatments(new org.cytostorm.physiology.treat
                            .Treatments(org.cytostorm.physiology.treat.TreatOption.parse("tocilizumab:8mg/kg@24h"),
                            List.of())));
            assertEquals(direct.summary().maxCrsGrade(), json.get("summary").get("max_crs_grade").asInt());
            assertEquals(direct.summary().survivalDay28(), json.get("summary").get("survival_day28").asDouble(), 1e-12);
            assertTrue(json.get("figures").size() >= 5, "the run's figures");
            assertTrue(json.get("console").asText().contains("tocilizumab"), "the doses given");
        }
    }

    @Test
    void badInputIsRefusedWithTheCommandLinesMessage() throws Exception {
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir)) {
            HttpResponse<String> unknown = post(s, "{\"scenario\":\"car-t-axi-cel\",\"settings\":{\"no_such\":1}}",
                    s.token(), null);
            assertEquals(400, unknown.statusCode());
            assertTrue(unknown.body().contains("settings.no_such"), unknown.body());
            HttpResponse<String> late = post(s, "{\"scenario\":\"healthy\",\"durationH\":24,"
                    + "\"doses\":[\"tocilizumab:8mg/kg@72h\"]}", s.token(), null);
            assertEquals(400, late.statusCode());
            assertTrue(late.body().contains("after the end of the run"), late.body());
            HttpResponse<String> notJson = post(s, "{", s.token(), null);
            assertEquals(400, notJson.statusCode());
            for (HttpResponse<String> r : List.of(unknown, late, notJson)) {
                assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), r.body());
            }
        }
    }

    @Test
    void aPostWithoutTheTokenOrFromAnotherOriginIsRefused() throws Exception {
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir)) {
            String body = "{\"scenario\":\"healthy\"}";
            assertEquals(403, post(s, body, null, null).statusCode());
            assertEquals(403, post(s, body, "0123", null).statusCode());
            HttpResponse<String> cross = post(s, body, s.token(), "http://evil.example");
            assertEquals(403, cross.statusCode());
            assertTrue(cross.body().contains("cross-origin"), cross.body());
        }
    }

    @Test
    void aTenMegabyteRequestIsRefused() throws Exception {
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir)) {
            String big = "{\"scenario\":\"healthy\",\"pad\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
            HttpResponse<String> r = post(s, big, s.token(), null);
            assertEquals(413, r.statusCode(), r.body());
        }
    }

    @Test
    void pathsOutsideThePageAreNotFoundAndNoFileIsServed() throws Exception {
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir)) {
            for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/../../etc/passwd",
                    "/pom.xml")) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                        + path)).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + ": " + r.statusCode());
                assertFalse(r.body().contains("root:"), path);
            }
        }
    }

    @Test
    void byDefaultItIsNotReachableOnANonLoopbackAddress() throws Exception {
        Optional<InetAddress> outside = nonLoopback();
        Assumptions.assumeTrue(outside.isPresent(), "this machine has no non-loopback IPv4 address to try");
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir)) {
            try (Socket ok = new Socket()) {
                ok.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), s.port()), 2000);
            }
            assertThrows(ConnectException.class, () -> {
                try (Socket refused = new Socket()) {
                    refused.connect(new InetSocketAddress(outside.get(), s.port()), 2000);
                }
            });
        }
    }

    /** The fifth run while four are going is refused with 429 and a message; a slot frees when a run ends. */
    @Test
    void theFifthConcurrentRunIsRefused() throws Exception {
        HeldRuns held = new HeldRuns(DashboardServer.MAX_CONCURRENT_RUNS);
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir, held)) {
            List<CompletableFuture<HttpResponse<String>>> four = new ArrayList<>();
            for (int i = 0; i < DashboardServer.MAX_CONCURRENT_RUNS; i++) {
                four.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return post(s, "{\"scenario\":\"healthy\"}", s.token(), null);
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            assertTrue(held.awaitStarted(), "four runs going");
            HttpResponse<String> fifth = post(s, "{\"scenario\":\"healthy\"}", s.token(), null);
            assertEquals(429, fifth.statusCode());
            assertTrue(fifth.body().contains("runs are already going"), fifth.body());
            held.release();
            for (CompletableFuture<HttpResponse<String>> f : four) {
                assertEquals(200, f.get(60, TimeUnit.SECONDS).statusCode());
            }
            assertEquals(200, post(s, "{\"scenario\":\"healthy\"}", s.token(), null).statusCode(), "a slot again");
        }
    }

    /** A trial runs in the background to its report, found by its number only; one at a time. */
    @Test
    void aTrialRunsToItsReportOneAtATime() throws Exception {
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir)) {
            HttpResponse<String> started = post(s, "/api/trial", "{\"trial\":\"car-t-axi-cel\",\"patients\":20,\"seed\":7}");
            assertEquals(202, started.statusCode(), started.body());
            int id = JSON.readTree(started.body()).get("id").asInt();
            HttpResponse<String> second = post(s, "/api/trial", "{\"trial\":\"car-t-axi-cel\",\"patients\":20}");
            JsonNode status = null;
            for (int i = 0; i < 600; i++) {
                status = JSON.readTree(get(s, "/api/trial/" + id).body());
                if (status.get("finished").asBoolean()) {
                    break;
                }
                Thread.sleep(200);
            }
            assertTrue(status.get("finished").asBoolean(), "finished: " + status);
            assertFalse(status.has("error"), status.toString());
            assertTrue(second.statusCode() == 429 || second.statusCode() == 202, "one at a time: " + second.body());
            assertEquals(20, status.get("total").asLong());
            assertEquals(20, status.get("done").asLong());
            HttpResponse<String> report = get(s, status.get("report").asText());
            assertEquals(200, report.statusCode());
            // the report the trial job wrote into its own folder, as served
            assertEquals(java.nio.file.Files.readString(dir.resolve("trial-" + id).resolve("report.html")), report.body());
            JsonNode summary = JSON.readTree(dir.resolve("trial-" + id).resolve("summary.json").toFile());
            assertEquals(20, summary.path("flow").path("drawn").asInt(), summary.path("flow").toString());
            for (String bad : List.of("/api/trial/99", "/api/trial/abc", "/trials/99/report.html",
                    "/trials/..%2F..%2Fetc/report.html")) {
                int code = get(s, bad).statusCode();
                assertTrue(code == 404 || code == 400, bad + ": " + code); // Jetty refuses an encoded ../ itself
            }
            assertEquals(400, post(s, "/api/trial", "{\"trial\":\"no-such\",\"patients\":20}").statusCode());
            assertEquals(400, post(s, "/api/trial", "{\"trial\":\"car-t-axi-cel\",\"patients\":0}").statusCode());
            assertEquals(400, post(s, "/api/trial", "{\"trial\":\"car-t-axi-cel\",\"patients\":3000}").statusCode());
        }
    }

    /** A small tissue run to its report and animation, whose files are served by name pattern only. */
    @Test
    void aTissueRunServesItsReportAndAnimation() throws Exception {
        try (DashboardServer s = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir)) {
            HttpResponse<String> started = post(s, "/api/tissue",
                    "{\"config\":\"lung-focal-infection\",\"side\":40,\"hours\":2}");
            assertEquals(202, started.statusCode(), started.body());
            JsonNode json = JSON.readTree(started.body());
            assertEquals("./cytostorm tissue lung-focal-infection --set grid.nx=40 --set grid.ny=40"
                    + " --set time.duration_h=2 --set time.frame_every_h=1", json.get("command").asText());
            int id = json.get("id").asInt();
            JsonNode status = null;
            for (int i = 0; i < 600; i++) {
                status = JSON.readTree(get(s, "/api/tissue/" + id).body());
                if (status.get("finished").asBoolean()) {
                    break;
                }
                Thread.sleep(200);
            }
            assertTrue(status.get("finished").asBoolean() && !status.has("error"), status.toString());
            HttpResponse<byte[]> gif = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                    + status.get("animation").asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, gif.statusCode());
            assertEquals("GIF8", new String(gif.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals(200, get(s, status.get("report").asText()).statusCode());
            assertEquals(200, get(s, "/tissue/" + id + "/frames/frame_00000.png").statusCode());
            for (String bad : List.of("/tissue/" + id + "/timeseries.csv", "/tissue/" + id + "/frames/x.png",
                    "/tissue/99/report.html")) {
                assertEquals(404, get(s, bad).statusCode(), bad);
            }
            assertEquals(400, post(s, "/api/tissue", "{\"config\":\"lung-focal-infection\",\"side\":5000,\"hours\":2}")
                    .statusCode());
            assertEquals(400, post(s, "/api/tissue", "{\"config\":\"no-such\",\"side\":40,\"hours\":2}").statusCode());
        }
    }

    private HttpResponse<String> post(DashboardServer s, String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .header(DashboardServer.TOKEN_HEADER, s.token()).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(DashboardServer s, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<InetAddress> nonLoopback() throws IOException {
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!n.isUp() || n.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(n.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }
}
