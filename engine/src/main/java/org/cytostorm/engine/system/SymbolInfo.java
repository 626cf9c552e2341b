package org.cytostorm.engine.system;

import org.cytostorm.engine.expr.Slot;

/**
 * Where a model symbol lives in a run.
 *
 * @param id            the symbol (local parameters as {@code reaction.parameter})
 * @param kind          what it is
 * @param storage       its STATE, PARAM or TEMP slot
 * @param ruleDefined   true when an assignment rule (or a kinetic law, for a reaction) defines it at
 *                      all times, so it cannot be overridden
 * @param concentration true for a species whose value is a concentration (amount over its
 *                      compartment's size): stored as an amount unless a rule defines it
 */
public record SymbolInfo(String id, SymbolKind kind, Slot storage, boolean ruleDefined, boolean concentration) {
}
