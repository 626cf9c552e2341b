package org.cytostorm.tissue.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.yaml.YamlNode;

/**
 * A place in a tissue config: the YAML node there (absent when the file omits it), its dotted
 * path, and the overrides. Reading a value consults the override first and records the value used,
 * so the report and the checkpoint fingerprint list every setting.
 */
final class ConfigNode {
    private final YamlNode node;
    private final String path;
    private final String file;
    private final Overrides overrides;
    private final List<String> record;

    ConfigNode(YamlNode node, String path, String file, Overrides overrides, List<String> record) {
        this.node = node;
        this.path = path;
        this.file = file;
        this.overrides = overrides;
        this.record = record;
    }

    String path() {
        return path;
    }

    String file() {
        return file;
    }

    Overrides overrides() {
        return overrides;
    }

    boolean present() {
        return node != null;
    }

    int line() {
        return node == null ? 0 : node.keyLine();
    }

    ConfigNode child(String key) {
        YamlNode c = node == null ? null : node.get(key).orElse(null);
        return new ConfigNode(c, join(key), file, overrides, record);
    }

    /** The keys written in the file at this mapping, in file order. */
    List<String> keys() {
        if (node == null) {
            return List.of();
        }
        if (!node.isMapping()) {
            throw error("expected a mapping, found " + node.describe());
        }
        return new ArrayList<>(node.fields().keySet());
    }

    /** The list items written here (none when absent). */
    List<ConfigNode> items() {
        if (node == null) {
            return List.of();
        }
        if (!node.isSequence()) {
            throw error("expected a list, found " + node.describe());
        }
        List<ConfigNode> out = new ArrayList<>();
        for (YamlNode item : node.items()) {
            out.add(new ConfigNode(item, item.path(), file, overrides, record));
        }
        return out;
    }

    /** Rejects keys outside {@code allowed}, naming the line of the first stray one. */
    void allowOnly(List<String> allowed) {
        for (String k : keys()) {
            if (!allowed.contains(k)) {
                ConfigNode c = child(k);
                throw c.error("unknown key; allowed here: " + String.join(", ", allowed));
            }
        }
    }

    String scalarText() {
        if (node == null) {
            return null;
        }
        if (!node.isScalar()) {
            throw error("expected a single value, found " + node.describe());
        }
        return node.text();
    }

    /** The file's scalar text here without consulting overrides or recording; empty when absent. */
    String scalarTextOrEmpty() {
        return node == null || node.isNull() ? "" : scalarText();
    }

    /** The value's text: the override if any, else the file's, else {@code fallback} (null: required). */
    String text(String fallback) {
        Optional<String> o = overrides.take(path);
        String v = o.orElseGet(() -> node == null || node.isNull() ? null : scalarText());
        if (v == null) {
            if (fallback == null) {
                throw error("missing; this setting is required");
            }
            v = fallback;
        }
        record.add(path + " = " + v);
        return v;
    }

    double number(double fallback, double min, double max) {
        String t = text(Double.isNaN(fallback) ? null : Double.toString(fallback));
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error("expected a number, found '" + t + "'");
        }
        if (!(v >= min && v <= max)) {
            throw error("must be between " + min + " and " + max + ", got " + t);
        }
        return v;
    }

    int integer(int fallback, int min, int max) {
        double v = number(fallback, min, max);
        if (v != Math.rint(v)) {
            throw error("expected a whole number, found " + v);
        }
        return (int) v;
    }

    boolean bool(boolean fallback) {
        String t = text(Boolean.toString(fallback)).toLowerCase(Locale.ROOT);
        switch (t) {
            case "true": case "on": case "yes":
                return true;
            case "false": case "off": case "no":
                return false;
            default:
                throw error("expected true or false, found '" + t + "'");
        }
    }

    /** A problem with this setting: names the file and line, or the override. */
    InputException error(String message) {
        if (overrides.keysUnder(path).contains(path)) {
            return new InputException("--set", 0, path, message);
        }
        return new InputException(file, node == null ? 0 : node.keyLine(), path, message);
    }

    /** A problem at this node's own line (list items, whose key line is their value line). */
    InputException errorAtValue(String message) {
        return new InputException(file, node == null ? 0 : node.line(), path, message);
    }

    private String join(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
