/**
 * The worker pool that runs grid sweeps on several cores. Work is split by a fixed, static
 * partition of an index range into one contiguous chunk per thread, so which voxel a thread
 * touches never depends on timing, and a solver whose per-voxel arithmetic does not depend on the
 * chunk boundaries gives bitwise the same result on any number of threads.
 */
package org.cytostorm.tissue.parallel;
