package org.cytostorm.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the dashboard's routes read requests and answer: JSON bodies read within the size limit,
 * errors as {@code {"error": message}} with their status (no stack trace), a background job's 202,
 * a job looked up by the number in its path.
 */
final class Responses {

    static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {
    }

    /** The request body read by {@code read}; null after answering 413 or 400 (the reader's message). */
    static <T> T request(Context ctx, Function<JsonNode, T> read) {
        if (ctx.contentLength() > DashboardServer.MAX_REQUEST_BYTES) {
            error(ctx, HttpStatus.CONTENT_TOO_LARGE, "the request is larger than " + DashboardServer.MAX_REQUEST_BYTES
                    + " bytes");
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

    /** The request's JSON body, or null after answering 400 when it is not JSON. */
    static JsonNode body(Context ctx) {
        return request(ctx, json -> json);
    }

    /** The job a path names by its number, looked up by {@code find}; a 404 answered when there is none. */
    static Optional<BackgroundJobs.Job> job(Context ctx, Function<String, Optional<BackgroundJobs.Job>> find,
            String what) {
        String id = ctx.pathParam("id");
        Optional<BackgroundJobs.Job> job = find.apply(id);
        if (job.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "no " + what + " " + id);
        }
        return job;
    }

    /** 202 with the new job's number (and {@code extra} fields), or 429 with {@code busy} while one runs. */
    static void accepted(Context ctx, Optional<Integer> id, String busy, ObjectNode extra) {
        if (id.isEmpty()) {
            error(ctx, HttpStatus.TOO_MANY_REQUESTS, busy);
            return;
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id.get());
        n.setAll(extra);
        ctx.status(HttpStatus.ACCEPTED).contentType("application/json").result(n.toString());
    }

    /** An error: its status and {@code {"error": message}}. */
    static void error(Context ctx, HttpStatus status, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("error", message);
        ctx.status(status).contentType("application/json").result(n.toString());
    }
}
