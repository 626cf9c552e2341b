package org.cytostorm.engine.model;

import java.util.Objects;
import org.cytostorm.engine.expr.Expr;

/** {@code variable = math} when an event executes. */
public record EventAssignment(String variable, Expr math) {
    public EventAssignment {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(math, "math");
    }
}
