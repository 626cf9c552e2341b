package org.cytostorm.tissue.grid;

/**
 * A regular lattice of cubic voxels: {@code nx × ny × nz} voxels of side {@code dx} µm. A planar
 * tissue has {@code nz = 1}. Voxels are numbered x fastest, then y, then z, so a grid line along x
 * is contiguous in memory.
 *
 * @param nx voxels along x
 * @param ny voxels along y
 * @param nz voxels along z (1 for a planar tissue)
 * @param dx voxel side, µm
 */
public record Grid(int nx, int ny, int nz, double dx) {

    public Grid {
        if (nx < 1 || ny < 1 || nz < 1) {
            throw new IllegalArgumentException("grid needs at least one voxel along each axis, got "
                    + nx + " × " + ny + " × " + nz);
        }
        if ((long) nx * ny * nz > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid of " + nx + " × " + ny + " × " + nz + " voxels is too large");
        }
        if (!(dx > 0) || Double.isInfinite(dx)) {
            throw new IllegalArgumentException("voxel side must be positive and finite, got " + dx + " µm");
        }
    }

    /** A planar (one voxel thick) grid. */
    public static Grid planar(int nx, int ny, double dx) {
        return new Grid(nx, ny, 1, dx);
    }

    /** Number of voxels. */
    public int voxels() {
        return nx * ny * nz;
    }

    /** 3 for a volume, 2 for a planar tissue. */
    public int dimensions() {
        return nz > 1 ? 3 : 2;
    }

    public boolean isVolume() {
        return nz > 1;
    }

    /** The voxel index of lattice position (i, j, k). */
    public int index(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }

    public int i(int index) {
        return index % nx;
    }

    public int j(int index) {
        return (index / nx) % ny;
    }

    public int k(int index) {
        return index / (nx * ny);
    }

    /** Centre of voxel column {@code i} (or row, or layer) in µm from the grid's origin corner. */
    public double centre(int i) {
        return (i + 0.5) * dx;
    }

    /** Extent along x, µm. */
    public double width() {
        return nx * dx;
    }

    /** Extent along y, µm. */
    public double height() {
        return ny * dx;
    }

    /** Extent along z, µm. */
    public double depth() {
        return nz * dx;
    }

    /** Voxel volume, µm³. */
    public double voxelVolume() {
        return dx * dx * dx;
    }

    /** The voxel containing point (x, y, z) in µm, clamped into the grid. */
    public int voxelAt(double x, double y, double z) {
        return index(clamp((int) Math.floor(x / dx), nx), clamp((int) Math.floor(y / dx), ny),
                clamp((int) Math.floor(z / dx), nz));
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : (v >= n ? n - 1 : v);
    }
}
