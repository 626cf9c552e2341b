package org.cytostorm.engine.system;

import java.util.Objects;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Slot;

/**
 * One step of computing a run's initial values: {@code target = value * scale}. The scale turns a
 * concentration into the stored amount (the compartment's size) and is null otherwise. A run that
 * overrides {@code symbol} stores {@code override * overrideScale} instead: overrides are always
 * in the symbol's own units (a concentration for a concentration species), whatever form the
 * declared value took.
 *
 * @param symbol        the model symbol being initialized
 * @param target        a STATE, PARAM or TEMP slot
 * @param scale         multiplies value, or null
 * @param overrideScale multiplies an override, or null
 */
public record InitStatement(String symbol, Slot target, Expr value, Expr scale, Expr overrideScale) {
    public InitStatement {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(value, "value");
    }
}
