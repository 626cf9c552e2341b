package org.cytostorm.web;

import static org.cytostorm.web.Responses.JSON;
import static org.cytostorm.web.Responses.accepted;
import static org.cytostorm.web.Responses.body;
import static org.cytostorm.web.Responses.error;
import static org.cytostorm.web.Responses.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.cytostorm.common.input.InputException;

/**
 * The dashboard's background work: a built-in trial ({@code POST /api/trial}, its progress at
 * {@code GET /api/trial/{id}}, its report at {@code /trials/{id}/report.html}) and a tissue run
 * ({@code POST /api/tissue}, {@code GET /api/tissue/{id}}, its report, animation and frames under
 * {@code /tissue/{id}/}), one of each at a time, their files found by the job's number in the
 * server's own output folder, never by a name a request gives.
 */
final class JobRoutes implements AutoCloseable {

    private final TrialJobs trials;
    private final TissueJobs tissues;

    /** Jobs writing into folders under {@code outputs}. */
    JobRoutes(Path outputs) {
        this.trials = new TrialJobs(outputs);
        this.tissues = new TissueJobs(outputs);
    }

    /** Adds the routes to {@code app}. */
    void register(Javalin app) {
        app.post("/api/trial", this::startTrial);
        app.get("/api/trial/{id}", this::trialStatus);
        app.get("/trials/{id}/report.html", this::trialReport);
        app.post("/api/tissue", this::startTissue);
        app.get("/api/tissue/{id}", this::tissueStatus);
        app.get("/tissue/{id}/{file}", ctx -> tissueFile(ctx, ctx.pathParam("file")));
        app.get("/tissue/{id}/frames/{file}", ctx -> tissueFile(ctx, "frames/" + ctx.pathParam("file")));
    }

    @Override
    public void close() {
        trials.close();
        tissues.close();
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
        Optional<BackgroundJobs.Job> job = job(ctx, trials::job, "trial");
        if (job.isEmpty()) {
            return;
        }
        BackgroundJobs.Job j = job.get();
        ObjectNode n = JSON.createObjectNode().put("trial", j.name);
        if (progress(n, j, "done", "total")) {
            n.put("report", "/trials/" + ctx.pathParam("id") + "/report.html");
        }
        ctx.contentType("application/json").result(n.toString());
    }

    /**
     * Puts a job's progress (as {@code doneKey} of {@code totalKey}), whether it has finished and
     * its error if it failed into {@code n}; true when it finished without error, so that the
     * caller adds the addresses of what it wrote.
     */
    private static boolean progress(ObjectNode n, BackgroundJobs.Job j, String doneKey, String totalKey) {
        n.put(doneKey, j.done.get());
        n.put(totalKey, j.total.get());
        n.put("finished", j.finished);
        if (j.error.get() != null) {
            n.put("error", j.error.get());
            return false;
        }
        return j.finished;
    }

    /** {@code GET /trials/{id}/report.html}: the report a finished trial wrote, from its own folder. */
    private void trialReport(Context ctx) throws IOException {
        Optional<BackgroundJobs.Job> job = job(ctx, trials::job, "trial");
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
        Optional<BackgroundJobs.Job> job = job(ctx, tissues::job, "tissue run");
        if (job.isEmpty()) {
            return;
        }
        ObjectNode n = JSON.createObjectNode();
        if (progress(n, job.get(), "step", "steps")) {
            String base = "/tissue/" + ctx.pathParam("id") + "/";
            n.put("report", base + "report.html");
            n.put("animation", base + "animation.gif");
        }
        ctx.contentType("application/json").result(n.toString());
    }

    /** A finished tissue run's report, animation or a frame: names of that form only, from its own folder. */
    private void tissueFile(Context ctx, String file) throws IOException {
        Optional<BackgroundJobs.Job> job = job(ctx, tissues::job, "tissue run");
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
}
