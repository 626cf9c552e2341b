package org.cytostorm.common.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenFileHasThePermissionsAnyNewFileGetsHere() throws IOException {
        // the reference: a file created plainly in the same place, whose mode the umask decides
        Path plain = Files.createFile(dir.resolve("plain"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        Path written = dir.resolve("out.csv");
        AtomicFiles.writeString(written, "x\n");
        assertEquals(expected, Files.getPosixFilePermissions(written));
        assertEquals("x\n", Files.readString(written));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("summary.json");
        AtomicFiles.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, w -> {
            w.write("partial");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theNextWriteOfATargetDeletesTheTemporaryFilesAKilledWriteLeft() throws IOException {
        Path target = dir.resolve("timeseries.csv");
        // what a write killed before its rename leaves: the temporary file, named as this class names them
        Path leftover = Files.writeString(dir.resolve(".timeseries.csv.3k9z2q.tmp"), "half a file");
        Path another = Files.writeString(dir.resolve(".summary.json.3k9z2q.tmp"), "another target's");
        Path lookalike = Files.writeString(dir.resolve(".timeseries.csv.notes.tmp.bak"), "not ours");
        AtomicFiles.writeString(target, "whole\n");
        assertEquals("whole\n", Files.readString(target));
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(another), "another target's temporary file is that target's business");
        assertTrue(Files.exists(lookalike));
    }

    @Test
    void temporaryNamesAreRecognised() {
        assertTrue(AtomicFiles.isTemporary(".report.html.1a2b3c.tmp"));
        assertFalse(AtomicFiles.isTemporary("report.html"));
        assertFalse(AtomicFiles.isTemporary("report.html.1a2b3c.tmp"), "not hidden");
        assertFalse(AtomicFiles.isTemporary(".report.html.1a2b3c.tmp~"));
    }
}
