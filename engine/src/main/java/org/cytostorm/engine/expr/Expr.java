package org.cytostorm.engine.expr;

/**
 * A mathematical expression: an immutable tree shared by the model description, the lowered ODE
 * system, the reference evaluator and the bytecode generator.
 *
 * <p>Names are resolved in two stages. A parsed model holds {@link Sym} leaves (names as written)
 * and {@link Apply} nodes (calls of user functions). Lowering a model to an ODE system inlines the
 * functions and replaces every name by a {@link Slot}, a typed index into the run's arrays.
 */
public sealed interface Expr permits Num, Sym, Call, Apply, Slot {

    /** A numeric literal. */
    static Expr num(double value) {
        return new Num(value);
    }

    /** A reference to a named symbol. */
    static Expr sym(String name) {
        return new Sym(name);
    }

    /** A built-in operator or function applied to arguments. */
    static Expr call(Fn fn, Expr... args) {
        return new Call(fn, java.util.List.of(args));
    }
}
