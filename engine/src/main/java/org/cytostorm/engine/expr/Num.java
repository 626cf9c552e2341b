package org.cytostorm.engine.expr;

/** A numeric literal. Booleans are the numbers 1 (true) and 0 (false). */
public record Num(double value) implements Expr {

    public static final Num ZERO = new Num(0.0);
    public static final Num ONE = new Num(1.0);

    /** True when this literal is exactly {@code v}. */
    public boolean is(double v) {
        return Double.compare(value, v) == 0 || (value == v && v != 0.0);
    }
}
