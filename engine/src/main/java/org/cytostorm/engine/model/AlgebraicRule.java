package org.cytostorm.engine.model;

import java.util.Objects;
import org.cytostorm.engine.expr.Expr;

/** {@code 0 = math}. Held so that importers can name it; the solvers do not support it. */
public record AlgebraicRule(Expr math) implements Rule {
    public AlgebraicRule {
        Objects.requireNonNull(math, "math");
    }

    @Override
    public String variable() {
        return null;
    }
}
