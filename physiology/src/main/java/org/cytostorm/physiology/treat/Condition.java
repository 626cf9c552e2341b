package org.cytostorm.physiology.treat;

import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.cytostorm.engine.eval.ExpressionEvaluator;
import org.cytostorm.engine.expr.Apply;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Exprs;
import org.cytostorm.engine.text.AntimonyParser;

/**
 * A rule's condition on the simulated patient, written as a model-text expression
 * ({@code crs_grade >= 2 && doses_tocilizumab < 4}); true when it evaluates to non-zero.
 *
 * @param text the expression as written
 * @param expr the parsed expression (names unresolved)
 */
public record Condition(String text, Expr expr) {

    private static final double[] NONE = new double[0];

    /**
     * Parses a condition; {@code source} names it in messages.
     *
     * @throws org.cytostorm.engine.text.ModelParseException for text that is not one expression
     * @throws IllegalArgumentException                     for a call of a function the model text does not define
     */
    public static Condition parse(String text, String source) {
        Expr e = AntimonyParser.parseExpression(text, source);
        if (Exprs.functionsCalled(e).iterator().hasNext() || containsApply(e)) {
            throw new IllegalArgumentException("a condition may use only built-in functions (min, max, abs, ...), not "
                    + String.join(", ", Exprs.functionsCalled(e)));
        }
        return new Condition(text.trim(), e);
    }

    private static boolean containsApply(Expr e) {
        return e instanceof Apply || Exprs.children(e).stream().anyMatch(Condition::containsApply);
    }

    /** The names the condition reads, in first-use order. */
    public Set<String> names() {
        return Exprs.symbols(expr);
    }

    /** Evaluates with the names' values. */
    public boolean holds(ToDoubleFunction<String> values) {
        Expr bound = Exprs.substitute(expr, name -> Expr.num(values.applyAsDouble(name)));
        return ExpressionEvaluator.eval(bound, 0, NONE, NONE, NONE) != 0.0;
    }
}
