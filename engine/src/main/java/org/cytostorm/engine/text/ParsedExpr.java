package org.cytostorm.engine.text;

import java.util.List;
import org.cytostorm.engine.expr.Expr;

/**
 * An expression as parsed, with where it starts and where each name in it is used.
 *
 * @param expr     the expression tree
 * @param position where the expression starts
 * @param uses     every name used, in order of appearance (function calls included)
 * @param number   true when the whole expression is a number as written: a numeral or numeric
 *                 constant, optionally signed and followed by a unit ({@code 5}, {@code -1e-3},
 *                 {@code 0.3 per_hour}, {@code inf}); false for anything else, {@code (5)} included
 * @param unit     the unit written after that number ({@code per_hour}), else null
 */
record ParsedExpr(Expr expr, SourcePosition position, List<NameUse> uses, boolean number, String unit) {

    /**
     * One use of a name in an expression.
     *
     * @param name          the name
     * @param position      where it is written
     * @param call          true for a call of a user function
     * @param argumentCount the number of arguments of a call
     */
    record NameUse(String name, SourcePosition position, boolean call, int argumentCount) {
    }
}
