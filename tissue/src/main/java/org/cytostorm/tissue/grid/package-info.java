/**
 * The voxel lattice: dimensions, spacing and index arithmetic ({@link org.cytostorm.tissue.grid.Grid}).
 */
package org.cytostorm.tissue.grid;
