package org.cytostorm.engine.model;

import org.cytostorm.engine.expr.Expr;

/** An equation that defines a variable at all times. */
public sealed interface Rule permits AssignmentRule, RateRule, AlgebraicRule {

    /** The variable the rule defines, or null for an algebraic rule. */
    String variable();

    Expr math();
}
