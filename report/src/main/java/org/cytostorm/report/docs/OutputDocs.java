package org.cytostorm.report.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytostorm.cohort.population.Covariates;
import org.cytostorm.cohort.store.RowSchema;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;

/**
 * The generated parts of {@code docs/outputs.md}: the table of every column a patient run writes,
 * taken from a real run, placed after the marker line {@value #MARKER} and ended by {@value #END};
 * and the table of the columns of a trial's patients.parquet ({@link RowSchema}), with the
 * parameter columns renamed because their names differ only by case, after {@value #TRIAL_MARKER}
 * and ended by {@value #TRIAL_END}. The rest of the page is written by hand and kept as it is.
 */
public final class OutputDocs {

    /** The line after which the generated table goes. */
    public static final String MARKER = "<!-- columns: generated -->";
    /** The line that ends the generated table (written by {@link #fill}). */
    public static final String END = "<!-- columns: end -->";
    /** The line after which the table of patients.parquet's columns goes. */
    public static final String TRIAL_MARKER = "<!-- trial columns: generated -->";
    /** The line that ends it. */
    public static final String TRIAL_END = "<!-- trial columns: end -->";
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
     * The generated block of the trial outputs: patients.parquet's columns in file order (a family of
     * columns, {@code sg_NAME} or {@code p_NAME}, as one row), then the parameters of {@code table}
     * whose names differ only by case, with the columns they get when the population varies them all.
     */
    public static String trialTable(ParameterTable table) {
        List<RowSchema.Column> columns = RowSchema.documented();
        StringBuilder sb = new StringBuilder();
        sb.append("Generated from `RowSchema` by `").append(REGENERATE).append("`; do not edit by hand. ")
                .append(columns.size()).append(" kinds of column, in file order.\n\n");
        sb.append(Markdown.header(List.of("Column", "Type", "Meaning"), "lll"));
        for (RowSchema.Column c : columns) {
            sb.append(Markdown.row(List.of(Markdown.code(c.name()), Markdown.cell(c.type()),
                    Markdown.cell(c.description()))));
        }
        // the population varies table parameters other than the covariates weight and age
        List<String> names = new ArrayList<>();
        for (ParameterEntry e : table.entries()) {
            if (!Covariates.CONTINUOUS.contains(e.name())) {
                names.add(e.name());
            }
        }
        Map<String, List<String>> byCase = new LinkedHashMap<>();
        names.forEach(n -> byCase.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(n));
        RowSchema all = new RowSchema(List.of(), names);
        List<String> renamed = new ArrayList<>();
        for (List<String> group : byCase.values()) {
            if (group.size() > 1) {
                renamed.add(String.join(" and ", group.stream()
                        .map(n -> Markdown.code(n) + " as " + Markdown.code(all.parameterColumn(n))).toList()));
            }
        }
        sb.append("\nParameters of the standard model whose names differ only by case, with their columns when the"
                + " population varies both (in parameter-table order; a parameter varied alone keeps `p_NAME`): ")
                .append(renamed.isEmpty() ? "none" : String.join("; ", renamed)).append(".\n");
        return sb.toString();
    }

    /**
     * The page with the generated blocks replaced: the column table by {@code table}, everything
     * between the marker line and the end line (or, before the first generation, the next heading);
     * and, where the page has the line {@value #TRIAL_MARKER}, the trial block likewise by
     * {@link #trialTable} of the standard model's table.
     *
     * @throws IllegalArgumentException if the page has no marker line
     */
    public static String fill(String page, String table) {
        String filled = fill(page, MARKER, END, table, "the column table");
        if (lineStart(filled, TRIAL_MARKER, 0) < 0) {
            return filled;
        }
        return fill(filled, TRIAL_MARKER, TRIAL_END, trialTable(PatientModel.standard().table()),
                "the table of patients.parquet");
    }

    static String fill(String page, String markerLine, String endLine, String table, String what) {
        int marker = lineStart(page, markerLine, 0);
        if (marker < 0) {
            throw new IllegalArgumentException("no line '" + markerLine + "' marking where " + what + " goes");
        }
        int from = lineEnd(page, marker);
        int end = lineStart(page, endLine, from);
        int to;
        if (end >= 0) {
            to = lineEnd(page, end);
        } else {
            int heading = page.indexOf("\n#", from - 1);
            to = heading < 0 ? page.length() : heading + 1;
        }
        String rest = page.substring(to);
        return page.substring(0, from) + "\n" + table + "\n" + endLine + "\n" + (rest.startsWith("\n")
                || rest.isEmpty() ? "" : "\n") + rest;
    }

    /**
     * The generated block of a page (between the marker and end lines, without them), or empty when
     * the page has none.
     */
    public static String generatedBlock(String page) {
        return block(page, MARKER, END);
    }

    /** The generated trial block of a page (between its marker and end lines), or empty when it has none. */
    public static String generatedTrialBlock(String page) {
        return block(page, TRIAL_MARKER, TRIAL_END);
    }

    static String block(String page, String markerLine, String endLine) {
        int marker = lineStart(page, markerLine, 0);
        if (marker < 0) {
            return "";
        }
        int from = lineEnd(page, marker);
        int end = lineStart(page, endLine, from);
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
