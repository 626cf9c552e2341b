package org.cytostorm.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.cytostorm.common.input.InputException;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.report.patient.ComparedRun;

/**
 * The dashboard's HTTP server (Javalin on Jetty): the page at {@code /} and {@code POST /api/run}.
 *
 * <p>{@code POST /api/trial} starts a built-in trial in the background (one at a time), {@code GET
 * /api/trial/{id}} reads its progress and {@code GET /trials/{id}/report.html} serves its report
 * from the trial's own folder under the server's output folder.
 *
 * <p>Safe on a shared machine by default: it listens on loopback unless a host is given; every
 * {@code POST} needs the session token the page carries (a header other sites' pages cannot set
 * without a CORS preflight this server never answers) and, when the browser sends one, this
 * server's own origin; request bodies are limited to {@value #MAX_REQUEST_BYTES} bytes; at most
 * {@value #MAX_CONCURRENT_RUNS} runs at once, a further one refused with 429; no route reads or
 * writes a file a request names (a trial's files are found by its number). Bad input is answered
 * 400 with the command line's message, a failed simulation 422 naming the variable and the time;
 * no stack trace is sent.
 */
public final class DashboardServer implements AutoCloseable {

    /** The default host: loopback only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The largest request body. */
    public static final int MAX_REQUEST_BYTES = 64 * 1024;
    /** Runs at once; more are refused until one ends. */
    public static final int MAX_CONCURRENT_RUNS = 4;
    /** The header that carries the session token. */
    public static final String TOKEN_HEADER = "X-Cytostorm-Token";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String token;
    private final Semaphore runs = new Semaphore(MAX_CONCURRENT_RUNS);
    private final Function<RunRequest, PatientRun> runner;
    private final RunService service;
    private final TrialJobs trials;
    private final TissueJobs tissues;
    private final Javalin app;
    private final String page;

