package org.cytostorm.tissue.config;

/**
 * Mobile cells placed at the start at random positions, on average {@code perVoxel} per voxel.
 *
 * @param type cell type index (mobile)
 * @param perVoxel mean number per voxel
 */
public record Scatter(int type, double perVoxel) {
}
