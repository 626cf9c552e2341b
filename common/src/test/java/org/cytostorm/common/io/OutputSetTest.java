package org.cytostorm.common.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output directory is replaced whole or not at all. A kill is played by stopping a commit after
 * each of its steps and dropping the set without cleaning up (its lock released, as the operating
 * system does for a killed process); the next open must then show the old set or the new one.
 */
class OutputSetTest {
    private static final Set<String> NAMES = Set.of("a.csv", "b.json", "frames");

    @TempDir
    Path parent;

    private Path out() {
        return parent.resolve("out");
    }

    /** Every file under {@code dir} with its text, by relative path. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(dir.relativize(p).toString(), Files.readString(p));
                }
            }
        }
        return files;
    }

    private static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    /** Writes a set of two files (and a frame) tagged {@code tag} through a staging directory. */
    private static OutputSet stage(Path out, String tag, int frames) throws IOException {
        OutputSet set = OutputSet.open(out, "--out " + out, NAMES);
        Path s = set.staging();
        AtomicFiles.writeString(s.resolve("a.csv"), "a " + tag);
        AtomicFiles.writeString(s.resolve("b.json"), "b " + tag);
        for (int i = 0; i < frames; i++) {
            AtomicFiles.writeString(s.resolve("frames/f" + i), tag + " " + i);
        }
        return set;
    }

    private static Map<String, String> expected(String tag, int frames) {
        Map<String, String> m = new TreeMap<>(Map.of("a.csv", "a " + tag, "b.json", "b " + tag));
        for (int i = 0; i < frames; i++) {
            m.put("frames/f" + i, tag + " " + i);
        }
        return m;
    }

    @Test
    void aCommittedSetReplacesThePreviousOneWholeAndLeavesNothingBeside() throws IOException {
        try (OutputSet set = stage(out(), "first", 5)) {
            assertFalse(Files.exists(out()), "nothing is visible before the commit");
            set.commit();
        }
        assertEquals(expected("first", 5), contents(out()));
        try (OutputSet set = stage(out(), "second", 2)) {
            set.commit();
        }
        // the first set's frames 2 to 4 went with it
        assertEquals(expected("second", 2), contents(out()));
        assertEquals(Set.of("out"), listing(parent), "no staging, old or lock file beside the set");
    }

    @Test
    void aSetClosedWithoutCommitChangesNothing() throws IOException {
        try (OutputSet set = stage(out(), "first", 1)) {
            set.commit();
        }
        try (OutputSet set = stage(out(), "second", 3)) {
            assertTrue(Files.isDirectory(set.staging()));
        }
        assertEquals(expected("first", 1), contents(out()));
        assertEquals(Set.of("out"), listing(parent));
    }

    @Test
    void aKillAfterAnyStepOfACommitLeavesTheOldSetOrTheNewOneAfterTheNextOpen() throws IOException {
        // steps: staged set marked ready; old set moved aside; ready set moved in; old set to trash; trash deleted
        for (int steps = 0; steps <= 5; steps++) {
            Path out = parent.resolve("kill" + steps);
            try (OutputSet set = stage(out, "old", 3)) {
                set.commit();
            }
            OutputSet killed = stage(out, "new", 1);
            if (steps > 0) {
                killed.commit(steps);
            }
            killed.abandon();
            // what the folder shows right after the kill: one whole set, or none
            if (Files.exists(out)) {
                Map<String, String> now = contents(out);
                assertTrue(now.equals(expected("old", 3)) || now.equals(expected("new", 1)), steps + ": " + now);
            }
            try (OutputSet next = OutputSet.open(out, "--out " + out, NAMES)) {
                Map<String, String> recovered = contents(out);
                assertTrue(recovered.equals(expected("old", 3)) || recovered.equals(expected("new", 1)),
                        steps + " steps: " + recovered);
                // the new set is the outcome once it was marked ready (step 1) and the old one moved aside (2)
                assertEquals(steps >= 2 ? expected("new", 1) : expected("old", 3), recovered, steps + " steps");
            }
            Set<String> left = listing(parent);
            left.removeIf(n -> n.startsWith("kill") && !n.startsWith(".kill"));
            assertEquals(Set.of(), left, steps + " steps: leftovers beside the set");
        }
    }

    @Test
    void aHalfWrittenStagingDirectoryIsNeverPromoted() throws IOException {
        OutputSet killed = stage(out(), "half", 2);
        killed.abandon();
        try (OutputSet next = OutputSet.open(out(), "x", NAMES)) {
            assertFalse(Files.exists(out()), "nothing was complete, so nothing is shown");
        }
        assertEquals(Set.of(), listing(parent));
    }

