/**
 * The simulation itself: the lattice and agents, the phases of a tick in a fixed order, sensing,
 * the observer of each row, checkpoints and the {@link org.cytostorm.tissue.sim.Snapshot} a frame
 * is drawn from (kept in a {@link org.cytostorm.tissue.sim.SnapshotFile} until the run ends).
 */
package org.cytostorm.tissue.sim;
