package org.cytostorm.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Function;
import org.cytostorm.physiology.run.PatientRun;

/**
 * The dashboard's HTTP server (Javalin on Jetty): the page at {@code /}, the patient runs
 * ({@link RunRoutes}) and the background trials and tissue runs ({@link JobRoutes}).
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

    private final String token;
    private final JobRoutes jobs;
    private final Javalin app;
    private final String page;

    private DashboardServer(String host, int port, Path outputs, Function<RunRequest, PatientRun> runner) {
        this.jobs = new JobRoutes(outputs);
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
        new RunRoutes(runner).register(app);
        jobs.register(app);
        app.exception(Exception.class, (e, ctx) -> Responses.error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
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
        jobs.close();
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
        Responses.error(ctx, HttpStatus.FORBIDDEN, message);
        ctx.skipRemainingHandlers();
    }
}
