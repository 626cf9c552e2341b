package org.cytostorm.report.tissue;

/**
 * The value a heat map's top colour stands for; the bottom colour is always 0 (concentrations are
 * not negative; solver noise below 0 takes the bottom colour). The scale is linear: a log scale
 * would hide a secreted plume's edge, which is what a reader of a frame looks for.
 *
 * <ul>
 *   <li>{@link #perFrame()}: each frame's own maximum, which shows the field's shape best but makes
 *       the colours of two frames incomparable (an animation flickers as the peak moves);</li>
 *   <li>{@link #fixed(double)}: one maximum for all frames, which makes an animation honest when the
 *       peak is known (from a previous run, or a clinically meaningful level); values above it take
 *       the top colour;</li>
 *   <li>{@link #ofRun(double)}: the largest value in any frame of the run, known once the run has
 *       ended (frames are then drawn from their kept snapshots): one colour is one concentration in
 *       every frame, and no value exceeds the top;</li>
 *   <li>{@link #growing()}: the largest value seen so far in this and earlier frames, for frames
 *       drawn while the simulation runs, when the peak is not yet known: colours stay comparable
 *       between frames until the field exceeds every earlier value, and the scale never shrinks,
 *       so a decaying field visibly fades. Stateful: one instance per animation, frames in order.</li>
 * </ul>
 *
 * A maximum of zero (an empty field) draws everything in the bottom colour. Each scale has a
 * {@link #caption()} that the colour bar prints under its maximum, so a reader of a single frame
 * knows whether its colours can be compared with another frame's.
 */
public final class FieldScale {

    private enum Kind {
        PER_FRAME("frame maximum"),
        FIXED("fixed maximum"),
        RUN("run maximum"),
        GROWING("maximum so far");

        private final String caption;

        Kind(String caption) {
            this.caption = caption;
        }
    }

    private final Kind kind;
    private double max;

    private FieldScale(Kind kind, double max) {
        this.kind = kind;
        this.max = max;
    }

    public static FieldScale perFrame() {
        return new FieldScale(Kind.PER_FRAME, 0);
    }

    /** @throws IllegalArgumentException unless {@code max} is positive and finite */
    public static FieldScale fixed(double max) {
        if (!(max > 0) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("a fixed heat map maximum must be positive and finite, got " + max);
        }
        return new FieldScale(Kind.FIXED, max);
    }

    /**
     * The scale of a run whose largest value in any frame is {@code runMax}: fixed over the run.
     * Zero is allowed (a field that stayed empty draws in the bottom colour).
     *
     * @throws IllegalArgumentException unless {@code runMax} is zero or positive, and finite
     */
    public static FieldScale ofRun(double runMax) {
        if (!(runMax >= 0) || Double.isInfinite(runMax)) {
            throw new IllegalArgumentException("a run's heat map maximum must be zero or positive and finite, got "
                    + runMax);
        }
        return new FieldScale(Kind.RUN, runMax);
    }

    public static FieldScale growing() {
        return new FieldScale(Kind.GROWING, 0);
    }

    /**
     * The value of the top colour for a frame showing {@code field}: never negative, 0 when nothing
     * is positive. Non-finite values are left out (they are drawn as "no value").
     */
    public synchronized double maxFor(double[] field) {
        return switch (kind) {
            case FIXED, RUN -> max;
            case PER_FRAME -> largest(field);
            case GROWING -> max = Math.max(max, largest(field));
        };
    }

    /** What the top of the scale is, for the colour bar: {@code run maximum}, {@code frame maximum}, ... */
    public String caption() {
        return kind.caption;
    }

    /**
     * The largest value of {@code field} that a frame can show: positive and finite values only
     * (infinity and NaN have no place on a linear scale), 0 when there is none.
     */
    public static double largest(double[] field) {
        double largest = 0;
        for (double v : field) {
            if (v > largest && v != Double.POSITIVE_INFINITY) {
                largest = v;
            }
        }
        return largest;
    }
}
