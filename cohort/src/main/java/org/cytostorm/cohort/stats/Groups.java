package org.cytostorm.cohort.stats;

import java.util.ArrayList;
import java.util.List;

/** Checks and splits observations by their group index (0..k-1, each group non-empty). */
final class Groups {

    private Groups() {
    }

    /**
     * The observations of group 0, 1, ..., k-1, where k - 1 is the largest index present.
     *
     * @throws IllegalArgumentException if there are no observations, or an index below the
     *                                  largest has none (groups must be numbered 0..k-1)
     */
    static List<List<SurvivalObservation>> split(List<SurvivalObservation> observations) {
        requireSome(observations);
        int k = 0;
        for (SurvivalObservation o : observations) {
            k = Math.max(k, o.group() + 1);
        }
        List<List<SurvivalObservation>> groups = new ArrayList<>(k);
        for (int g = 0; g < k; g++) {
            groups.add(new ArrayList<>());
        }
        for (SurvivalObservation o : observations) {
            groups.get(o.group()).add(o);
        }
        for (int g = 0; g < k; g++) {
            if (groups.get(g).isEmpty()) {
                throw new IllegalArgumentException("group " + g + " has no observations (groups are numbered 0.."
                        + (k - 1) + " and each needs at least one)");
            }
        }
        return groups;
    }

    /** @throws IllegalArgumentException if {@code observations} is null or empty */
    static void requireSome(List<SurvivalObservation> observations) {
        if (observations == null || observations.isEmpty()) {
            throw new IllegalArgumentException("no observations");
        }
    }
}
