package org.cytostorm.sbml.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteReportsTest {

    @TempDir
    Path tmp;

    private static final List<CaseResult> RESULTS = List.of(
            new CaseResult("00001", "A", List.of("Species"), List.of("Amount"), Outcome.PASSED, "", 5),
            new CaseResult("00002", "B", List.of("Species", "RateRule"), List.of(), Outcome.WRONG_VALUES,
                    "wrong values: S1 at t=2.5: expected 1, got 2 (allowed difference 0.0001); 1 of 3 points fail", 7),
            new CaseResult("00003", "C", List.of("EventNoDelay"), List.of("Amount"), Outcome.IMPORT_ERROR,
                    "import error: x.xml: event \"e|1\": <delay> missing", 9));

    @Test
    void csvHasOneRowPerCaseAndQuotesWhatNeedsIt() throws IOException {
        Path f = tmp.resolve("out/report.csv");
        SuiteReports.writeCsv(f, RESULTS);
        assertEquals(List.of("case,tier,passed,reason", "00001,A,true,",
                "00002,B,false,\"wrong values: S1 at t=2.5: expected 1, got 2 (allowed difference 0.0001); 1 of 3 points fail\"",
                "00003,C,false,\"import error: x.xml: event \"\"e|1\"\": <delay> missing\""), Files.readAllLines(f));
        try (var files = Files.list(f.getParent())) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void markdownHasTiersOutcomesTagsAndEveryFailure() {
        String md = SuiteReports.markdown(RESULTS, "./cytostorm sbml-test-suite DIR --markdown x.md",
                List.of("Solver: AUTO."));
        assertTrue(md.contains("```\n./cytostorm sbml-test-suite DIR --markdown x.md\n```"), md);
        assertTrue(md.contains("| A | 1 | 1 | 100.0% |"), md);
        assertTrue(md.contains("| all | 1 | 3 | 33.3% |"), md);
        assertTrue(md.contains("| wrong values | 1 | 0 | 1 | 0 |"), md);
        assertTrue(md.contains("| Species | component | 1 | 2 |"), md);
        assertTrue(md.contains("| 00003 | C | EventNoDelay, Amount | import error: x.xml: event \"e\\|1\": &lt;delay> missing |"),
                md);
        assertTrue(md.contains("- Solver: AUTO."), md);
    }

    @Test
    void indexProblemsAreNamed() throws IOException {
        InputException e = assertThrows(InputException.class, () -> SuiteIndex.parse(
                "case,componentTags,testTags,tier\n00001,Species,Amount,A\n1,Species,Amount,A\n", "index.csv", tmp));
        assertEquals("index.csv:3: case: expected a five-digit case number, got '1'", e.getMessage());
        e = assertThrows(InputException.class, () -> SuiteIndex.parse(
                "case,tags\n", "index.csv", tmp));
        assertEquals("index.csv:1: header: expected 'case,componentTags,testTags,tier', got 'case,tags'", e.getMessage());
        e = assertThrows(InputException.class, () -> SuiteIndex.parse(
                "case,componentTags,testTags,tier\n00001,Species,A\n", "index.csv", tmp));
        assertEquals("index.csv:2: expected 4 columns, found 3", e.getMessage());
        SuiteIndex ok = SuiteIndex.parse("case,componentTags,testTags,tier\n00007,Compartment;Species,,B\n", "i", tmp);
        assertEquals(List.of("Compartment", "Species"), ok.cases().get(0).componentTags());
        assertEquals(List.of(), ok.cases().get(0).testTags());
        assertEquals(tmp.resolve("cases/00007/00007-sbml-l3v2.xml"), ok.cases().get(0).modelFile());
        assertThrows(NoSuchFileException.class, () -> SuiteIndex.read(tmp));
    }
}
