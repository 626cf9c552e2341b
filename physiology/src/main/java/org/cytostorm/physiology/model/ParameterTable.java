package org.cytostorm.physiology.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytostorm.common.input.InputException;

/**
 * The parameter table of the patient model ({@code parameters.tsv} beside {@code patient.ant}).
 * Tab-separated, one header line, {@code #} starts a comment line; columns: name, value, unit,
 * min, max, distribution, evidence, source, description.
 */
public final class ParameterTable {

    static final String[] HEADER = {"name", "value", "unit", "min", "max", "distribution", "evidence", "source",
        "description"};

    private final Map<String, ParameterEntry> entries;

    private ParameterTable(Map<String, ParameterEntry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** The table that ships with cytostorm. */
    public static ParameterTable standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ParameterTable STANDARD = parse(PatientModel.resource("parameters.tsv"), "parameters.tsv");
    }

    /** Parses table text; {@code sourceName} names the file in messages. */
    public static ParameterTable parse(String text, String sourceName) {
        Map<String, ParameterEntry> map = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        boolean headerSeen = false;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (!headerSeen) {
                if (f.length != HEADER.length || !String.join("\t", f).equals(String.join("\t", HEADER))) {
                    throw new InputException(sourceName, lineNo, "header", "expected the columns " + String.join(", ", HEADER));
                }
                headerSeen = true;
                continue;
            }
            if (f.length != HEADER.length) {
                throw new InputException(sourceName, lineNo, "row", "expected " + HEADER.length
                        + " tab-separated columns, found " + f.length);
            }
            String name = f[0].trim();
            double value = number(f[1], sourceName, lineNo, "value");
            double min = number(f[3], sourceName, lineNo, "min");
            double max = number(f[4], sourceName, lineNo, "max");
            if (!(min <= value && value <= max)) {
                throw new InputException(sourceName, lineNo, "value", name + " = " + value
                        + " lies outside its plausible range [" + min + ", " + max + "]");
            }
            String evidence = f[6].trim();
            if (!ParameterEntry.EVIDENCE.contains(evidence)) {
                throw new InputException(sourceName, lineNo, "evidence", "'" + evidence + "' is not one of "
                        + ParameterEntry.EVIDENCE);
            }
            String source = f[7].trim();
            if (source.isEmpty()) {
                throw new InputException(sourceName, lineNo, "source", name + " needs a source (doi:, pmid:, ref: or assumed: reason)");
            }
            if (map.containsKey(name)) {
                throw new InputException(sourceName, lineNo, "name", name + " appears twice");
            }
            Distribution distribution;
            try {
                distribution = DistributionParser.parse(f[5], value, min, max);
            } catch (IllegalArgumentException e) {
                throw new InputException(sourceName, lineNo, "distribution", name + ": " + e.getMessage());
            }
            map.put(name, new ParameterEntry(name, value, f[2].trim(), min, max, distribution, evidence, source,
                    f[8].trim(), lineNo));
        }
        return new ParameterTable(map);
    }

    private static double number(String s, String file, int line, String field) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new InputException(file, line, field, "'" + s + "' is not a number");
        }
    }

    public Optional<ParameterEntry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** Every entry, in table order. */
    public List<ParameterEntry> entries() {
        return new ArrayList<>(entries.values());
    }

    /**
     * A copy with {@code entry} added after the others, or in place of the entry of its name: how a
     * research variant in Java adds or changes a parameter without writing a table file.
     */
    public ParameterTable with(ParameterEntry entry) {
        Map<String, ParameterEntry> copy = new LinkedHashMap<>(entries);
        copy.put(entry.name(), entry);
        return new ParameterTable(copy);
    }

    /** The mechanism switches, in table order. */
    public List<ParameterEntry> switches() {
        return entries.values().stream().filter(ParameterEntry::isSwitch).toList();
    }

}
