package org.cytostorm.tissue.config;

import java.util.List;

/**
 * The tissue at the start: a lattice type filling every voxel, a square mesh of vessels, regions
 * set to other types, mobile cells scattered, and the focus from which the front is measured.
 *
 * @param fill lattice type in every voxel, or -1 for empty tissue
 * @param vessel lattice type of vessel voxels, or -1 for none
 * @param vesselSpacing voxels between vessel lines
 * @param regions balls of other types, applied in order
 * @param scatter mobile cells
 * @param focus x, y, z of the focus as fractions of the tissue's extent
 */
public record Layout(int fill, int vessel, int vesselSpacing, List<Region> regions, List<Scatter> scatter,
        double[] focus) {
}
