package org.cytostorm.engine.solve.observe;

import java.util.Objects;

/**
 * How an {@link EventDetector} is watched: how often its function g is checked within a step, how
 * precisely a sign change is located, and which sign changes count. Immutable; the {@code with}
 * methods return changed copies.
 *
 * <p>g is checked at the end of each accepted step and, within it, at equally spaced points no
 * further apart than {@code maxCheckInterval} (by default none: only the step's end). A sign change
 * between two checks is located by bisection on the step's dense output until the crossing is
 * bracketed within {@code timeAccuracy}; the event is placed at the bracket's later end, where g
 * already has its new sign. Two sign changes between consecutive checks cancel out and are not
 * seen: set a max check interval shorter than the briefest excursion that matters.
 *
 * @param maxCheckInterval the largest interval between checks of g within a step, in model time
 *                         units (positive; infinite: the step's end only). A step is checked at
 *                         most a million times, so an interval below a millionth of a step acts as
 *                         that many checks
 * @param timeAccuracy     the width, in model time units, to which a crossing is bracketed (positive,
 *                         finite)
 * @param direction        which sign changes are events
 */
public record DetectionSettings(double maxCheckInterval, double timeAccuracy, Direction direction) {

    /** Default time accuracy of a located crossing, in model time units. */
    public static final double DEFAULT_TIME_ACCURACY = 1e-9;

    /** Checks at step ends only, crossings located to {@value #DEFAULT_TIME_ACCURACY}, both directions. */
    public static final DetectionSettings DEFAULT =
            new DetectionSettings(Double.POSITIVE_INFINITY, DEFAULT_TIME_ACCURACY, Direction.BOTH);

    /**
     * @throws IllegalArgumentException for a max check interval that is not positive, a time
     *                                  accuracy that is not positive and finite
     */
    public DetectionSettings {
        Objects.requireNonNull(direction, "direction");
        if (!(maxCheckInterval > 0)) {
            throw new IllegalArgumentException("the max check interval must be positive, not " + maxCheckInterval);
        }
        if (!(timeAccuracy > 0) || timeAccuracy == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the time accuracy must be positive and finite, not " + timeAccuracy);
        }
    }

    /** A copy with another direction. */
    public DetectionSettings withDirection(Direction newDirection) {
        return new DetectionSettings(maxCheckInterval, timeAccuracy, newDirection);
    }

    /** A copy with another time accuracy (model time units). */
    public DetectionSettings withTimeAccuracy(double newTimeAccuracy) {
        return new DetectionSettings(maxCheckInterval, newTimeAccuracy, direction);
    }

    /** A copy with another max check interval (model time units; infinite: step ends only). */
    public DetectionSettings withMaxCheckInterval(double newMaxCheckInterval) {
        return new DetectionSettings(newMaxCheckInterval, timeAccuracy, direction);
    }
}
