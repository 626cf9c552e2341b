package org.cytostorm.tissue.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.cytostorm.tissue.cells.Paint;
import org.cytostorm.tissue.grid.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A frame's snapshot comes back from its file exactly as it was kept (so a frame drawn after the
 * run is the frame the running model would have drawn); a cut or damaged file is refused naming it.
 */
class SnapshotFileTest {
    @TempDir
    Path dir;

    private static final Grid GRID = new Grid(7, 5, 3, 20);

    private static Snapshot snapshot() {
        int plane = GRID.nx() * GRID.ny();
        Paint[] paints = new Paint[plane];
        double[] field = new double[plane];
        for (int p = 0; p < plane; p++) {
            paints[p] = Paint.values()[p % Paint.values().length];
            // values no decimal text would round-trip, a NaN, an infinity, a negative zero and solver noise below 0
            field[p] = Math.PI * p / 7 + Math.ulp(1.0) * p;
        }
        field[3] = Double.NaN;
        field[4] = Double.POSITIVE_INFINITY;
        field[5] = -0.0;
        field[6] = -1e-300;
        paints[8] = null;
        return new Snapshot(GRID, 1234.5, 1, paints, new double[] {10.5, 33.25}, new double[] {1e-9, 99},
                new Paint[] {Paint.CAR_T_ACTIVE, Paint.NEUTROPHIL}, "IL-6", "pg/mL", field);
    }

    @Test
    void aSnapshotComesBackBitForBit() throws IOException {
        Snapshot s = snapshot();
        Path file = dir.resolve("frame.bin");
        SnapshotFile.write(file, s);
        Snapshot back = SnapshotFile.read(file);
        assertEquals(s.grid(), back.grid());
        assertEquals(s.minutes(), back.minutes());
        assertEquals(s.layer(), back.layer());
        assertEquals(s.fieldName(), back.fieldName());
        assertEquals(s.fieldUnit(), back.fieldUnit());
        assertArrayEquals(s.voxelPaint(), back.voxelPaint());
        assertArrayEquals(s.agentX(), back.agentX());
        assertArrayEquals(s.agentY(), back.agentY());
        assertArrayEquals(s.agentPaint(), back.agentPaint());
        for (int p = 0; p < s.field().length; p++) {
            assertEquals(Double.doubleToRawLongBits(s.field()[p]), Double.doubleToRawLongBits(back.field()[p]),
                    "voxel " + p);
        }
    }

    @Test
    void theSameSnapshotGivesTheSameBytes() throws IOException {
        // a resumed run writes again the snapshots after its checkpoint: they must not differ
        SnapshotFile.write(dir.resolve("a.bin"), snapshot());
        SnapshotFile.write(dir.resolve("b.bin"), snapshot());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.bin")), Files.readAllBytes(dir.resolve("b.bin")));
    }

    @Test
    void aMissingEmptyCutOrDamagedSnapshotIsRefusedNamingIt() throws IOException {
        Path file = dir.resolve("frame.bin");
        assertEquals("the frame snapshot is missing", refused(file).problem());
        Files.write(file, new byte[0]);
        assertEquals("the frame snapshot is empty", refused(file).problem());

        SnapshotFile.write(file, snapshot());
        byte[] whole = Files.readAllBytes(file);
        for (int length : new int[] {1, 12, whole.length / 2, whole.length - 1}) {
            Files.write(file, Arrays.copyOf(whole, length));
            String problem = refused(file).problem();
            assertTrue(problem.contains("cut short") || problem.contains("damaged"), length + " bytes: " + problem);
        }
        for (int at : new int[] {0, whole.length / 2, whole.length - 6}) {
            byte[] bytes = whole.clone();
            bytes[at] ^= 0x10;
            Files.write(file, bytes);
            String problem = refused(file).problem();
            assertTrue(problem.contains("damaged") || problem.contains("cut short"), "byte " + at + ": " + problem);
        }
    }

    private static CheckpointException refused(Path file) {
        CheckpointException e = assertThrows(CheckpointException.class, () -> SnapshotFile.read(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        return e;
    }
}
