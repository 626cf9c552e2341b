package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SbmlTestSuiteCommandTest {

    @TempDir
    Path dir;

    private static Path suite() {
        String root = System.getProperty("cytostorm.root", "..");
        Path p = Paths.get(root).toAbsolutePath().normalize().resolveSibling("shared").resolve("reference")
                .resolve("sbml-test-suite");
        assertTrue(Files.isRegularFile(p.resolve("index.csv")), "SBML Test Suite missing: " + p);
        return p;
    }

    @Test
    void runsTheSelectedCasesAndWritesTheReports() throws IOException {
        Path report = dir.resolve("report.csv");
        Path md = dir.resolve("conformance.md");
        CliRun r = CliRun.of("sbml-test-suite", suite().toString(), "--cases", "1-3,1100", "--threads", "2",
                "--report", report.toString(), "--markdown", md.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("SBML Test Suite: 4 cases from "), r.out());
        assertTrue(r.out().matches("(?s).*\ntier A: \\d/3 \\(\\d+\\.\\d%\\)\ntier [BC]: \\d/1 .*"), r.out());
        assertTrue(r.out().contains("\nall:    "), r.out());
        // not a terminal: plain progress lines
        assertTrue(r.err().contains("sbml-test-suite: 4/4 cases (100%)"), r.err());

        List<String> lines = Files.readAllLines(report);
        assertEquals(5, lines.size());
        assertEquals("case,tier,passed,reason", lines.get(0));
        assertTrue(lines.get(1).matches("00001,A,(true,|false,.+)"), lines.get(1));
        assertTrue(lines.get(4).startsWith("01100,"), lines.get(4));

        String doc = Files.readString(md);
        assertTrue(doc.contains("./cytostorm sbml-test-suite " + suite() + " --cases 1-3,1100 --report " + report
                + " --markdown " + md), doc);
        assertTrue(doc.contains("## Pass rate per tier"), doc);
    }

    @Test
    void badInputExits2() throws IOException {
        CliRun missing = CliRun.of("sbml-test-suite", dir.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nowhere"), missing.err());

        CliRun badList = CliRun.of("sbml-test-suite", suite().toString(), "--cases", "1-x");
        assertEquals(2, badList.exitCode());
        assertTrue(badList.err().contains("'x' in case list '1-x' is not a case number"), badList.err());

        CliRun unknown = CliRun.of("sbml-test-suite", suite().toString(), "--cases", "99999");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("case 99999 is not in the suite's index"), unknown.err());

        CliRun threads = CliRun.of("sbml-test-suite", suite().toString(), "--threads", "0");
        assertEquals(2, threads.exitCode());
        assertTrue(threads.err().contains("--threads must be at least 1"), threads.err());

        CliRun method = CliRun.of("sbml-test-suite", suite().toString(), "--method", "euler");
        assertEquals(2, method.exitCode());

        Files.createDirectories(dir.resolve("cases"));
        Files.writeString(dir.resolve("index.csv"), "case,componentTags,testTags,tier\n00001;A\n");
        CliRun badIndex = CliRun.of("sbml-test-suite", dir.toString());
        assertEquals(2, badIndex.exitCode());
        assertTrue(badIndex.err().contains("index.csv:2: expected 4 columns, found 1"), badIndex.err());

        CliRun noArgs = CliRun.of("sbml-test-suite");
        assertEquals(2, noArgs.exitCode());
    }

    @Test
    void aCaseWithMissingFilesIsAFailureNotAnError() throws IOException {
        Files.createDirectories(dir.resolve("cases/00001"));
        Files.writeString(dir.resolve("index.csv"), "case,componentTags,testTags,tier\n00001,Species,,A\n");
        Path report = dir.resolve("r.csv");
        CliRun r = CliRun.of("sbml-test-suite", dir.toString(), "--report", report.toString(), "--threads", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("tier A: 0/1 (0.0%)"), r.out());
        assertTrue(r.out().contains("failures: malformed case 1"), r.out());
        assertEquals("00001,A,false,malformed case: 00001-settings.txt: no such file", Files.readAllLines(report).get(1));
    }
}
