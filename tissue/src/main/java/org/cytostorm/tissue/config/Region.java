package org.cytostorm.tissue.config;

/**
 * A ball (a disc in a planar tissue) whose lattice cells are set to a type at the start.
 *
 * @param x centre as a fraction of the tissue's width
 * @param y centre as a fraction of its height
 * @param z centre as a fraction of its depth
 * @param radius µm
 * @param type cell type index (lattice)
 * @param line where it is written
 */
public record Region(double x, double y, double z, double radius, int type, int line) {
}
