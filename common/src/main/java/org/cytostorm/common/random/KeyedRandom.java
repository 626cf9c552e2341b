package org.cytostorm.common.random;

/**
 * Counter-based random numbers: each draw is a pure function of (seed, entity, counter, purpose),
 * where the entity is a cell or a patient, the counter a step or a draw number, and the purpose
 * one kind of decision (each user names its own purposes, so adding one does not shift the
 * others). A cell's fate or a patient's parameters therefore do not depend on which thread
 * handles them, in what order they are visited, on which shard, or whether the run was resumed.
 * The mixing is three rounds of the SplitMix64 finaliser (Steele, Lea and Flood 2014) over the
 * combined key, which passes BigCrush as a counter-based generator when the counter is distinct
 * per draw. Immutable and thread-safe.
 */
public final class KeyedRandom {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long seed;

    public KeyedRandom(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A uniform double in [0, 1) for this key. */
    public double uniform(long entity, long counter, int purpose) {
        return (bits(entity, counter, purpose) >>> 11) * 0x1.0p-53;
    }

    /** A standard normal variate for this key (Box-Muller on two derived uniforms). */
    public double normal(long entity, long counter, int purpose) {
        long b = bits(entity, counter, purpose);
        double u1 = ((b >>> 11) + 1) * 0x1.0p-53;
        double u2 = (mix(b ^ GOLDEN) >>> 11) * 0x1.0p-53;
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** 64 random bits for this key. */
    public long bits(long entity, long counter, int purpose) {
        long h = mix(seed + GOLDEN);
        h = mix(h ^ (entity * GOLDEN + 0x632BE59BD9B4E019L));
        h = mix(h ^ (counter * 0xD1B54A32D192ED03L + purpose));
        return h;
    }

    /** The SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
