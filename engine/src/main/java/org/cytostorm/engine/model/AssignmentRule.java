package org.cytostorm.engine.model;

import java.util.Objects;
import org.cytostorm.engine.expr.Expr;

/** {@code variable := math} at all times. */
public record AssignmentRule(String variable, Expr math) implements Rule {
    public AssignmentRule {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(math, "math");
    }
}