    @Test
    void aCompleteOldSetIsRestoredWhenTheDirectoryIsMissing() throws IOException {
        Path old = Files.createDirectories(parent.resolve(".out.old-abc"));
        Files.writeString(old.resolve("a.csv"), "a old");
        Files.writeString(old.resolve("b.json"), "b old");
        Path half = Files.createDirectories(parent.resolve(".out.new-xyz"));
        Files.writeString(half.resolve("a.csv"), "a half");
        Files.createDirectories(parent.resolve(".out.trash-k1"));
        try (OutputSet next = OutputSet.open(out(), "x", NAMES)) {
            assertEquals(expected("old", 0), contents(out()));
        }
        assertEquals(Set.of("out"), listing(parent));
    }

    @Test
    void leftoverTemporaryFilesAreDeletedOnOpen() throws IOException {
        try (OutputSet set = stage(out(), "first", 2)) {
            set.commit();
        }
        Files.writeString(out().resolve(".a.csv.k3j2h1.tmp"), "half");
        Files.writeString(out().resolve("frames/.f9.zz.tmp"), "half");
        try (OutputSet next = OutputSet.open(out(), "x", NAMES)) {
            assertEquals(expected("first", 2), contents(out()));
        }
    }

    @Test
    void aResumableDirectorySurvivesCloseAndIsPromotedWhole() throws IOException {
        Path partial;
        try (OutputSet set = OutputSet.open(out(), "x", NAMES)) {
            partial = set.resumable();
            Files.writeString(partial.resolve("a.csv"), "a part");
        }
        assertEquals(OutputSet.resumableOf(out()), partial);
        assertTrue(Files.exists(partial.resolve("a.csv")), "kept for the run that resumes");
        Files.writeString(partial.resolve(".b.json.x1y2.tmp"), "a write a kill interrupted");
        try (OutputSet set = OutputSet.open(out(), "x", NAMES)) {
            assertEquals(partial, set.resumable());
            assertFalse(Files.exists(partial.resolve(".b.json.x1y2.tmp")));
            Files.writeString(partial.resolve("b.json"), "b part");
            set.commit();
        }
        assertEquals(Map.of("a.csv", "a part", "b.json", "b part"), contents(out()));
        assertFalse(Files.exists(partial));
    }

    @Test
    void aDirectoryUnderARegularFileIsRefusedNamingTheFile() throws IOException {
        Path file = Files.writeString(parent.resolve("file"), "x");
        Path out = file.resolve("sub");
        InputException e = assertThrows(InputException.class, () -> OutputSet.open(out, "--out " + out, NAMES));
        assertEquals("--out " + out + ": '" + file + "' is a regular file, not a directory", e.getMessage());
        InputException self = assertThrows(InputException.class, () -> OutputSet.open(file, "--out " + file, NAMES));
        assertTrue(self.getMessage().endsWith("'" + file + "' is a regular file, not a directory"), self.getMessage());
    }

    @Test
    void aDirectoryHoldingOtherFilesIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectories(out());
        Files.writeString(out.resolve("a.csv"), "ours");
        Files.writeString(out.resolve("notes.txt"), "theirs");
        InputException e = assertThrows(InputException.class, () -> OutputSet.open(out, "--out out", NAMES));
        assertTrue(e.getMessage().startsWith("--out out: holds notes.txt, which no cytostorm command writes"),
                e.getMessage());
        assertEquals(Set.of("a.csv", "notes.txt"), listing(out));
        assertEquals(Set.of("out"), listing(parent), "the lock is released");
    }

    @Test
    void anUnwritableDirectoryIsRefused() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = Files.createDirectories(parent.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path out = locked.resolve("out");
            InputException e = assertThrows(InputException.class, () -> OutputSet.open(out, "--out x", NAMES));
            assertEquals("--out x: '" + locked + "' is not writable", e.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSecondWriterOfTheSameDirectoryIsRefusedWhileTheFirstHoldsIt() throws IOException {
        try (OutputSet first = OutputSet.open(out(), "x", NAMES)) {
            first.staging();
            InputException e = assertThrows(InputException.class, () -> OutputSet.open(out(), "--out out", NAMES));
            assertTrue(e.getMessage().contains("another cytostorm process is writing this directory"), e.getMessage());
            assertTrue(Files.isDirectory(first.staging()), "the first one's staging directory is left alone");
        }
        try (OutputSet again = OutputSet.open(out(), "x", NAMES)) {
            assertEquals(out(), again.directory());
        }
    }
}
