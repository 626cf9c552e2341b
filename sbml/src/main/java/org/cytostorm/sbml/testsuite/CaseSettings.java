package org.cytostorm.sbml.testsuite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytostorm.common.input.InputException;

/**
 * A case's {@code NNNNN-settings.txt}: the time course to simulate, the variables to compare, the
 * tolerances of the pass criterion and which species are compared as amounts or concentrations.
 *
 * <pre>
 * start: 0
 * duration: 5.0
 * steps: 50
 * variables: S1, S2
 * absolute: 1.000000e-007
 * relative: 0.0001
 * amount: S1, S2
 * concentration:
 * </pre>
 *
 * @param start         first output time
 * @param duration      length of the run; the last output time is {@code start + duration}
 * @param steps         number of intervals: {@code steps + 1} evenly spaced output times
 * @param variables     the compared symbols, in the results file's column order
 * @param absolute      absolute tolerance T_a of the pass criterion
 * @param relative      relative tolerance T_r of the pass criterion
 * @param amount        variables (species) compared as amounts
 * @param concentration variables (species) compared as concentrations
 */
public record CaseSettings(double start, double duration, int steps, List<String> variables, double absolute,
                           double relative, Set<String> amount, Set<String> concentration) {

    private static final List<String> FIELDS =
            List.of("start", "duration", "steps", "variables", "absolute", "relative", "amount", "concentration");

    public CaseSettings {
        variables = List.copyOf(variables);
        amount = Set.copyOf(amount);
        concentration = Set.copyOf(concentration);
    }

    /** The last output time. */
    public double end() {
        return start + duration;
    }

    /** The {@code steps + 1} evenly spaced output times; the last one is exactly {@link #end()}. */
    public double[] times() {
        double[] t = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            t[i] = start + duration * i / steps;
        }
        t[steps] = end();
        return t;
    }

    /** Reads a settings file. */
    public static CaseSettings read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses settings text; {@code source} names it in messages. Every field must be present once;
     * values are trimmed; unknown fields are ignored (the suite may add some).
     *
     * @throws InputException naming the file, line and field of the first problem
     */
    public static CaseSettings parse(String text, String source) {
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        String[] rows = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty()) {
                continue;
            }
            int colon = row.indexOf(':');
            if (colon < 0) {
                throw new InputException(source, i + 1, null, "expected 'field: value', got '" + row + "'");
            }
            String key = row.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            String value = row.substring(colon + 1).strip();
            if (!FIELDS.contains(key)) {
                continue;
            }
            if (values.containsKey(key)) {
                throw new InputException(source, i + 1, key, "given twice (first on line " + lines.get(key) + ")");
            }
            values.put(key, value);
            lines.put(key, i + 1);
        }
        for (String f : FIELDS) {
            if (!values.containsKey(f)) {
                throw new InputException(source, 0, f, "missing");
            }
        }
        Reader r = new Reader(source, values, lines);
        double start = r.number("start");
        double duration = r.number("duration");
        if (!(duration > 0)) {
            throw r.error("duration", "must be positive, not " + values.get("duration"));
        }
        int steps = r.wholeNumber("steps");
        List<String> variables = r.names("variables");
        if (variables.isEmpty()) {
            throw r.error("variables", "no variable listed");
        }
        double absolute = r.number("absolute");
        double relative = r.number("relative");
        if (absolute < 0) {
            throw r.error("absolute", "must not be negative, not " + values.get("absolute"));
        }
        if (relative < 0) {
            throw r.error("relative", "must not be negative, not " + values.get("relative"));
        }
        List<String> amount = r.names("amount");
        List<String> concentration = r.names("concentration");
        for (String a : amount) {
            if (!variables.contains(a)) {
                throw r.error("amount", "'" + a + "' is not among the variables " + variables);
            }
            if (concentration.contains(a)) {
                throw r.error("amount", "'" + a + "' is listed under both amount and concentration");
            }
        }
        for (String c : concentration) {
            if (!variables.contains(c)) {
                throw r.error("concentration", "'" + c + "' is not among the variables " + variables);
            }
        }
        return new CaseSettings(start, duration, steps, variables, absolute, relative, new LinkedHashSet<>(amount),
                new LinkedHashSet<>(concentration));
    }

    private record Reader(String source, Map<String, String> values, Map<String, Integer> lines) {

        InputException error(String field, String problem) {
            return new InputException(source, lines.getOrDefault(field, 0), field, problem);
        }

        double number(String field) {
            String v = values.get(field);
            if (v.isEmpty()) {
                throw error(field, "no value");
            }
            double d;
            try {
                d = Numbers.parse(v);
            } catch (NumberFormatException e) {
                throw error(field, "expected a number, got '" + v + "'");
            }
            if (!Double.isFinite(d)) {
                throw error(field, "must be finite, not " + v);
            }
            return d;
        }

        int wholeNumber(String field) {
            String v = values.get(field);
            double d;
            try {
                d = Numbers.parse(v);
            } catch (NumberFormatException e) {
                throw error(field, "expected a whole number, got '" + v + "'");
            }
            if (!(d >= 1) || d != Math.rint(d) || d > 10_000_000) {
                throw error(field, "expected a whole number of at least 1, got '" + v + "'");
            }
            return (int) d;
        }

        List<String> names(String field) {
            String v = values.get(field);
            List<String> out = new ArrayList<>();
            if (v.isEmpty()) {
                return out;
            }
            Set<String> seen = new HashSet<>();
            for (String part : v.split(",", -1)) {
                String name = part.strip();
                if (name.isEmpty()) {
                    throw error(field, "empty name in '" + v + "'");
                }
                if (!seen.add(name)) {
                    throw error(field, "'" + name + "' listed twice");
                }
                out.add(name);
            }
            return out;
        }
    }
}
