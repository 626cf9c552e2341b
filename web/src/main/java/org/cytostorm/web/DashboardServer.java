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
import org.cytostorm.report.patient.ConsoleSummary;
import org.cytostorm.report.patient.RunFigures;
import org.cytostorm.report.patient.SummaryJson;

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
    private final TrialJobs trials;
    private final TissueJobs tissues;
    private final Javalin app;
    private final String page;

    private DashboardServer(String host, int port, Path outputs, Function<RunRequest, PatientRun> runner) {
        this.runner = runner;
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
        if (ctx.contentLength() > MAX_REQUEST_BYTES) {
            error(ctx, HttpStatus.CONTENT_TOO_LARGE, "the request is larger than " + MAX_REQUEST_BYTES + " bytes");
            return;
        }
        RunRequest request;
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
            request = RunRequest.from(body);
        } catch (IOException | IllegalArgumentException e) {
            error(ctx, HttpStatus.BAD_REQUEST, e instanceof IOException ? "the request is not JSON" : e.getMessage());
            return;
        }
        if (!runs.tryAcquire()) {
            error(ctx, HttpStatus.TOO_MANY_REQUESTS, MAX_CONCURRENT_RUNS
                    + " runs are already going; try again when one has finished");
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
            ctx.contentType("application/json").result(result(request, run));
        } finally {
            runs.release();
        }
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

    private static String result(RunRequest request, PatientRun run) throws IOException {
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
        return JSON.writeValueAsString(root);
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("error", message);
        ctx.status(status).contentType("application/json").result(n.toString());
    }
}
