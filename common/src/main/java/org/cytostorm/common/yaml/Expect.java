package org.cytostorm.common.yaml;

import java.util.Collection;
import java.util.Map;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.input.Names;

/**
 * Typed reads of YAML nodes; a node of the wrong shape is a {@link InputException} naming file,
 * line, key path and what is allowed.
 */
public final class Expect {
    private Expect() {
    }

    /** An error about the node's value, at the line of the value. */
    public static InputException error(YamlNode n, String message) {
        return new InputException(n.file(), n.line(), n.path(), message);
    }

    /** An error about the node's key, at the line of the key. */
    public static InputException keyError(YamlNode n, String message) {
        return new InputException(n.file(), n.keyLine(), n.path(), message);
    }

    /** The entries of a mapping; {@code allowed} lists its keys. */
    public static Map<String, YamlNode> mapping(YamlNode n, Collection<String> allowed) {
        if (!n.isMapping()) {
            throw error(n, "expected a mapping with the keys " + String.join(", ", allowed) + ", found " + n.describe());
        }
        for (YamlNode child : n.fields().values()) {
            if (!allowed.contains(child.key())) {
                throw keyError(child, "unknown key '" + child.key() + "'; " + Names.didYouMean(child.key(), allowed)
                        + "allowed keys: " + String.join(", ", allowed));
            }
        }
        return n.fields();
    }

    /** The entries of a mapping with any keys; {@code what} says what it maps, for the message. */
    public static Map<String, YamlNode> anyMapping(YamlNode n, String what) {
        if (!n.isMapping()) {
            throw error(n, "expected a mapping of " + what + ", found " + n.describe());
        }
        return n.fields();
    }

    public static String text(YamlNode n) {
        if (!n.json().isTextual()) {
            throw error(n, "expected text, found " + n.describe());
        }
        return n.json().textValue();
    }

    /** Text that must be one of {@code allowed}. */
    public static String oneOf(YamlNode n, Collection<String> allowed) {
        String s = n.isScalar() ? n.text() : null;
        if (s == null || !allowed.contains(s)) {
            String found = s == null ? n.describe() : "'" + s + "'";
            throw error(n, found + " is not allowed; " + (s == null ? "" : Names.didYouMean(s, allowed))
                    + "one of: " + String.join(", ", allowed));
        }
        return s;
    }

    public static boolean bool(YamlNode n) {
        if (!n.json().isBoolean()) {
            throw error(n, "expected true or false, found " + n.describe());
        }
        return n.json().booleanValue();
    }

    /** A finite number. */
    public static double number(YamlNode n) {
        if (!n.json().isNumber()) {
            throw error(n, "expected a number, found " + n.describe());
        }
        double v = n.json().doubleValue();
        if (!Double.isFinite(v)) {
            throw error(n, "expected a finite number, found " + n.text());
        }
        return v;
    }

    /** A number with a unit of {@code units}, converted to the canonical unit. */
    public static double measure(YamlNode n, FieldUnits units) {
        String form = units.bareCanonical() ? "a number with a unit (a bare number is " + units.canonical() + ")"
                : "a number with a unit";
        if (n.json().isNumber()) {
            if (!units.bareCanonical()) {
                throw error(n, n.text() + " needs a unit; accepted units: " + units.list());
            }
            return number(n);
        }
        if (!n.json().isTextual()) {
            throw error(n, "expected " + form + ", found " + n.describe() + "; accepted units: " + units.list());
        }
        Measure m = Measure.parse(n.text()).orElseThrow(() -> error(n, "expected " + form + ", found '"
                + n.text() + "'; accepted units: " + units.list()));
        if (m.unit().isEmpty()) {
            if (!units.bareCanonical()) {
                throw error(n, n.text() + " needs a unit; accepted units: " + units.list());
            }
            return m.number();
        }
        Double factor = units.factors().get(m.unit());
        if (factor == null) {
            throw error(n, "unknown unit '" + m.unit() + "'; " + Names.didYouMean(m.unit(), units.factors().keySet())
                    + "accepted units: " + units.list());
        }
        return m.number() * factor;
    }

    /**
     * Checks {@code v} (canonical) against [min, max], or (min, max] when {@code openMin}; the message
     * gives the range in the canonical unit.
     */
    public static void range(YamlNode n, double v, double min, double max, boolean openMin, String unit) {
        boolean low = openMin ? v <= min : v < min;
        if (low || v > max) {
            Measure m = Measure.parse(n.text()).orElse(null);
            boolean canonical = m != null && (m.unit().isEmpty() || m.unit().equals(unit));
            String written = canonical ? n.text() : n.text() + " (" + Measure.format(v, unit) + ")";
            String range = openMin ? "more than " + Measure.format(min, unit) + " and at most " + Measure.format(max, unit)
                    : Measure.format(min) + ".." + Measure.format(max, unit);
            throw error(n, written + " is out of range; allowed: " + range);
        }
    }
}
