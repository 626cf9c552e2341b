package org.cytostorm.report.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.Peak;
import org.cytostorm.physiology.run.RunSummary;
import org.cytostorm.physiology.scenario.Scenario;

/**
 * The run's summary as one screen of plain text (at most {@value #MAX_LINES} lines of at most
 * {@value #MAX_WIDTH} characters, no ANSI codes, so it reads the same in a terminal, a log or CI).
 * When there are more peaks or extra figures than fit, the last row says how many were left out;
 * summary.json has them all.
 */
public final class ConsoleSummary {

    public static final int MAX_LINES = 36;
    public static final int MAX_WIDTH = 100;

    private static final String LABEL = "%-17s%s";
    private static final String PEAK_ROW = "  %-15s%-22s%s";
    private static final String EXTRA_CELL = "  %-24s%-22s";

    private ConsoleSummary() {
    }

    /** The summary text, lines ended by '\n'. */
    public static String format(PatientRun run) {
        Scenario scenario = run.scenario();
        RunSummary summary = run.summary();
        List<String> head = new ArrayList<>();
        head.add(String.format(LABEL, "cytostorm", Inputs.build(run)));
        head.add(String.format(LABEL, "Scenario", Inputs.scenario(scenario)));
        if (scenario.description() != null && !scenario.description().isBlank()) {
            head.add(String.format(LABEL, "", scenario.description()));
        }
        head.add(String.format(LABEL, "Trigger", Inputs.trigger(run)));
        if (!scenario.settings().isEmpty()) {
            head.addAll(wrapped("Settings (--set)", Inputs.settings(run), ","));
        }
        head.add(String.format(LABEL, "Duration", Figures.duration(scenario.durationH())));
        head.add(String.format(LABEL, "Care protocol", Inputs.protocol(scenario.protocol())));
        if (!Inputs.scheduled(scenario).isEmpty()) {
            head.addAll(wrapped("Doses scheduled", Inputs.scheduled(scenario), ","));
        }
        run.provenance().seed().ifPresent(seed -> head.add(String.format(LABEL, "Seed", seed)));
        if (!run.provenance().warnings().isEmpty()) {
            head.add(String.format(LABEL, "Warnings", run.provenance().warnings().size()
                    + " (on standard error and in summary.json)"));
        }

        List<String> scores = new ArrayList<>();
        scores.add(String.format(LABEL, "Max CRS grade", summary.maxCrsGrade()));
        scores.add(String.format(LABEL, "Max SOFA", Figures.number(summary.maxSofa())));
        scores.add(String.format(LABEL, Figures.survivalLabel(scenario.durationH()), Figures.percent(summary.survivalDay28())));
        CourseFigures.rows(summary).forEach(r -> scores.add(String.format(LABEL, r.label(), r.value())));
        scores.addAll(wrapped("Organ support", summary.supportUsed(), ";"));
        scores.addAll(wrapped("Treatments", TreatmentDigest.phrases(run.treatments()), ","));

        List<String> peaks = peakRows(run);
        List<String> extras = extraRows(new TreeMap<>(summary.extra()));

        // Fixed parts: head, blank, peaks heading, blank, scores; then blank and heading for extras.
        int free = MAX_LINES - head.size() - 2 - 1 - scores.size() - (extras.isEmpty() ? 0 : 2);
        int peakBudget = extras.isEmpty() ? free : Math.max(1, Math.min(peaks.size(), free - 1));
        List<String> lines = new ArrayList<>(head);
        lines.add("");
        lines.add(peaks.isEmpty() ? String.format(LABEL, "Cytokine peaks", "none recorded")
                : String.format("%-17s%-22s%s", "Cytokine peaks", "peak", "time"));
        lines.addAll(fit(peaks, peakBudget));
        lines.add("");
        lines.addAll(scores);
        if (!extras.isEmpty()) {
            lines.add("");
            lines.add("Other figures");
            lines.addAll(fit(extras, free - Math.min(peaks.size(), peakBudget)));
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(clip(line.stripTrailing())).append('\n');
        }
        return text.toString();
    }

    private static List<String> peakRows(PatientRun run) {
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, Peak> e : SummaryOrder.peaks(run).entrySet()) {
            rows.add(String.format(PEAK_ROW, e.getKey(),
                    Figures.withUnit(e.getValue().value(), SummaryOrder.unit(run, e.getKey())),
                    Figures.time(e.getValue().timeH())));
        }
        return rows;
    }

    /** Extra figures two to a line: there may be many, and each is short. */
    private static List<String> extraRows(Map<String, Double> extra) {
        List<String> cells = new ArrayList<>();
        extra.forEach((name, value) -> cells.add(String.format(EXTRA_CELL, name, Figures.number(value))));
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += 2) {
            rows.add(i + 1 < cells.size() ? cells.get(i) + cells.get(i + 1) : cells.get(i));
        }
        return rows;
    }

    /**
     * A labelled list wrapped at the screen width, at most three lines ("none" when empty). Organ
     * support and treatments can each run long; the files have them in full.
     */
    private static List<String> wrapped(String label, List<String> items, String separator) {
        List<String> lines = new ArrayList<>();
        if (items.isEmpty()) {
            lines.add(String.format(LABEL, label, "none"));
            return lines;
        }
        StringBuilder line = new StringBuilder(String.format(LABEL, label, ""));
        String indent = " ".repeat(line.length());
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i + 1 < items.size() ? separator : "");
            if (line.length() > indent.length() && line.length() + 1 + item.length() > MAX_WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            line.append(line.length() > indent.length() ? " " : "").append(item);
        }
        lines.add(line.toString());
        return fit(lines, 3);
    }

    /** The rows, or as many as fit with a last row telling how many were left out. */
    private static List<String> fit(List<String> rows, int budget) {
        if (rows.size() <= budget) {
            return rows;
        }
        int kept = Math.max(0, budget - 1);
        List<String> fitted = new ArrayList<>(rows.subList(0, kept));
        fitted.add("  ... " + (rows.size() - kept) + " more rows in summary.json");
        return fitted;
    }

    private static String clip(String line) {
        return line.length() <= MAX_WIDTH ? line : line.substring(0, MAX_WIDTH - 3) + "...";
    }
}
