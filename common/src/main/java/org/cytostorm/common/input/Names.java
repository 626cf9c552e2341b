package org.cytostorm.common.input;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggestions for misspelt names: the nearest candidate by edit distance, when near enough. */
public final class Names {
    private Names() {
    }

    /**
     * The nearest candidate, if its edit distance is at most a third of the word (at least 2);
     * otherwise the first candidate the word begins (an abbreviation of at least 3 letters).
     */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int limit = Math.max(2, word.length() / 3);
        if (best != null && bestDistance <= limit && bestDistance < word.length()) {
            return Optional.of(best);
        }
        return w.length() < 3 ? Optional.empty()
                : candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(w)).findFirst();
    }

    /** {@code "did you mean 'x'? "} or nothing. */
    public static String didYouMean(String word, Collection<String> candidates) {
        return nearest(word, candidates).map(s -> "did you mean '" + s + "'? ").orElse("");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and transpositions. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
