package org.cytostorm.engine.system;

import java.util.Objects;
import org.cytostorm.engine.expr.Expr;

/**
 * One line of a {@link Program}: {@code temp[index] = value} or {@code out[index] = value}.
 */
public record Statement(Target target, int index, Expr value) {

    /** Where a statement writes. */
    public enum Target {
        /** An intermediate value, read later in the same program through a TEMP slot. */
        TEMP,
        /** An element of the program's output array. */
        OUT
    }

    public Statement {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(value, "value");
    }

    public static Statement temp(int index, Expr value) {
        return new Statement(Target.TEMP, index, value);
    }

    public static Statement out(int index, Expr value) {
        return new Statement(Target.OUT, index, value);
    }
}
