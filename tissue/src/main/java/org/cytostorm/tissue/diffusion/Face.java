package org.cytostorm.tissue.diffusion;

/**
 * One outer face of the grid, where a {@link Boundary} applies. A planar grid has no z faces: it is
 * one voxel thick and nothing leaves through its top or bottom.
 */
public enum Face {
    X_MIN, X_MAX, Y_MIN, Y_MAX, Z_MIN, Z_MAX;

    /** 0 for x, 1 for y, 2 for z. */
    public int axis() {
        return ordinal() / 2;
    }

    /** True for the face at the high end of its axis. */
    public boolean isMax() {
        return ordinal() % 2 == 1;
    }
}
