package org.cytostorm.web;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two runs to compare: A (the kept run) and B (the one set up now), each a {@link RunRequest}.
 *
 * @param a patient A
 * @param b patient B
 */
record CompareRequest(RunRequest a, RunRequest b) {

    /** Reads and checks a request: {@code {"a": RUN, "b": RUN}}; a bad field is named with its side. */
    static CompareRequest from(JsonNode json) {
        if (json == null || !json.isObject() || !json.path("a").isObject() || !json.path("b").isObject()) {
            throw new IllegalArgumentException("the request is a JSON object with the runs a and b");
        }
        return new CompareRequest(side(json.get("a"), "a"), side(json.get("b"), "b"));
    }

    private static RunRequest side(JsonNode json, String side) {
        try {
            return RunRequest.from(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(side + "." + e.getMessage(), e);
        }
    }

    /**
     * The same comparison on the command line. Compare gives both sides one duration; when they
     * differ, the two runs' own command lines instead.
     */
    String commandLine() {
        if (a.durationH() != b.durationH()) {
            return "# compare runs both sides for one duration; these two runs repeat each side:\n" + a.commandLine()
                    + "\n" + b.commandLine();
        }
        return "./cytostorm compare " + a.scenario() + " " + b.scenario()
                + (a.durationH() > 0 ? " --duration " + org.cytostorm.common.yaml.Measure.format(a.durationH()) + "h" : "")
                + a.options("-a") + b.options("-b");
    }
}
