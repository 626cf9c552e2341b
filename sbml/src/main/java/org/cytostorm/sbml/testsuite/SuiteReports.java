package org.cytostorm.sbml.testsuite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.common.io.Csv;

/** The run's reports: a CSV of verdicts and the Markdown conformance document. */
public final class SuiteReports {

    private SuiteReports() {
    }

    /** {@code case,tier,passed,reason}, one row per case in run order; fields quoted as CSV needs. */
    public static String csv(List<CaseResult> results) {
        StringWriter out = new StringWriter();
        try (Csv.RowWriter csv = Csv.writer(out, List.of("case", "tier", "passed", "reason"))) {
            for (CaseResult r : results) {
                csv.start().text(r.id()).text(r.tier()).bool(r.passed()).text(r.reason()).end();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes the CSV whole or not at all. */
    public static void writeCsv(Path file, List<CaseResult> results) throws IOException {
        AtomicFiles.writeString(file, csv(results));
    }


    /**
     * The conformance document: how to reproduce it, pass rates per tier, failures by outcome and
     * by tag, then every failing case with its reason.
     *
     * @param results the run's results
     * @param command the command that regenerates the document
     * @param notes   extra lines for the "How this was made" section (method, thread count), may be empty
     */
    public static String markdown(List<CaseResult> results, String command, List<String> notes) {
        TierSummary summary = TierSummary.of(results);
        StringBuilder sb = new StringBuilder();
        sb.append("# SBML Test Suite conformance\n\n");
        sb.append("Results of cytostorm on the ODE time-course subset of the SBML Test Suite (3.3.0) kept in\n")
                .append("`../shared/reference/sbml-test-suite` (its README.md describes the selection and the tiers).\n")
                .append("Each case's SBML Level 3 Version 2 model is imported, compiled and integrated at the case's\n")
                .append("output times; every value of every listed variable, as an amount or a concentration as the\n")
                .append("case's settings ask, must satisfy the suite's criterion |expected − actual| ≤ absolute +\n")
                .append("relative·|expected| (an expected NaN or ±INF must be matched exactly).\n\n");
        sb.append("This file is generated; do not edit it by hand. To regenerate it:\n\n```\n").append(command)
                .append("\n```\n\n");
        for (String n : notes) {
            sb.append("- ").append(n).append('\n');
        }
        if (!notes.isEmpty()) {
            sb.append('\n');
        }

        sb.append("## Pass rate per tier\n\n| Tier | Passed | Cases | Rate |\n|---|---:|---:|---:|\n");
        for (TierSummary.Tier t : summary.tiers()) {
            sb.append("| ").append(t.name()).append(" | ").append(t.passed()).append(" | ").append(t.total())
                    .append(" | ").append(TierSummary.percentText(t.passed(), t.total())).append(" |\n");
        }
        sb.append("| all | ").append(summary.passed()).append(" | ").append(summary.total()).append(" | ")
                .append(TierSummary.percentText(summary.passed(), summary.total())).append(" |\n\n");

        List<CaseResult> failures = results.stream().filter(r -> !r.passed()).toList();
        if (failures.isEmpty()) {
            sb.append("Every case passes.\n");
            return sb.toString();
        }

        sb.append("## Failures by outcome\n\n| Outcome | Cases | Tier A | Tier B | Tier C |\n|---|---:|---:|---:|---:|\n");
        Map<Outcome, List<CaseResult>> byOutcome = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            List<CaseResult> list = failures.stream().filter(r -> r.outcome() == o).toList();
            if (!list.isEmpty()) {
                byOutcome.put(o, list);
            }
        }
        byOutcome.forEach((o, list) -> sb.append("| ").append(o.label()).append(" | ").append(list.size())
                .append(" | ").append(count(list, "A")).append(" | ").append(count(list, "B")).append(" | ")
                .append(count(list, "C")).append(" |\n"));
        sb.append('\n');

        sb.append("## Failures by tag\n\nFor each tag carried by a failing case: failing cases / cases with the tag.\n\n")
                .append("| Tag | Kind | Failing | With tag |\n|---|---|---:|---:|\n");
        for (String[] row : tagRows(results)) {
            sb.append("| ").append(row[0]).append(" | ").append(row[1]).append(" | ").append(row[2]).append(" | ")
                    .append(row[3]).append(" |\n");
        }
        sb.append('\n');

        sb.append("## Failing cases\n\n| Case | Tier | Tags | Reason |\n|---|---|---|---|\n");
        for (CaseResult r : failures) {
            List<String> tags = new ArrayList<>(r.componentTags());
            tags.addAll(r.testTags());
            sb.append("| ").append(r.id()).append(" | ").append(r.tier()).append(" | ")
                    .append(markdownCell(String.join(", ", tags))).append(" | ").append(markdownCell(r.reason()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** Writes the Markdown document whole or not at all. */
    public static void writeMarkdown(Path file, List<CaseResult> results, String command, List<String> notes)
            throws IOException {
        AtomicFiles.writeString(file, markdown(results, command, notes));
    }

    private static long count(List<CaseResult> list, String tier) {
        return list.stream().filter(r -> r.tier().equals(tier)).count();
    }

    private static List<String[]> tagRows(List<CaseResult> results) {
        Map<String, int[]> counts = new TreeMap<>();
        for (CaseResult r : results) {
            for (String t : r.componentTags()) {
                tally(counts, t + "\u0000component", r);
            }
            for (String t : r.testTags()) {
                tally(counts, t + "\u0000test", r);
            }
        }
        List<String[]> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            if (c[0] > 0) {
                String[] parts = key.split("\u0000");
                rows.add(new String[] {parts[0], parts[1], Integer.toString(c[0]), Integer.toString(c[1])});
            }
        });
        rows.sort(Comparator.comparingInt((String[] r) -> -Integer.parseInt(r[2])).thenComparing(r -> r[0]));
        return rows;
    }

    private static void tally(Map<String, int[]> counts, String key, CaseResult r) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[1]++;
        if (!r.passed()) {
            c[0]++;
        }
    }

    static String markdownCell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\n", " ");
    }
}
