package org.cytostorm.tissue.parallel;

/**
 * Work over a contiguous part {@code [from, to)} of an index range (grid lines, columns, voxels).
 * A task is called concurrently for disjoint parts; it must write only what its part owns.
 */
@FunctionalInterface
public interface RangeTask {

    /**
     * Does the work for indices {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param from first index, ≥ 0
     * @param to one past the last index, {@code > from}
     */
    void run(int from, int to);
}
