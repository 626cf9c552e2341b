package org.cytostorm.sbml.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every selected case of the SBML Test Suite (1371: ../shared/reference/sbml-test-suite) and
 * fails below the project's conformance floor: tier A 100%, tier B 98%, tier C 90%. Prints the
 * summary, the failures by outcome, the failing cases of each tier and the slowest cases; writes
 * {@code sbml/target/sbml-test-suite-report.csv}. Uses every processor (the verdicts do not depend
 * on the thread count).
 */
class SbmlTestSuiteConformanceTest {

    /** Minimum pass rates in percent. */
    private static final Map<String, Integer> FLOOR = Map.of("A", 100, "B", 98, "C", 90);

    @Test
    void fullSuiteMeetsTheTierFloors() throws Exception {
        SuiteIndex index = SuiteIndex.read(SuiteLocation.suiteDir());
        List<SuiteCase> cases = index.cases();
        assertEquals(1371, cases.size());
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        int[] nextTenth = {1};
        List<CaseResult> results = new SuiteRunner(new CaseRunner(), threads).run(cases, (r, done, total) -> {
            if (done * 10L >= (long) nextTenth[0] * total) {
                System.out.printf(Locale.ROOT, "sbml-test-suite: %d/%d cases%n", done, total);
                nextTenth[0]++;
            }
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path report = Path.of(System.getProperty("cytostorm.root", ".")).resolve("sbml/target/sbml-test-suite-report.csv");
        SuiteReports.writeCsv(report, results);

        TierSummary summary = TierSummary.of(results);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "SBML Test Suite: %d cases, %d threads, %.1f s (report: %s)%n",
                results.size(), threads, seconds, report));
        out.append(summary.format());
        Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
        results.stream().filter(r -> !r.passed()).forEach(r -> byOutcome.merge(r.outcome(), 1, Integer::sum));
        out.append("failures by outcome: ").append(byOutcome).append('\n');
        out.append("slowest cases:");
        results.stream().sorted(Comparator.comparingLong(CaseResult::elapsedNanos).reversed()).limit(5)
                .forEach(r -> out.append(String.format(Locale.ROOT, " %s %.2fs", r.id(), r.elapsedNanos() / 1e9)));
        out.append('\n');
        System.out.print(out);

        List<String> below = new ArrayList<>();
        for (TierSummary.Tier t : summary.tiers()) {
            int floor = FLOOR.getOrDefault(t.name(), 0);
            if ((long) t.passed() * 100 < (long) floor * t.total()) {
                StringBuilder sb = new StringBuilder("tier " + t.name() + ": " + t.format() + ", below " + floor
                        + "%; failing:");
                results.stream().filter(r -> r.tier().equals(t.name()) && !r.passed()).limit(40)
                        .forEach(r -> sb.append("\n  ").append(r.id()).append(": ").append(r.reason()));
                below.add(sb.toString());
            }
        }
        assertTrue(below.isEmpty(), String.join("\n", below));
    }
}
