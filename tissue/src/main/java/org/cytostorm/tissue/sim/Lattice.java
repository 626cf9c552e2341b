package org.cytostorm.tissue.sim;

import java.util.Arrays;

/**
 * The cells that sit one per voxel (epithelium, vessels, tumour), as arrays over voxels: the
 * structure-of-arrays layout keeps each phase a unit-stride loop that threads can split by voxel
 * range without sharing anything.
 */
public final class Lattice {
    /** Cell type in each voxel, -1 for none. */
    final short[] type;
    /** {@link Status} of each voxel's cell. */
    final byte[] status;
    /** Minute at which a dying cell lyses. */
    final double[] lysisAt;
    /** Internalised amount per field (null for fields no type keeps). */
    final double[][] internal;
    /** The lattice cell's own uptake rate per internalised field this step, 1/min. */
    final double[][] ownUptake;
    /** Type to recruit from each vessel voxel this step, -1 for none. */
    final int[] recruitIntent;

    Lattice(int voxels, boolean[] internalised) {
        type = new short[voxels];
        Arrays.fill(type, (short) -1);
        status = new byte[voxels];
        lysisAt = new double[voxels];
        internal = new double[internalised.length][];
        ownUptake = new double[internalised.length][];
        for (int f = 0; f < internalised.length; f++) {
            if (internalised[f]) {
                internal[f] = new double[voxels];
                ownUptake[f] = new double[voxels];
            }
        }
        recruitIntent = new int[voxels];
        Arrays.fill(recruitIntent, -1);
    }

    public int voxels() {
        return type.length;
    }

    public int type(int voxel) {
        return type[voxel];
    }

    public byte status(int voxel) {
        return status[voxel];
    }

    /** Internalised amount of field {@code f} in the voxel's cell (0 when the field is never kept). */
    public double internal(int f, int voxel) {
        return internal[f] == null ? 0 : internal[f][voxel];
    }
}