    private DashboardServer(String host, int port, Path outputs, Function<RunRequest, PatientRun> runner) {
        this.runner = runner;
        this.service = new RunService();
        this.trials = new TrialJobs(outputs);
        this.tissues = new TissueJobs(outputs);
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        this.token = HexFormat.of().formatHex(bytes);
        this.page = DashboardPage.html(token);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
        });
        app.before("/api/*", this::guard);
        app.get("/", ctx -> ctx.html(page));
        app.post("/api/run", this::run);
        app.post("/api/run/stream", this::stream);
        app.post("/api/compare", this::compare);
        app.post("/api/trial", this::startTrial);
        app.get("/api/trial/{id}", this::trialStatus);
        app.get("/trials/{id}/report.html", this::trialReport);
        app.post("/api/tissue", this::startTissue);
        app.get("/api/tissue/{id}", this::tissueStatus);
        app.get("/tissue/{id}/{file}", ctx -> tissueFile(ctx, ctx.pathParam("file")));
        app.get("/tissue/{id}/frames/{file}", ctx -> tissueFile(ctx, "frames/" + ctx.pathParam("file")));
        app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                "internal error (please report it): " + e.getClass().getSimpleName()));
        app.start(host, port);
    }

    /**
     * Starts a server on {@code host}:{@code port} (port 0: any free port); trials write into
     * folders under {@code outputs}, the only place it writes.
     */
    public static DashboardServer start(String host, int port, Path outputs) {
        return new DashboardServer(host, port, outputs, new RunService()::run);
    }

    /** A server whose runs are {@code runner}'s (tests: a run that waits, to hold the run slots). */
    static DashboardServer start(String host, int port, Path outputs, Function<RunRequest, PatientRun> runner) {
        return new DashboardServer(host, port, outputs, runner);
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The session token (the page carries it; a test or script may send it too). */
    public String token() {
        return token;
    }

    @Override
    public void close() {
        app.stop();
        trials.close();
        tissues.close();
    }

    /** Token and origin on every state-changing request. */
    private void guard(Context ctx) {
        if (!ctx.method().name().equals("POST")) {
            return;
        }
        if (!token.equals(ctx.header(TOKEN_HEADER))) {
            refuse(ctx, "missing or wrong session token: requests come from the dashboard's own page");
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("http://" + ctx.host())) {
            refuse(ctx, "cross-origin request refused: " + origin);
        }
    }

    private static void refuse(Context ctx, String message) {
        error(ctx, HttpStatus.FORBIDDEN, message);
        ctx.skipRemainingHandlers();
    }

    private void run(Context ctx) throws IOException {
        RunRequest request = request(ctx, RunRequest::from);
        if (request == null) {
            return;
        }
        if (!runs.tryAcquire()) {
            busy(ctx, 1);
            return;
        }
        try {
            PatientRun run;
            try {
                run = runner.apply(request);
            } catch (IllegalArgumentException | InputException e) {
                error(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
                return;
            }
            if (!run.isSuccess()) {
                error(ctx, HttpStatus.UNPROCESSABLE_CONTENT, run.status().message());
                return;
            }
            ctx.contentType("application/json").result(ResultJson.run(request, run).toString());
        } finally {
            runs.release();
        }
    }

    /**
     * {@code POST /api/run/stream}: the run of {@code POST /api/run}, its rows sent as they are
     * computed ({@link RunStream}). Bad input is answered 400 before anything streams; a failed
     * simulation is the stream's last line.
     */
    private void stream(Context ctx) throws IOException {
        RunRequest request = request(ctx, RunRequest::from);
        if (request == null) {
            return;
        }
        org.cytostorm.physiology.scenario.Scenario scenario;
        try {
            scenario = service.scenario(request);
        } catch (IllegalArgumentException | InputException e) {
            error(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
            return;
        }
        if (!runs.tryAcquire()) {
            busy(ctx, 1);
            return;
        }
        try {
            boolean days = org.cytostorm.report.patient.RunFigures.inDays(scenario.durationH());
            LiveFigure live = new LiveFigure(service.columns(), days);
            ctx.res().setStatus(200);
            ctx.res().setContentType(RunStream.CONTENT_TYPE);
            RunStream stream = new RunStream(ctx.res().getOutputStream(), live, days);
            stream.start(request.commandLine(), live.spec());
            PatientRun run = service.run(scenario, org.cytostorm.engine.solve.Observers.none().withOutputHandler(stream));
            if (run.isSuccess()) {
                ObjectNode result = ResultJson.run(request, run);
                result.put("type", "result");
                stream.finish(result.toString());
            } else {
                ObjectNode n = JSON.createObjectNode();
                n.put("type", "error");
                n.put("status", HttpStatus.UNPROCESSABLE_CONTENT.getCode());
                n.put("error", run.status().message());
                stream.finish(n.toString());
            }
        } finally {
            runs.release();
        }
    }

    /**
     * {@code POST /api/compare}: two runs, A and B, overlaid as the compare command shows them;
     * they take two of the run slots.
     */
    private void compare(Context ctx) throws IOException {
        CompareRequest request = request(ctx, CompareRequest::from);
        if (request == null) {
            return;
        }
        org.cytostorm.physiology.scenario.Scenario a;
        org.cytostorm.physiology.scenario.Scenario b;
        try {
            a = side("a", request.a());
            b = side("b", request.b());
        } catch (IllegalArgumentException | InputException e) {
            error(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
            return;
        }
        if (!runs.tryAcquire(2)) {
            busy(ctx, 2);
            return;
        }
        try {
            PatientRun runA = service.run(a, org.cytostorm.engine.solve.Observers.none());
            PatientRun runB = service.run(b, org.cytostorm.engine.solve.Observers.none());
            for (PatientRun r : java.util.List.of(runA, runB)) {
                if (!r.isSuccess()) {
                    error(ctx, HttpStatus.UNPROCESSABLE_CONTENT, (r == runA ? "A: " : "B: ") + r.status().message());
                    return;
                }
            }
            ctx.contentType("application/json").result(ResultJson.comparison(request,
                    new ComparedRun(CompareRequest.label("A", request.a(), a.protocol().name()), runA),
                    new ComparedRun(CompareRequest.label("B", request.b(), b.protocol().name()), runB)).toString());
        } finally {
            runs.release(2);
        }
    }

    private org.cytostorm.physiology.scenario.Scenario side(String side, RunRequest r) {
        try {
            return service.scenario(r);
        } catch (InputException e) {
            throw new IllegalArgumentException(side + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(side + "." + e.getMessage(), e);
        }
    }

    /** The request body read by {@code read}; null after answering 413 or 400. */
    private static <T> T request(Context ctx, Function<JsonNode, T> read) {
        if (ctx.contentLength() > MAX_REQUEST_BYTES) {
            error(ctx, HttpStatus.CONTENT_TOO_LARGE, "the request is larger than " + MAX_REQUEST_BYTES + " bytes");
            return null;
        }
        try {
            return read.apply(JSON.readTree(ctx.body()));
        } catch (IOException e) {
            error(ctx, HttpStatus.BAD_REQUEST, "the request is not JSON");
        } catch (IllegalArgumentException e) {
            error(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return null;
    }

    private static void busy(Context ctx, int slots) {
        error(ctx, HttpStatus.TOO_MANY_REQUESTS, slots == 1
                ? MAX_CONCURRENT_RUNS + " runs are already going; try again when one has finished"
                : "a comparison takes " + slots + " of the " + MAX_CONCURRENT_RUNS + " run slots and fewer are free;"
                        + " try again when a run has finished");
    }

    /** {@code POST /api/trial}: a built-in trial in the background; 202 with its number, 429 while one runs. */
    private void startTrial(Context ctx) {
        JsonNode body = body(ctx);
        if (body == null) {
            return;
        }
        JsonNode patients = body.path("patients");
        JsonNode seed = body.path("seed");
        if (!patients.canConvertToInt() || !patients.isIntegralNumber()) {
            error(ctx, HttpStatus.BAD_REQUEST, "patients: a whole number, got " + patients);
            return;
        }
        try {
            accepted(ctx, trials.start(body.path("trial").asText(""), patients.asInt(),
                    seed.isIntegralNumber() ? seed.asLong() : 1),
                    "a trial is already running; try again when it has finished", JSON.createObjectNode());
        } catch (IllegalArgumentException e) {
            error(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /** {@code GET /api/trial/{id}}: its progress, and when finished its report's address or its error. */
    private void trialStatus(Context ctx) {
        java.util.Optional<BackgroundJobs.Job> job = job(ctx, trials::job, "trial");
        if (job.isEmpty()) {
            return;
        }
        BackgroundJobs.Job j = job.get();
        ObjectNode n = JSON.createObjectNode();
        n.put("trial", j.name);
        n.put("done", j.done.get());
        n.put("total", j.total.get());
        n.put("finished", j.finished);
        if (j.error.get() != null) {
            n.put("error", j.error.get());
        } else if (j.finished) {
            n.put("report", "/trials/" + ctx.pathParam("id") + "/report.html");
        }
        ctx.contentType("application/json").result(n.toString());
    }

    /** {@code GET /trials/{id}/report.html}: the report a finished trial wrote, from its own folder. */
    private void trialReport(Context ctx) throws IOException {
        java.util.Optional<BackgroundJobs.Job> job = job(ctx, trials::job, "trial");
        if (job.isEmpty()) {
            return;
        }
        Path report = job.get().dir.resolve("report.html");
        if (!job.get().finished || !Files.isRegularFile(report)) {
            error(ctx, HttpStatus.NOT_FOUND, "the trial has no report (yet)");
            return;
        }
        ctx.html(Files.readString(report));
    }

    /** {@code POST /api/tissue}: a built-in tissue config on a small patch in the background. */
    private void startTissue(Context ctx) {
        JsonNode body = body(ctx);
        if (body == null) {
            return;
        }
        try {
            String config = body.path("config").asText("");
            int side = body.path("side").asInt(0);
            int hours = body.path("hours").asInt(0);
            accepted(ctx, tissues.start(config, side, hours),
                    "a tissue run is already going; try again when it has finished",
                    JSON.createObjectNode().put("command", TissueJobs.commandLine(config, side, hours)));
        } catch (IllegalArgumentException | InputException e) {
            error(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /** {@code GET /api/tissue/{id}}: its progress, and when finished its report's and animation's addresses. */
    private void tissueStatus(Context ctx) {
        java.util.Optional<BackgroundJobs.Job> job = job(ctx, tissues::job, "tissue run");
        if (job.isEmpty()) {
            return;
        }
        BackgroundJobs.Job j = job.get();
        ObjectNode n = JSON.createObjectNode();
        n.put("step", j.done.get());
        n.put("steps", j.total.get());
        n.put("finished", j.finished);
        if (j.error.get() != null) {
            n.put("error", j.error.get());
        } else if (j.finished) {
            String base = "/tissue/" + ctx.pathParam("id") + "/";
            n.put("report", base + "report.html");
            n.put("animation", base + "animation.gif");
        }
        ctx.contentType("application/json").result(n.toString());
    }

    /** A finished tissue run's report, animation or a frame: names of that form only, from its own folder. */
    private void tissueFile(Context ctx, String file) throws IOException {
        java.util.Optional<BackgroundJobs.Job> job = job(ctx, tissues::job, "tissue run");
        if (job.isEmpty()) {
            return;
        }
        if (!file.matches("report\\.html|animation\\.gif|frames/frame_[0-9]{5}\\.png")) {
            error(ctx, HttpStatus.NOT_FOUND, "no such file of a tissue run: " + file);
            return;
        }
        Path path = job.get().dir.resolve(file);
        if (!job.get().finished || !Files.isRegularFile(path)) {
            error(ctx, HttpStatus.NOT_FOUND, "the tissue run has no " + file + " (yet)");
            return;
        }
        String type = file.endsWith(".html") ? "text/html" : file.endsWith(".gif") ? "image/gif" : "image/png";
        ctx.contentType(type).result(Files.readAllBytes(path));
    }

    /** The request's JSON body, or null after answering 400 when it is not JSON. */
    private static JsonNode body(Context ctx) {
        try {
            return JSON.readTree(ctx.body());
        } catch (IOException e) {
            error(ctx, HttpStatus.BAD_REQUEST, "the request is not JSON");
            return null;
        }
    }

    /** The job a path names by its number, looked up by {@code find}; a 404 answered when there is none. */
    private static java.util.Optional<BackgroundJobs.Job> job(Context ctx,
            Function<String, java.util.Optional<BackgroundJobs.Job>> find, String what) {
        String id = ctx.pathParam("id");
        java.util.Optional<BackgroundJobs.Job> job = find.apply(id);
        if (job.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "no " + what + " " + id);
        }
        return job;
    }

    /** 202 with the new job's number (and {@code extra} fields), or 429 with {@code busy} while one runs. */
    private static void accepted(Context ctx, java.util.Optional<Integer> id, String busy, ObjectNode extra) {
        if (id.isEmpty()) {
            error(ctx, HttpStatus.TOO_MANY_REQUESTS, busy);
            return;
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id.get());
        n.setAll(extra);
        ctx.status(HttpStatus.ACCEPTED).contentType("application/json").result(n.toString());
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("error", message);
        ctx.status(status).contentType("application/json").result(n.toString());
    }
}
