/**
 * The tissue model: a patch of tissue as a voxel grid of diffusing, decaying cytokine fields and
 * the cells living in it. One tick runs named phases in a fixed order (sense and decide, secrete,
 * diffuse, die and release, move, recruit), each parallel over cells or grid lines with results
 * independent of the thread count.
 *
 * <ul>
 *   <li>{@code grid}: the voxel lattice and its geometry;</li>
 *   <li>{@code diffusion}: the implicit diffusion-decay solver with secretion and uptake;</li>
 *   <li>{@code parallel}: the worker pool with a fixed partition of work;</li>
 *   <li>{@code render}: frames, animation and report (the model never imports it).</li>
 * </ul>
 */
package org.cytostorm.tissue;
