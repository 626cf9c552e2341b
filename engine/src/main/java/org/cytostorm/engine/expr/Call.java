package org.cytostorm.engine.expr;

import java.util.List;
import java.util.Objects;

/** A built-in operator or function applied to its arguments. */
public record Call(Fn fn, List<Expr> args) implements Expr {

    public Call {
        Objects.requireNonNull(fn, "fn");
        args = List.copyOf(args);
        if (!fn.accepts(args.size())) {
            throw new IllegalArgumentException(fn.symbol() + " takes " + fn.arityText()
                    + " argument(s), not " + args.size());
        }
    }

    public Expr arg(int i) {
        return args.get(i);
    }
}
