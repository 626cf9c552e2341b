package org.cytostorm.engine.model;

import java.util.Objects;
import org.cytostorm.engine.expr.Expr;

/**
 * {@code d(variable)/dt = math}. For a concentration species the rule gives the rate of change of
 * the concentration, as in SBML.
 */
public record RateRule(String variable, Expr math) implements Rule {
    public RateRule {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(math, "math");
    }
}
