package org.cytostorm.tissue.sim;

import org.cytostorm.tissue.cells.Paint;
import org.cytostorm.tissue.grid.Grid;

/**
 * What one frame shows: the lattice cells of the drawn layer, the mobile cells in it and one field
 * as a heat map. The arrays belong to the snapshot (copied out of the running model).
 *
 * @param grid the tissue's grid
 * @param minutes simulated time of the frame
 * @param layer the z layer drawn (0 for a planar tissue)
 * @param voxelPaint paint of the lattice cell in each voxel of the layer ({@code nx·ny}, x fastest)
 * @param agentX x of each mobile cell in the layer, µm
 * @param agentY y of each mobile cell in the layer, µm
 * @param agentPaint paint of each mobile cell in the layer
 * @param fieldName name of the field drawn as a heat map
 * @param fieldUnit its unit, for the colour bar
 * @param field its values in the layer ({@code nx·ny}, x fastest)
 */
public record Snapshot(Grid grid, double minutes, int layer, Paint[] voxelPaint, double[] agentX,
        double[] agentY, Paint[] agentPaint, String fieldName, String fieldUnit, double[] field) {

    public Snapshot {
        int plane = grid.nx() * grid.ny();
        if (voxelPaint.length != plane || field.length != plane) {
            throw new IllegalArgumentException("a snapshot needs one paint and one field value per voxel of the layer ("
                    + plane + "), got " + voxelPaint.length + " and " + field.length);
        }
        if (agentX.length != agentY.length || agentX.length != agentPaint.length) {
            throw new IllegalArgumentException("agent arrays differ in length: " + agentX.length + ", "
                    + agentY.length + ", " + agentPaint.length);
        }
    }

    /** Number of mobile cells drawn. */
    public int agents() {
        return agentX.length;
    }
}
