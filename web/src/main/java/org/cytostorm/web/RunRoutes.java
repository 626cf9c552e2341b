package org.cytostorm.web;

import static org.cytostorm.web.Responses.JSON;
import static org.cytostorm.web.Responses.error;
import static org.cytostorm.web.Responses.request;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.cytostorm.common.input.InputException;
import org.cytostorm.engine.solve.Observers;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.report.patient.ComparedRun;
import org.cytostorm.report.patient.RunFigures;

/**
 * The dashboard's patient runs: {@code POST /api/run} (one run, answered whole), {@code POST
 * /api/run/stream} (the same, its rows sent as they are computed) and {@code POST /api/compare}
 * (two runs overlaid). At most {@link DashboardServer#MAX_CONCURRENT_RUNS} runs at once (a
 * comparison takes two); a further request is refused with 429. Bad input is answered 400 with the
 * command line's message, a failed simulation 422 naming the variable and the time.
 */
final class RunRoutes {

    private final Semaphore runs = new Semaphore(DashboardServer.MAX_CONCURRENT_RUNS);
    private final Function<RunRequest, PatientRun> runner;
    private final RunService service = new RunService();

    /** Routes whose {@code POST /api/run} runs are {@code runner}'s (tests hold the slots with a slow one). */
    RunRoutes(Function<RunRequest, PatientRun> runner) {
        this.runner = runner;
    }

    /** Adds the routes to {@code app}. */
    void register(Javalin app) {
        app.post("/api/run", this::run);
        app.post("/api/run/stream", this::stream);
        app.post("/api/compare", this::compare);
    }

    /** {@code POST /api/run}: one run, answered with its summary, figures and command line. */
    private void run(Context ctx) throws IOException {
        RunRequest request = request(ctx, RunRequest::from);
        if (request == null) {
            return;
        }
        if (!acquire(ctx, 1)) {
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
        List<Scenario> scenario = request == null ? null : scenarios(ctx, List.of(request));
        if (scenario == null || !acquire(ctx, 1)) {
            return;
        }
        try {
            boolean days = RunFigures.inDays(scenario.get(0).durationH());
            LiveFigure live = new LiveFigure(service.columns(), days);
            ctx.res().setStatus(200);
            ctx.res().setContentType(RunStream.CONTENT_TYPE);
            RunStream stream = new RunStream(ctx.res().getOutputStream(), live, days);
            stream.start(request.commandLine(), live.spec());
            PatientRun run = service.run(scenario.get(0), Observers.none().withOutputHandler(stream));
            ObjectNode last;
            if (run.isSuccess()) {
                last = ResultJson.run(request, run);
                last.put("type", "result");
            } else {
                last = JSON.createObjectNode();
                last.put("type", "error");
                last.put("status", HttpStatus.UNPROCESSABLE_CONTENT.getCode());
                last.put("error", run.status().message());
            }
            stream.finish(last.toString());
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
        List<Scenario> sides = request == null ? null : scenarios(ctx, List.of(request.a(), request.b()));
        if (sides == null || !acquire(ctx, 2)) {
            return;
        }
        try {
            PatientRun a = service.run(sides.get(0), Observers.none());
            PatientRun b = service.run(sides.get(1), Observers.none());
            for (PatientRun r : List.of(a, b)) {
                if (!r.isSuccess()) {
                    error(ctx, HttpStatus.UNPROCESSABLE_CONTENT, (r == a ? "A: " : "B: ") + r.status().message());
                    return;
                }
            }
            ctx.contentType("application/json").result(ResultJson.comparison(request,
                    new ComparedRun(ComparedRun.label("A", sides.get(0), request.a().doses()), a),
                    new ComparedRun(ComparedRun.label("B", sides.get(1), request.b().doses()), b))
                    .toString());
        } finally {
            runs.release(2);
        }
    }

    /**
     * The scenarios the requests describe, or null after answering 400 with the command line's
     * message (for two, the side named: {@code a.} or {@code b.}).
     */
    private List<Scenario> scenarios(Context ctx, List<RunRequest> requests) {
        List<Scenario> out = new java.util.ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            String side = requests.size() == 1 ? "" : i == 0 ? "a" : "b";
            try {
                out.add(service.scenario(requests.get(i)));
            } catch (InputException e) {
                error(ctx, HttpStatus.BAD_REQUEST, (side.isEmpty() ? "" : side + ": ") + e.getMessage());
                return null;
            } catch (IllegalArgumentException e) {
                error(ctx, HttpStatus.BAD_REQUEST, (side.isEmpty() ? "" : side + ".") + e.getMessage());
                return null;
            }
        }
        return out;
    }

    /** Takes {@code slots} run slots, or answers 429 and says so. */
    private boolean acquire(Context ctx, int slots) {
        if (runs.tryAcquire(slots)) {
            return true;
        }
        error(ctx, HttpStatus.TOO_MANY_REQUESTS, slots == 1
                ? DashboardServer.MAX_CONCURRENT_RUNS + " runs are already going; try again when one has finished"
                : "a comparison takes " + slots + " of the " + DashboardServer.MAX_CONCURRENT_RUNS
                        + " run slots and fewer are free; try again when a run has finished");
        return false;
    }
}
