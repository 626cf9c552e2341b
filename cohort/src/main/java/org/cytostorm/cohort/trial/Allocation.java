package org.cytostorm.cohort.trial;

import java.util.List;

/**
 * How enrolled patients are assigned to arms: in the ratio of {@code weights} (1:1 by default), by
 * permuted blocks within each stratum (a combination of the named subgroups a patient belongs to),
 * as trials randomize. The assignment is made after every patient has been simulated under every
 * arm ({@link Randomization}), in patient order, so it does not depend on threads or shards.
 *
 * @param weights  an integer weight per arm, in arm order (for example 1, 1 or 2, 1)
 * @param stratify subgroup names whose membership defines the strata; empty: one stratum
 */
public record Allocation(List<Integer> weights, List<String> stratify) {

    /** The most patients in one randomization block. */
    public static final int MAX_BLOCK = 1000;

    public Allocation {
        weights = List.copyOf(weights);
        stratify = List.copyOf(stratify);
        if (weights.isEmpty() || weights.stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("allocation weights are whole numbers of 1 or more, one per arm: " + weights);
        }
        if (blockSize(weights) > MAX_BLOCK) {
            throw new IllegalArgumentException("allocation weights " + weights + " make blocks of more than " + MAX_BLOCK);
        }
    }

    /** Equal allocation to {@code arms} arms, unstratified. */
    public static Allocation equal(int arms) {
        return new Allocation(java.util.Collections.nCopies(arms, 1), List.of());
    }

    /** The block size: twice the sum of the weights (so a block of 1:1 holds four patients). */
    public int blockSize() {
        return blockSize(weights);
    }

    private static int blockSize(List<Integer> weights) {
        return 2 * weights.stream().mapToInt(Integer::intValue).sum();
    }
}
