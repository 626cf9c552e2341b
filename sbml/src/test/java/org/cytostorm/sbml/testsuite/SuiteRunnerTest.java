package org.cytostorm.sbml.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytostorm.engine.solve.Method;
import org.cytostorm.sbml.testsuite.TempSuite.Col;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteRunnerTest {

    @TempDir
    Path tmp;

    private SuiteIndex suite() throws IOException {
        TempSuite s = new TempSuite(tmp);
        for (int i = 1; i <= 12; i++) {
            double k = i % 3 == 0 ? 2 : 1; // every third case expects the wrong rate
            String tier = i <= 4 ? "A" : i <= 8 ? "B" : "C";
            s.add(i, tier, TempSuite.DECAY, 1 + i * 0.5, 10 + i, "", "S", new Col("S", t -> 3 * Math.exp(-k * t)));
        }
        SuiteIndex index = s.write();
        Files.writeString(index.cases().get(4).resultsFile(), "garbage\n"); // case 5: malformed
        return index;
    }

    @Test
    void resultsComeInCaseOrderAndDoNotDependOnTheThreadCount() throws Exception {
        SuiteIndex index = suite();
        CaseRunner runner = new CaseRunner(TempSuite.LOADER, Method.AUTO);
        List<List<CaseResult>> runs = new ArrayList<>();
        for (int threads : new int[] {1, 2, 5}) {
            List<Integer> seen = new ArrayList<>();
            List<CaseResult> results = new SuiteRunner(runner, threads).run(index.cases(), (r, done, total) -> {
                seen.add(done);
                assertEquals(12, total);
            });
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), seen);
            runs.add(results.stream().map(CaseResult::withoutTiming).toList());
        }
        assertEquals(runs.get(0), runs.get(1));
        assertEquals(runs.get(0), runs.get(2));
        List<CaseResult> r = runs.get(0);
        assertEquals(index.cases().stream().map(SuiteCase::id).toList(), r.stream().map(CaseResult::id).toList());
        assertEquals(Outcome.WRONG_VALUES, r.get(2).outcome());
        assertEquals(Outcome.CASE_ERROR, r.get(4).outcome());
        assertTrue(r.get(0).passed());

        TierSummary summary = TierSummary.of(r);
        assertEquals("tier A: 3/4 (75.0%)\ntier B: 2/4 (50.0%)\ntier C: 2/4 (50.0%)\nall:    7/12 (58.3%)\n",
                summary.format());
        assertEquals(3, summary.tier("A").orElseThrow().passed());
    }

    @Test
    void aThrowingProgressListenerStillLeavesAVerdict() throws Exception {
        SuiteIndex index = suite();
        List<CaseResult> r = new SuiteRunner(new CaseRunner(TempSuite.LOADER, Method.AUTO), 2)
                .run(index.cases().subList(0, 2), (res, done, total) -> {
                    throw new IllegalStateException("listener");
                });
        assertEquals(2, r.size());
        assertEquals(Outcome.INTERNAL_ERROR, r.get(0).outcome());
    }

    @Test
    void threadsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new SuiteRunner(new CaseRunner(), 0));
    }

    @Test
    void percentagesRoundDown() {
        assertEquals("99.9%", TierSummary.percentText(1370, 1371));
        assertEquals("100.0%", TierSummary.percentText(286, 286));
        assertEquals("0.0%", TierSummary.percentText(0, 3));
        assertEquals("33.3%", TierSummary.percentText(1, 3));
    }
}
