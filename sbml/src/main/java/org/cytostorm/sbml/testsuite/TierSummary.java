package org.cytostorm.sbml.testsuite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pass counts by tier, and over all cases.
 *
 * @param tiers  one entry per tier present, in name order
 * @param passed cases passed overall
 * @param total  cases run overall
 */
public record TierSummary(List<Tier> tiers, int passed, int total) {

    /** One tier's count. */
    public record Tier(String name, int passed, int total) {
        /** Percentage passed (100 for an empty tier). */
        public double percent() {
            return total == 0 ? 100 : 100.0 * passed / total;
        }

        /** "286/286 (100.0%)"; the percentage is rounded down, so 100.0% means all passed. */
        public String format() {
            return passed + "/" + total + " (" + percentText(passed, total) + ")";
        }
    }

    public TierSummary {
        tiers = List.copyOf(tiers);
    }

    public static TierSummary of(List<CaseResult> results) {
        TreeMap<String, int[]> counts = new TreeMap<>();
        int passed = 0;
        for (CaseResult r : results) {
            int[] c = counts.computeIfAbsent(r.tier(), k -> new int[2]);
            c[1]++;
            if (r.passed()) {
                c[0]++;
                passed++;
            }
        }
        List<Tier> tiers = new ArrayList<>();
        counts.forEach((name, c) -> tiers.add(new Tier(name, c[0], c[1])));
        return new TierSummary(tiers, passed, results.size());
    }

    public Optional<Tier> tier(String name) {
        return tiers.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Tier overall() {
        return new Tier("all", passed, total);
    }

    /** One line per tier and a total line: {@code tier A: 286/286 (100.0%)}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Tier t : tiers) {
            sb.append("tier ").append(t.name()).append(": ").append(t.format()).append('\n');
        }
        sb.append("all:    ").append(overall().format()).append('\n');
        return sb.toString();
    }

    /** A percentage rounded down to one decimal: 1370/1371 is 99.9%, not 100.0%. */
    static String percentText(int passed, int total) {
        if (total == 0) {
            return "-";
        }
        long tenths = 1000L * passed / total;
        return String.format(Locale.ROOT, "%d.%d%%", tenths / 10, tenths % 10);
    }
}
