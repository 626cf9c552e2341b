package org.cytostorm.report.tissue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cytostorm.common.io.OutputSet;
import org.cytostorm.report.OutputDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tissue run's work directory keeps what an interrupted run left only when there is a checkpoint
 * to resume from; otherwise it starts empty, so no frame of an earlier run reaches the output.
 */
class TissueOutputsTest {
    @TempDir
    Path dir;

    private static List<String> listing(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** What a run killed after writing two frames (and, if {@code checkpoint}, a checkpoint) leaves. */
    private Path interrupted(Path out, boolean checkpoint) throws IOException {
        Path work = OutputSet.resumableOf(out);
        Files.createDirectories(work.resolve(TissueOutputs.FRAMES));
        Files.writeString(work.resolve(TissueOutputs.FRAMES).resolve(PngFrames.name(0)), "frame 0");
        Files.writeString(work.resolve(TissueOutputs.FRAMES).resolve(PngFrames.name(1)), "frame 1");
        if (checkpoint) {
            Files.writeString(work.resolve(TissueOutputs.CHECKPOINT), "state");
        }
        return work;
    }

    @Test
    void withoutACheckpointTheWorkDirectoryStartsEmpty() throws IOException {
        Path out = dir.resolve("lung");
        Path work = interrupted(out, false);
        try (OutputSet set = OutputDirectories.open(out, "--out lung")) {
            TissueOutputs outputs = TissueOutputs.resumable(set, false);
            assertEquals(work, outputs.dir());
            assertEquals(List.of(), listing(work));
        }
    }

    @Test
    void withACheckpointItsFramesAreKeptUnlessFresh() throws IOException {
        Path out = dir.resolve("lung");
        Path work = interrupted(out, true);
        try (OutputSet set = OutputDirectories.open(out, "--out lung")) {
            TissueOutputs.resumable(set, false);
            assertEquals(List.of(TissueOutputs.CHECKPOINT, TissueOutputs.FRAMES), listing(work));
        }
        assertTrue(Files.isDirectory(work), "kept after close, for the next attempt");
        try (OutputSet set = OutputDirectories.open(out, "--out lung")) {
            TissueOutputs.resumable(set, true);
            assertEquals(List.of(), listing(work));
        }
        assertFalse(Files.exists(out), "nothing was committed");
    }

    @Test
    void everyNameATissueRunWritesMayBeInAnOutputDirectory() {
        assertTrue(OutputDirectories.NAMES.containsAll(TissueOutputs.NAMES));
    }
}
