package org.cytostorm.tissue.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.cytostorm.common.input.InputException;
import org.cytostorm.tissue.config.Overrides;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.config.TissueConfigs;
import org.cytostorm.tissue.parallel.Workers;
import org.junit.jupiter.api.Test;

/** A grid whose arrays would not fit in memory is refused with the figure, before anything is allocated. */
class FootprintTest {

    private static TissueConfig lung(String... sets) {
        return TissueConfigs.resolve("lung-focal-infection", Overrides.parse(List.of(sets)));
    }

    @Test
    void theEstimateCountsThreeDoublesPerFieldAndVoxelAtLeast() {
        TissueConfig c = lung("grid.nx=100", "grid.ny=50");
        long voxels = 100L * 50;
        long fieldArrays = voxels * c.fields().size() * 3 * Double.BYTES;
        assertTrue(Footprint.bytes(c) >= fieldArrays, Footprint.bytes(c) + " < " + fieldArrays);
        // and it grows in proportion to the voxels
        assertEquals(2 * Footprint.bytes(c), Footprint.bytes(lung("grid.nx=200", "grid.ny=50")));
    }

    @Test
    void aGridTheVoxelCheckLetsThroughButMemoryCannotHoldIsRefusedAtOnce() {
        // 400 × 400 × 13 000 voxels is below the 2^31 voxel limit the reader enforces
        TissueConfig c = lung("grid.nz=13000");
        assertTrue((long) c.grid().nx() * c.grid().ny() * c.grid().nz() < Integer.MAX_VALUE);
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(InputException.class,
                () -> new TissueSimulation(c, Workers.serial(), PlasmaSource.NONE)));
        assertTrue(e.getMessage().contains("400 × 400 × 13000 voxels with " + c.fields().size() + " fields"),
                e.getMessage());
        assertTrue(e.getMessage().contains(Footprint.size(Footprint.bytes(c))), e.getMessage());
        assertTrue(e.getMessage().contains(Footprint.size(Runtime.getRuntime().maxMemory())), e.getMessage());
    }

    @Test
    void theLimitIsTheShareOfTheHeap() {
        TissueConfig c = lung("grid.nx=100", "grid.ny=100");
        long need = Footprint.bytes(c);
        long justEnough = (long) Math.ceil(need / Footprint.SHARE_OF_HEAP) + 1;
        Footprint.requireFits(c, justEnough);
        assertThrows(InputException.class, () -> Footprint.requireFits(c, justEnough / 2));
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals("512 bytes", Footprint.size(512));
        assertEquals("36.4 MB", Footprint.size(36_400_000));
        assertEquals("472 GB", Footprint.size(472_000_000_000L));
    }
}
