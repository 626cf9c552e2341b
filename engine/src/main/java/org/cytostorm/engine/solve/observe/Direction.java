package org.cytostorm.engine.solve.observe;

/**
 * Which sign changes of an {@link EventDetector}'s function g are events. g is "above" where
 * g &ge; 0 and "below" where g &lt; 0 (or NaN); for a threshold, above means the variable is at or
 * over the level.
 */
public enum Direction {
    /** From below to above: g turns from negative to zero or positive (a variable reaching a level). */
    RISING,
    /** From above to below: g turns negative (a variable falling under a level). */
    FALLING,
    /** Either way. */
    BOTH;

    /** True when a change to the side {@code rising} (true: to above) is an event in this direction. */
    public boolean includes(boolean rising) {
        return this == BOTH || (this == RISING) == rising;
    }
}
