package org.cytostorm.tissue.random;

/**
 * Counter-based random numbers: each draw is a pure function of (seed, cell, step, purpose), so a
 * cell's fate does not depend on which thread handles it, in what order cells are visited, or
 * whether the run was resumed from a checkpoint. The mixing is two rounds of the SplitMix64
 * finaliser (Steele, Lea and Flood 2014) over the combined key, which passes BigCrush as a
 * counter-based generator when the counter is distinct per draw.
 */
public final class KeyedRandom {
    /** Purposes: one stream per kind of decision, so adding a decision does not shift the others. */
    public static final int FATE = 1;
    public static final int MOVE_X = 2;
    public static final int MOVE_Y = 3;
    public static final int MOVE_Z = 4;
    public static final int KILL = 5;
    public static final int RECRUIT = 6;
    public static final int DIVIDE = 7;
    public static final int LAYOUT = 8;
    public static final int TRANSFORM = 9;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long seed;

    public KeyedRandom(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A uniform double in [0, 1) for this key. */
    public double uniform(long cell, long step, int purpose) {
        return (bits(cell, step, purpose) >>> 11) * 0x1.0p-53;
    }

    /** A standard normal variate for this key (Box-Muller on two derived uniforms). */
    public double normal(long cell, long step, int purpose) {
        long b = bits(cell, step, purpose);
        double u1 = ((b >>> 11) + 1) * 0x1.0p-53;
        double u2 = (mix(b ^ GOLDEN) >>> 11) * 0x1.0p-53;
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** 64 random bits for this key. */
    public long bits(long cell, long step, int purpose) {
        long h = mix(seed + GOLDEN);
        h = mix(h ^ (cell * GOLDEN + 0x632BE59BD9B4E019L));
        h = mix(h ^ (step * 0xD1B54A32D192ED03L + purpose));
        return h;
    }

    /** The SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
