package org.cytostorm.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.common.yaml.Measure;

/**
 * What the dashboard asks to run: a built-in scenario or an uploaded scenario file, optionally
 * another care protocol, parameter settings (as {@code --set}), doses (as {@code --treat}) and a
 * duration. Read from the request's JSON with every field checked and every list bounded; a bad
 * request is an {@link IllegalArgumentException} naming the field.
 *
 * @param scenario  a built-in scenario's name, or the uploaded file's name
 * @param upload    the uploaded scenario file's text, or empty for a built-in scenario
 * @param protocol  a built-in protocol's name, or empty for the scenario's own
 * @param settings  parameter name to value, in the order given
 * @param doses     doses in the command line's {@code --treat} form
 * @param durationH the run's length in hours, or 0 for the scenario's own
 */
public record RunRequest(String scenario, String upload, String protocol, Map<String, Double> settings,
        List<String> doses, double durationH) {

    /** The most parameter settings in one request. */
    public static final int MAX_SETTINGS = 400;
    /** The most dose specifications in one request. */
    public static final int MAX_DOSES = 100;
    /** The longest text field. */
    public static final int MAX_TEXT = 200;
    /** The largest uploaded scenario file, characters: room for comments, within the request limit. */
    public static final int MAX_UPLOAD = 48 * 1024;

    public RunRequest {
        upload = upload == null ? "" : upload;
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        doses = List.copyOf(doses);
    }

    /** Reads and checks a request. */
    public static RunRequest from(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the request is a JSON object with scenario, protocol, settings, doses");
        }
        String scenario = text(json, "scenario", true);
        String upload = upload(json);
        if (!upload.isEmpty() && !scenario.matches("[A-Za-z0-9._-]+\\.ya?ml")) {
            throw new IllegalArgumentException("scenario: an uploaded scenario's file name ends in .yaml or .yml and"
                    + " has letters, digits, '.', '_' and '-' only, got '" + scenario + "'");
        }
        String protocol = text(json, "protocol", false);
        Map<String, Double> settings = new LinkedHashMap<>();
        JsonNode s = json.path("settings");
        if (!s.isMissingNode() && !s.isNull()) {
            if (!s.isObject()) {
                throw new IllegalArgumentException("settings: an object of parameter name to number");
            }
            if (s.size() > MAX_SETTINGS) {
                throw new IllegalArgumentException("settings: at most " + MAX_SETTINGS + ", got " + s.size());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNumber() || !Double.isFinite(e.getValue().asDouble())) {
                    throw new IllegalArgumentException("settings." + e.getKey() + ": a finite number, got " + e.getValue());
                }
                settings.put(limited(e.getKey(), "settings"), e.getValue().asDouble());
            }
        }
        List<String> doses = new ArrayList<>();
        JsonNode d = json.path("doses");
        if (!d.isMissingNode() && !d.isNull()) {
            if (!d.isArray()) {
                throw new IllegalArgumentException("doses: a list of doses such as \"tocilizumab:8mg/kg@72h\"");
            }
            if (d.size() > MAX_DOSES) {
                throw new IllegalArgumentException("doses: at most " + MAX_DOSES + ", got " + d.size());
            }
            for (JsonNode dose : d) {
                if (!dose.isTextual()) {
                    throw new IllegalArgumentException("doses: each a text such as \"tocilizumab:8mg/kg@72h\", got " + dose);
                }
                doses.add(limited(dose.asText(), "doses"));
            }
        }
        double duration = 0;
        JsonNode h = json.path("durationH");
        if (!h.isMissingNode() && !h.isNull()) {
            if (!h.isNumber() || !(h.asDouble() > 0) || h.asDouble() > 365 * 24) {
                throw new IllegalArgumentException("durationH: more than 0 and at most 8760 hours, got " + h);
            }
            duration = h.asDouble();
        }
        return new RunRequest(scenario, upload, protocol, settings, doses, duration);
    }

    /** {@code upload}: an uploaded scenario file's text, or empty. */
    private static String upload(JsonNode json) {
        JsonNode n = json.path("upload");
        if (n.isMissingNode() || n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            throw new IllegalArgumentException("upload: the scenario file's text, got " + n.getNodeType());
        }
        if (n.asText().length() > MAX_UPLOAD) {
            throw new IllegalArgumentException("upload: a scenario file of at most " + MAX_UPLOAD + " characters, got "
                    + n.asText().length());
        }
        if (n.asText().isBlank()) {
            throw new IllegalArgumentException("upload: the scenario file is empty");
        }
        return n.asText();
    }

    /** True for an uploaded scenario file rather than a built-in scenario. */
    public boolean uploaded() {
        return !upload.isEmpty();
    }

    private static String text(JsonNode json, String field, boolean required) {
        JsonNode n = json.path(field);
        if (n.isMissingNode() || n.isNull() || n.asText().isBlank()) {
            if (required) {
                throw new IllegalArgumentException(field + ": missing");
            }
            return "";
        }
        if (!n.isTextual()) {
            throw new IllegalArgumentException(field + ": a text, got " + n);
        }
        return limited(n.asText(), field);
    }

    private static String limited(String text, String field) {
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + ": at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    /** The same run on the command line. */
    public String commandLine() {
        return "./cytostorm run " + scenario + (durationH > 0 ? " --duration " + Measure.format(durationH) + "h" : "")
                + options("");
    }

    /**
     * The protocol, settings and doses as command line options, each option name followed by
     * {@code side} (compare's {@code -a} and {@code -b}; empty for run).
     */
    String options(String side) {
        StringBuilder sb = new StringBuilder();
        if (!protocol.isEmpty()) {
            sb.append(" --protocol").append(side).append(' ').append(protocol);
        }
        settings.forEach((k, v) -> sb.append(" --set").append(side).append(' ').append(k).append('=')
                .append(Measure.format(v)));
        doses.forEach(d -> sb.append(" --treat").append(side).append(' ').append(d));
        return sb.toString();
    }
}
