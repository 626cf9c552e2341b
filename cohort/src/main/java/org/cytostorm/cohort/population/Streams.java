package org.cytostorm.cohort.population;

import java.nio.charset.StandardCharsets;

/**
 * The keys of a population's random draws in {@link org.cytostorm.common.random.KeyedRandom}: the
 * entity is the patient index, the purpose says what is drawn (a covariate or a model parameter),
 * and the counter combines the name of the variable with the draw attempt.
 *
 * <p>Why the counter is keyed by name and not by position: a variable's stream then depends only
 * on (seed, patient, name, attempt), so adding a parameter to a spec, removing one, or a new row
 * in the parameter table does not shift the draws of the others (a correlated group is the
 * exception: its members are drawn together). The name's 64-bit FNV-1a hash is the counter of
 * attempt 0; attempt {@code a} XORs it with {@code a} times the golden-ratio constant, so that the
 * attempts of one name are distinct and two (name, attempt) pairs share a counter only by a 64-bit
 * coincidence. {@link #requireDistinct} checks the names of one population at attempt 0.
 *
 * <p>The purposes and the hash are part of the results: changing them changes every drawn patient.
 */
final class Streams {

    /** Draws of covariates (weight, age, sex, comorbidities); 16 for issue 16, which defined them. */
    static final int COVARIATE = 1601;
    /** Draws of model parameters. */
    static final int PARAMETER = 1602;

    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Streams() {
    }

    /** The counter of {@code name}'s draw at attempt {@code attempt} (0 for the first). */
    static long counter(String name, int attempt) {
        return hash(name) ^ (attempt * GOLDEN);
    }

    /** FNV-1a, 64 bits, over the UTF-8 bytes of the name. */
    static long hash(String name) {
        long h = FNV_OFFSET;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= FNV_PRIME;
        }
        return h;
    }

    /**
     * Checks that no two names share a counter (never seen for real names; the check keeps a
     * coincidence from silently making two variables draw the same numbers).
     *
     * @throws IllegalStateException naming the two names
     */
    static void requireDistinct(Iterable<String> names) {
        java.util.Map<Long, String> seen = new java.util.HashMap<>();
        for (String n : names) {
            String other = seen.putIfAbsent(hash(n), n);
            if (other != null && !other.equals(n)) {
                throw new IllegalStateException("the names '" + other + "' and '" + n + "' share a random stream");
            }
        }
    }
}
