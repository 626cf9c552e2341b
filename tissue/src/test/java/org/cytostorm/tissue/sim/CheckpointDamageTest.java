package org.cytostorm.tissue.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cytostorm.tissue.config.Overrides;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.config.TissueConfigs;
import org.cytostorm.tissue.run.FrameSink;
import org.cytostorm.tissue.run.ProgressListener;
import org.cytostorm.tissue.run.TissueRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty, cut or damaged checkpoint is refused naming the file and the problem, before any of it
 * is used; an intact one still resumes.
 */
class CheckpointDamageTest {
    @TempDir
    Path dir;

    private static TissueConfig config() {
        return TissueConfigs.resolve("lung-focal-infection", Overrides.parse(List.of("grid.nx=30", "grid.ny=30",
                "time.duration_h=2", "time.frame_every_h=0", "time.checkpoint_every_h=0")));
    }

    private TissueRunner runner(Path checkpoint) {
        return new TissueRunner(config(), 1, PlasmaSource.NONE, checkpoint, FrameSink.NONE, ProgressListener.SILENT);
    }

    /** A checkpoint written when a run stops after 30 steps. */
    private Path checkpoint() {
        Path file = dir.resolve("checkpoint.bin");
        runner(file).run(30);
        assertTrue(Files.exists(file));
        return file;
    }

    private CheckpointException refused(Path file) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> runner(file).run());
        CheckpointException c = assertInstanceOf(CheckpointException.class, e.getCause());
        assertEquals(file, c.file());
        assertTrue(c.getMessage().startsWith(file + ": "), c.getMessage());
        return c;
    }

    @Test
    void anEmptyCheckpointIsRefusedAsEmpty() throws IOException {
        Path file = Files.write(dir.resolve("checkpoint.bin"), new byte[0]);
        assertEquals("the checkpoint is empty", refused(file).problem());
    }

    @Test
    void aCheckpointCutAtAnyOfSeveralPlacesIsRefused() throws IOException {
        Path file = checkpoint();
        byte[] whole = Files.readAllBytes(file);
        for (int length : new int[] {1, 20, whole.length / 3, whole.length / 2, whole.length - 1}) {
            Files.write(file, Arrays.copyOf(whole, length));
            String problem = refused(file).problem();
            assertTrue(problem.contains("cut short") || problem.contains("checksum"), length + " bytes: " + problem);
        }
    }

    @Test
    void aSingleChangedByteIsFound() throws IOException {
        Path file = checkpoint();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        assertTrue(refused(file).problem().contains("checksum"));
    }

    @Test
    void anIntactCheckpointResumesToTheSameEndAsAnUninterruptedRun() throws IOException {
        Path file = checkpoint();
        TissueRunner.Result resumed = runner(file).run();
        assertTrue(resumed.resumed());
        TissueRunner.Result whole = runner(null).run();
        assertEquals(whole.rows().size(), resumed.rows().size());
        for (int i = 0; i < whole.rows().size(); i++) {
            assertArrayEquals(whole.rows().get(i), resumed.rows().get(i), "row " + i);
        }
    }
}
