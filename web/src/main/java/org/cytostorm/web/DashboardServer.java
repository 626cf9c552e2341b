package org.cytostorm.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
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
 * <p>Safe on a shared machine by default: it listens on loopback unless a host is given; every
 * {@code POST} needs the session token the page carries (a header other sites' pages cannot set
 * without a CORS preflight this server never answers) and, when the browser sends one, this
 * server's own origin; request bodies are limited to {@value #MAX_REQUEST_BYTES} bytes; at most
 * {@value #MAX_CONCURRENT_RUNS} runs at once, a further one refused with 429; no route reads or
 * writes a file. Bad input is answered 400 with the command line's message, a failed simulation
 * 422 naming the variable and the time; no stack trace is sent.
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
    private final Javalin app;
    private final String page;

    private DashboardServer(String host, int port, Function<RunRequest, PatientRun> runner) {
        this.runner = runner;
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
        app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                "internal error (please report it): " + e.getClass().getSimpleName()));
        app.start(host, port);
    }

    /** Starts a server on {@code host}:{@code port} (port 0: any free port). */
    public static DashboardServer start(String host, int port) {
        return new DashboardServer(host, port, new RunService()::run);
    }

    /** A server whose runs are {@code runner}'s (tests: a run that waits, to hold the run slots). */
    static DashboardServer start(String host, int port, Function<RunRequest, PatientRun> runner) {
        return new DashboardServer(host, port, runner);
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
