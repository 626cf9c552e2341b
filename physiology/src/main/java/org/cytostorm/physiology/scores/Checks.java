package org.cytostorm.physiology.scores;

/** Input validation shared by the scores: every failure is an {@link IllegalArgumentException} naming the input. */
final class Checks {

    private Checks() {
    }

    /** Returns {@code value} if it is a finite number. */
    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite and not negative. */
    static double nonNegative(String name, double value) {
        finite(name, value);
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite and strictly positive. */
    static double positive(String name, double value) {
        finite(name, value);
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it lies in {@code [min, max]}. */
    static int inRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    name + " must be in " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is not null. */
    static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
