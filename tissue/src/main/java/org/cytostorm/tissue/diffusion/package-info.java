/**
 * Diffusing, decaying substrates (cytokines, chemokines) on the voxel grid, and the implicit solver
 * that advances them.
 *
 * <p>{@link org.cytostorm.tissue.diffusion.Fields} holds the data (concentrations, per-voxel
 * sources and uptake rates); {@link org.cytostorm.tissue.diffusion.DiffusionSolver} is the operator
 * that advances it by one time step, as BioFVM does: secretion and uptake implicitly per voxel, then
 * diffusion and decay by locally one-dimensional implicit sweeps along x, y and z, each a
 * tridiagonal solve. Every part of the scheme is unconditionally stable and keeps concentrations
 * non-negative, so the step is chosen for accuracy, not stability.
 */
package org.cytostorm.tissue.diffusion;
