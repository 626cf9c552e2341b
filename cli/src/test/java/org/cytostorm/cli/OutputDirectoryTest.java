package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output directory of run and compare: refused before any simulation when it cannot take the
 * files, and replaced as a whole set, so that no file of an earlier run stays beside a new run's.
 */
class OutputDirectoryTest {

    @TempDir
    Path dir;

    private static Set<String> listing(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void outUnderARegularFileIsRefusedBeforeSimulating() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "not a directory");
        Path out = file.resolve("sub");
        CliRun r = CliRun.of("run", "sepsis", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("error: --out " + out + ": '" + file + "' is a regular file, not a directory\n", r.err());
        assertEquals("", r.out());
        CliRun c = CliRun.of("compare", "healthy", "healthy", "--out", out.toString());
        assertEquals(2, c.exitCode(), c.err());
        assertEquals("error: --out " + out + ": '" + file + "' is a regular file, not a directory\n", c.err());
    }

    @Test
    void aFolderHoldingOtherFilesIsRefusedBeforeSimulatingAndLeftAlone() throws IOException {
        Path out = Files.createDirectories(dir.resolve("home"));
        Files.writeString(out.resolve("thesis.tex"), "precious");
        CliRun r = CliRun.of("run", "healthy", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: --out " + out + ": holds thesis.tex, which no cytostorm command writes"),
                r.err());
        assertFalse(r.err().contains("simulating"), r.err());
        assertEquals(Set.of("thesis.tex"), listing(out));
    }

    @Test
    void aRunIntoTheFolderOfAnEarlierRunReplacesTheWholeSet() throws IOException {
        Path scenario = ShortScenario.write(dir);
        Path shared = dir.resolve("shared");
        Path alone = dir.resolve("alone");
        assertEquals(0, CliRun.of("run", "healthy", "--out", shared.toString()).exitCode());
        CliRun r = CliRun.of("run", scenario.toString(), "--out", shared.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(0, CliRun.of("run", scenario.toString(), "--out", alone.toString()).exitCode());
        // the files are those the same run writes into an empty folder, byte for byte
        assertEquals(listing(alone), listing(shared));
        for (String f : listing(alone)) {
            assertArrayEquals(Files.readAllBytes(alone.resolve(f)), Files.readAllBytes(shared.resolve(f)), f);
        }
        assertEquals(Set.of("alone", "shared", scenario.getFileName().toString()), listing(dir),
                "no staging directory, old set or lock file beside them");
    }

    @Test
    void aComparisonIntoTheFolderOfARunLeavesNoneOfTheRunsFiles() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of("run", "healthy", "--out", out.toString()).exitCode());
        CliRun r = CliRun.of("compare", "healthy", "healthy", "--treat-b", "tocilizumab:8mg/kg@1h", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Set.of("A", "B", "report.html"), listing(out));
    }
}
