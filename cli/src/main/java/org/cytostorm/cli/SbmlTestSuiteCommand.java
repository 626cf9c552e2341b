package org.cytostorm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cytostorm.engine.solve.Method;
import org.cytostorm.sbml.testsuite.CaseResult;
import org.cytostorm.sbml.testsuite.CaseRunner;
import org.cytostorm.sbml.testsuite.CaseSelection;
import org.cytostorm.sbml.testsuite.Outcome;
import org.cytostorm.sbml.testsuite.SuiteCase;
import org.cytostorm.sbml.testsuite.SuiteIndex;
import org.cytostorm.sbml.testsuite.SuiteReports;
import org.cytostorm.sbml.testsuite.SuiteRunner;
import org.cytostorm.sbml.testsuite.TierSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cytostorm sbml-test-suite DIR [--cases LIST] [--report FILE.csv] [--markdown FILE.md] [--threads N]}. */
@Command(name = "sbml-test-suite", header = "Run SBML Test Suite cases and check them against their results.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs SBML Test Suite cases: imports each case's SBML Level 3 Version 2 model, integrates it at",
                "the case's output times and checks every value with the suite's criterion",
                "|expected - actual| <= absolute + relative*|expected|. Prints the pass count by tier.",
                "Exits 0 when the run completes, whatever the pass count (it is a report); 2 on bad input."})
final class SbmlTestSuiteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR",
            description = "the suite folder, holding index.csv (case,componentTags,testTags,tier) and cases/NNNNN/")
    private Path dir;

    @Option(names = "--cases", paramLabel = "LIST",
            description = "case numbers and ranges, e.g. 1-100,250,1100-1120 (default: every case in index.csv)")
    private String cases;

    @Option(names = "--report", paramLabel = "FILE.csv",
            description = "write case,tier,passed,reason for every case (whole or not at all)")
    private Path report;

    @Option(names = "--markdown", paramLabel = "FILE.md",
            description = "write the conformance document (pass rate per tier, every failure with its reason)")
    private Path markdown;

    @Option(names = "--threads", paramLabel = "N",
            description = "cases run in parallel (default: the number of processors); results do not depend on it")
    private Integer threads;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto",
            description = "auto, rodas5p, rodas4 or dopri853 (default: ${DEFAULT-VALUE})")
    private String method;

    @Override
    public Integer call() throws Exception {
        Method m;
        try {
            m = Method.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--method: unknown method '" + method
                    + "'; choose auto, rodas5p, rodas4 or dopri853");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + n);
        }
        CaseSelection selection = cases == null ? CaseSelection.all() : CaseSelection.parse(cases);
        SuiteIndex index = SuiteIndex.read(dir);
        List<SuiteCase> selected = index.select(selection);
        if (selected.isEmpty()) {
            throw new IllegalArgumentException(dir.resolve("index.csv") + " lists no case");
        }

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.printf(Locale.ROOT, "SBML Test Suite: %d cases from %s, %d thread%s%n", selected.size(), dir, n,
                n == 1 ? "" : "s");
        out.flush();

        long t0 = System.nanoTime();
        List<CaseResult> results;
        SuiteRunner runner = new SuiteRunner(new CaseRunner(CaseRunner.SBML, m), n);
        if (System.console() != null) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("sbml-test-suite")
                    .setInitialMax(selected.size()).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .build()) {
                int[] passed = {0};
                results = runner.run(selected, (r, done, total) -> {
                    if (r.passed()) {
                        passed[0]++;
                    }
                    bar.step();
                    bar.setExtraMessage(passed[0] + " passed");
                });
            }
        } else {
            results = runner.run(selected, new PlainProgress(err));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;

        TierSummary summary = TierSummary.of(results);
        out.print(summary.format());
        Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
        for (CaseResult r : results) {
            if (!r.passed()) {
                byOutcome.merge(r.outcome(), 1, Integer::sum);
            }
        }
        if (!byOutcome.isEmpty()) {
            List<String> parts = new ArrayList<>();
            byOutcome.forEach((o, c) -> parts.add(o.label() + " " + c));
            out.println("failures: " + String.join(", ", parts));
        }
        out.printf(Locale.ROOT, "time: %.1f s%n", seconds);
        if (report != null) {
            SuiteReports.writeCsv(report, results);
            out.println("wrote " + report);
        }
        if (markdown != null) {
            List<String> notes = List.of(
                    "Solver: " + m + ", per case relative tolerance min(1e-8, relative/100) and absolute tolerance"
                            + " min(absolute/1000, 1e-12) of the case's settings.",
                    "Cases: " + (cases == null ? "every case in index.csv" : cases) + " (" + selected.size() + ").",
                    "CI: `SbmlTestSuiteConformanceTest` (sbml module) runs every case in `mvn verify` and fails"
                            + " below tier A 100%, tier B 98%, tier C 90%.");
            SuiteReports.writeMarkdown(markdown, results, command(), notes);
            out.println("wrote " + markdown);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The command as typed (subcommand and arguments), to put in the generated document, without
     * --threads, which does not change the results.
     */
    private String command() {
        List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--threads") && i + 1 < args.size()) {
                args.remove(i + 1);
                args.remove(i);
                i--;
            } else if (args.get(i).startsWith("--threads=")) {
                args.remove(i);
                i--;
            }
        }
        StringBuilder sb = new StringBuilder("./cytostorm");
        for (String a : args) {
            sb.append(' ').append(a.matches("[A-Za-z0-9_./=,:@%+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return sb.toString();
    }

    /** Progress as plain lines at every tenth of the run, readable in CI logs. */
    private static final class PlainProgress implements SuiteRunner.Progress {
        private final PrintWriter err;
        private int passed;
        private int nextTenth = 1;

        PlainProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void caseDone(CaseResult r, int done, int total) {
            if (r.passed()) {
                passed++;
            }
            if (done * 10L >= (long) nextTenth * total || done == total) {
                while (done * 10L >= (long) nextTenth * total) {
                    nextTenth++;
                }
                err.printf(Locale.ROOT, "sbml-test-suite: %d/%d cases (%d%%), %d passed%n", done, total,
                        100L * done / total, passed);
                err.flush();
            }
        }
    }
}
