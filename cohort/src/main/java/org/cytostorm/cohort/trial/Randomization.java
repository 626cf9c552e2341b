package org.cytostorm.cohort.trial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cytostorm.common.random.KeyedRandom;

/**
 * Stratified permuted-block randomization, done after the simulations: the enrolled patients of
 * each stratum, in patient order, are cut into blocks of {@link Allocation#blockSize()}, and each
 * block holds the arms in the allocation ratio in an order shuffled by a counter-based stream keyed
 * by (seed, stratum, block). A patient's arm therefore depends only on the seed and on which
 * patients before it were enrolled in its stratum: not on threads, batches or shards, and the first
 * n patients of a larger trial are assigned as in a trial of n.
 */
public final class Randomization {

    /** The purpose of the allocation streams ({@link KeyedRandom}); other purposes are other streams. */
    public static final int PURPOSE_ALLOCATION = 31;

    private final Allocation allocation;
    private final KeyedRandom random;

    public Randomization(Allocation allocation, long seed) {
        this.allocation = allocation;
        this.random = new KeyedRandom(seed);
    }

    /**
     * The arm of each enrolled patient.
     *
     * @param strata the stratum key of each enrolled patient, in patient order
     * @return the arm index of each, in the same order
     */
    public int[] assign(List<String> strata) {
        int[] arms = new int[strata.size()];
        Map<String, Integer> seen = new HashMap<>();
        Map<String, int[]> blocks = new HashMap<>();
        for (int p = 0; p < strata.size(); p++) {
            String s = strata.get(p);
            int position = seen.merge(s, 1, Integer::sum) - 1;
            int block = position / allocation.blockSize();
            int within = position % allocation.blockSize();
            if (within == 0) {
                blocks.put(s, block(s, block));
            }
            arms[p] = blocks.get(s)[within];
        }
        return arms;
    }

    /** One block: each arm as often as twice its weight, shuffled (Fisher-Yates on keyed uniforms). */
    private int[] block(String stratum, int block) {
        List<Integer> order = new ArrayList<>();
        List<Integer> w = allocation.weights();
        for (int a = 0; a < w.size(); a++) {
            for (int k = 0; k < 2 * w.get(a); k++) {
                order.add(a);
            }
        }
        long entity = stratum.hashCode() * 0x9E3779B97F4A7C15L + block;
        int[] out = order.stream().mapToInt(Integer::intValue).toArray();
        for (int i = out.length - 1; i > 0; i--) {
            int j = (int) Math.floor(random.uniform(entity, i, PURPOSE_ALLOCATION) * (i + 1));
            int t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }
}
