package org.cytostorm.common.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One node of a YAML document together with where it was written: the Jackson tree node, the file,
 * the dotted key path ({@code trigger.product}, {@code range[1]}) and the lines of its key and of its
 * value, so every message about it can name file, line and key.
 */
public final class YamlNode {
    private final JsonNode json;
    private final String file;
    private final String path;
    private final int line;
    private final int keyLine;
    private final String text;
    private final Map<String, YamlNode> fields;
    private final List<YamlNode> items;

    public YamlNode(JsonNode json, String file, String path, int line, int keyLine, String text,
            Map<String, YamlNode> fields, List<YamlNode> items) {
        this.json = json;
        this.file = file;
        this.path = path;
        this.line = line;
        this.keyLine = keyLine;
        this.text = text;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.items = List.copyOf(items);
    }

    /** The Jackson tree node. */
    public JsonNode json() {
        return json;
    }

    public String file() {
        return file;
    }

    /** Dotted key path; empty for the document root. */
    public String path() {
        return path;
    }

    /** Line (1-based) where the value starts. */
    public int line() {
        return line;
    }

    /** Line of the node's key; the value's line for the root and list items. */
    public int keyLine() {
        return keyLine;
    }

    /** The last segment of the path: the node's key. */
    public String key() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** A scalar as written in the file (for example {@code 2e6}); for other nodes a short kind name. */
    public String text() {
        return text;
    }

    public boolean isMapping() {
        return json.isObject();
    }

    public boolean isSequence() {
        return json.isArray();
    }

    public boolean isScalar() {
        return json.isValueNode();
    }

    public boolean isNull() {
        return json.isNull();
    }

    /** Entries of a mapping, in file order (empty for other nodes). */
    public Map<String, YamlNode> fields() {
        return fields;
    }

    /** Items of a sequence (empty for other nodes). */
    public List<YamlNode> items() {
        return items;
    }

    /** A mapping entry, absent also when its value is null ({@code key:} with nothing after it). */
    public Optional<YamlNode> get(String key) {
        YamlNode n = fields.get(key);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
    }

    /** What kind of value this is, for messages: {@code mapping}, {@code list}, {@code number 5}, ... */
    public String describe() {
        if (json.isObject()) {
            return "a mapping";
        }
        if (json.isArray()) {
            return "a list";
        }
        if (json.isNull()) {
            return "nothing";
        }
        if (json.isNumber()) {
            return "the number " + text;
        }
        if (json.isBoolean()) {
            return "the boolean " + text;
        }
        return "'" + text + "'";
    }
}
