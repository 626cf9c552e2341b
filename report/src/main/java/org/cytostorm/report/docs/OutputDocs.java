package org.cytostorm.report.docs;

import java.util.List;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;

/**
 * The generated part of {@code docs/outputs.md}: the table of every column a patient run writes,
 * taken from a real run, placed after the marker line {@value #MARKER} and ended by {@value #END}.
 * The rest of the page is written by hand and kept as it is.
 */
public final class OutputDocs {

    /** The line after which the generated table goes. */
    public static final String MARKER = "<!-- columns: generated -->";
    /** The line that ends the generated table (written by {@link #fill}). */
    public static final String END = "<!-- columns: end -->";
    /** The command that regenerates the table, from the repository root. */
    public static final String REGENERATE = "./cytostorm docs outputs";
    /** Where the page lives, relative to the repository root. */
    public static final String PATH = "docs/outputs.md";
    /** The scenario whose run supplies the columns, and for how long it is run (hours). */
    public static final String SCENARIO = "healthy";
    static final double DURATION_H = 24;

    private OutputDocs() {
    }

    /** The columns of a one-day run of the built-in {@value #SCENARIO} scenario, in file order. */
    public static List<OutputColumn> currentColumns() {
        PatientRun run = PatientSimulator.standard().run(BuiltInScenarios.load(SCENARIO).withDuration(DURATION_H)).orThrow();
        return run.columns();
    }

    /** The generated block: a note on its origin, then the table (name, unit, group, description). */
    public static String table(List<OutputColumn> columns) {
        StringBuilder sb = new StringBuilder();
        sb.append("Generated from a run of the built-in `").append(SCENARIO).append("` scenario by `")
                .append(REGENERATE).append("`; do not edit by hand.\n").append(columns.size())
                .append(" columns after `time_h`, in file order.\n\n");
        sb.append(Markdown.header(List.of("Column", "Unit", "Group", "Description"), "llll"));
        for (OutputColumn c : columns) {
            sb.append(Markdown.row(List.of(Markdown.code(c.name()), Markdown.cell(c.unit()), Markdown.cell(c.group()),
                    Markdown.cell(c.description()))));
        }
        return sb.toString();
    }

    /**
     * The page with the generated block replaced by {@code table}: everything between the marker line
     * and the end line (or, before the first generation, the next heading) is replaced.
     *
     * @throws IllegalArgumentException if the page has no marker line
     */
    public static String fill(String page, String table) {
        int marker = lineStart(page, MARKER, 0);
        if (marker < 0) {
            throw new IllegalArgumentException("no line '" + MARKER + "' marking where the column table goes");
        }
        int from = lineEnd(page, marker);
        int end = lineStart(page, END, from);
        int to;
        if (end >= 0) {
            to = lineEnd(page, end);
        } else {
            int heading = page.indexOf("\n#", from - 1);
            to = heading < 0 ? page.length() : heading + 1;
        }
        String rest = page.substring(to);
        return page.substring(0, from) + "\n" + table + "\n" + END + "\n" + (rest.startsWith("\n") || rest.isEmpty()
                ? "" : "\n") + rest;
    }

    /**
     * The generated block of a page (between the marker and end lines, without them), or empty when
     * the page has none.
     */
    public static String generatedBlock(String page) {
        int marker = lineStart(page, MARKER, 0);
        if (marker < 0) {
            return "";
        }
        int from = lineEnd(page, marker);
        int end = lineStart(page, END, from);
        return end < 0 ? "" : page.substring(from, end);
    }

    private static int lineStart(String page, String line, int from) {
        int at = from;
        while (true) {
            int i = page.indexOf(line, at);
            if (i < 0) {
                return -1;
            }
            boolean starts = i == 0 || page.charAt(i - 1) == '\n';
            int after = i + line.length();
            boolean ends = after == page.length() || page.charAt(after) == '\n' || page.charAt(after) == '\r';
            if (starts && ends) {
                return i;
            }
            at = i + 1;
        }
    }

    private static int lineEnd(String page, int start) {
        int nl = page.indexOf('\n', start);
        return nl < 0 ? page.length() : nl + 1;
    }
}
