package org.cytostorm.engine.expr;

import java.util.List;
import java.util.Objects;

/** A call of a user-defined function, inlined when the model is lowered to an ODE system. */
public record Apply(String function, List<Expr> args) implements Expr {

    public Apply {
        Objects.requireNonNull(function, "function");
        args = List.copyOf(args);
    }
}
