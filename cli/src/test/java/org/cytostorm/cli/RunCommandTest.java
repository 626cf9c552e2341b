package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsABuiltInScenarioAndWritesTheThreeFiles() throws IOException {
        Path out = dir.resolve("healthy");
        CliRun r = CliRun.of("run", "healthy", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().toLowerCase(Locale.ROOT).contains("survival"), r.out());
        assertTrue(r.err().contains("simulating healthy ("), r.err());
        for (String f : new String[] {"timeseries.csv", "summary.json", "report.html"}) {
            Path p = out.resolve(f);
            assertTrue(Files.size(p) > 0, p.toString());
            assertTrue(r.out().contains(p.toString()), r.out());
        }
        assertTrue(Files.readString(out.resolve("timeseries.csv")).startsWith("time_h,"));
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"max_crs_grade\""));
    }

    @Test
    void noFilesPrintsTheSummaryOnly() throws IOException {
        CliRun r = CliRun.of("run", "healthy", "--no-files");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().toLowerCase(Locale.ROOT).contains("survival"), r.out());
        assertFalse(r.out().contains("wrote "), r.out());
    }

    @Test
    void aBadScenarioFileNamesFileLineAndKey() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "name: bad\ntrigger:\n  type: none\nduration: 1 d\ncolour: blue\n");
        CliRun r = CliRun.of("run", f.toString(), "--no-files");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(f.getFileName().toString()), r.err());
        assertTrue(r.err().contains(":5"), r.err());
        assertTrue(r.err().contains("colour"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownScenarioNameListsTheBuiltIns() {
        CliRun r = CliRun.of("run", "nosuchname");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("nosuchname"), r.err());
        BuiltInScenarios.names().forEach(n -> assertTrue(r.err().contains(n), n + " in " + r.err()));
    }

    @Test
    void anUnknownParameterExits2() {
        CliRun r = CliRun.of("run", "healthy", "--no-files", "--set", "nosuchparam=1");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("nosuchparam"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aNonNumericValueExits2NamingTheOption() {
        CliRun r = CliRun.of("run", "healthy", "--no-files", "--set", "weight=abc");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--set") && r.err().contains("abc"), r.err());
        assertFalse(r.err().contains("simulating"), r.err());
    }

    @Test
    void outAndNoFilesExcludeEachOther() {
        CliRun r = CliRun.of("run", "healthy", "--no-files", "--out", dir.toString());
        assertEquals(2, r.exitCode(), r.err());
    }
}
