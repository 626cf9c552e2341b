package org.cytostorm.tissue.sim;

import java.util.Locale;
import org.cytostorm.common.input.InputException;
import org.cytostorm.tissue.cells.CellType;
import org.cytostorm.tissue.config.TissueConfig;

/**
 * The memory a tissue simulation's arrays over voxels take, known from the config before any is
 * allocated, so that a grid too large for this Java is refused with the figure rather than ending in
 * an {@link OutOfMemoryError} (the grid check alone lets 400 × 400 × 13 000 voxels through: 472 GB).
 *
 * <p>Per voxel: three doubles per field (concentration, source, uptake rate: {@code Fields}), two
 * per field a cell type internalises ({@code Lattice.internal}, {@code ownUptake}), the lattice
 * cell's type, status, lysis time and recruitment intent (2 + 1 + 8 + 4 bytes) and the front
 * meter's shell number (4). Mobile cells, frames and rows are small beside these and are left out.
 */
public final class Footprint {
    /** The share of Java's maximum heap the voxel arrays may take, the rest left for everything else. */
    public static final double SHARE_OF_HEAP = 0.75;
    private static final int DOUBLE = 8;
    private static final int FIXED_PER_VOXEL = 2 + 1 + 8 + 4 + 4;

    private Footprint() {
    }

    /** Bytes of the arrays over voxels of a simulation of {@code config}. */
    public static long bytes(TissueConfig config) {
        int fields = config.fields().size();
        int internalised = 0;
        for (int f = 0; f < fields; f++) {
            for (CellType t : config.types()) {
                if (t.internalises()[f]) {
                    internalised++;
                    break;
                }
            }
        }
        long perVoxel = 3L * DOUBLE * fields + 2L * DOUBLE * internalised + FIXED_PER_VOXEL;
        return (long) config.grid().nx() * config.grid().ny() * config.grid().nz() * perVoxel;
    }

    /**
     * Refuses a config whose voxel arrays would take more than {@link #SHARE_OF_HEAP} of
     * {@code maxHeapBytes} (normally {@link Runtime#maxMemory()}).
     *
     * @throws InputException naming the config file, the grid, the memory needed and available
     */
    public static void requireFits(TissueConfig config, long maxHeapBytes) {
        long need = bytes(config);
        long allowed = (long) (maxHeapBytes * SHARE_OF_HEAP);
        if (need > allowed) {
            throw new InputException(config.file(), 0, "grid", String.format(Locale.ROOT,
                    "%d × %d × %d voxels with %d fields need about %s of memory, more than the %s this Java may "
                            + "give them (%.0f%% of its %s maximum); use a smaller grid, or more memory "
                            + "(CYTOSTORM_JAVA_OPTS=-Xmx...)",
                    config.grid().nx(), config.grid().ny(), config.grid().nz(), config.fields().size(), size(need),
                    size(allowed), SHARE_OF_HEAP * 100, size(maxHeapBytes)));
        }
    }

    /** Bytes in the largest unit that keeps the number at 1 or more: 472 GB, 36 MB. */
    static String size(long bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB", "PB"};
        double v = bytes;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return u == 0 ? bytes + " bytes" : String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }
}
