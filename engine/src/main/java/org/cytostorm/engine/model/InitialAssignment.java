package org.cytostorm.engine.model;

import java.util.Objects;
import org.cytostorm.engine.expr.Expr;

/** {@code symbol = math} at the start of a run, overriding the declared initial value. */
public record InitialAssignment(String symbol, Expr math) {
    public InitialAssignment {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(math, "math");
    }
}
