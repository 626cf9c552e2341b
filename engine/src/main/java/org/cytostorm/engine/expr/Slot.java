package org.cytostorm.engine.expr;

import java.util.Objects;

/**
 * A resolved reference into a run's arrays: produced when a model is lowered to an ODE system,
 * consumed by the evaluators. The name is kept for messages and generated code comments.
 */
public record Slot(Kind kind, int index, String name) implements Expr {

    /** Which array a slot indexes. */
    public enum Kind {
        /** The independent variable; index is unused. */
        TIME,
        /** The state vector y (species amounts, rate-rule variables). */
        STATE,
        /** The per-run parameter vector p (constants, boundary species amounts, event targets). */
        PARAM,
        /** An intermediate value computed in order before the derivatives (rules, reaction rates). */
        TEMP
    }

    public Slot {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static Slot time() {
        return new Slot(Kind.TIME, 0, Sym.TIME);
    }
}
