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
 *   <li>{@code config}, {@code rules}, {@code cells}: the config and the rules as data;</li>
 *   <li>{@code sim}, {@code run}: the simulation and running it to the end;</li>
 *   <li>{@code coupling}: the patient's plasma as the vessels' boundary, the one use of physiology.</li>
 * </ul>
 *
 * <p>Frames, animation and report are the report module's ({@code org.cytostorm.report.tissue}):
 * the model never imports the view.
 */
package org.cytostorm.tissue;
