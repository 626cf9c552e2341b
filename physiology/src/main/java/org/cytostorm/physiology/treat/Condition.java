package org.cytostorm.physiology.treat;

import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.cytostorm.engine.eval.ExpressionEvaluator;
import org.cytostorm.engine.expr.Apply;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Exprs;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Slot;
import org.cytostorm.engine.expr.Sym;
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
        return compile().holds(values);
    }

    /** The expression with each name replaced by its value, as a number. */
    private boolean holdsSubstituted(ToDoubleFunction<String> values) {
        Expr bound = Exprs.substitute(expr, name -> Expr.num(values.applyAsDouble(name)));
        return ExpressionEvaluator.eval(bound, 0, NONE, NONE, NONE) != 0.0;
    }

    /** Whether a name is the exponent of a power (evaluated as a literal exponent once its value is in). */
    private static boolean hasNamedExponent(Expr e) {
        if (e instanceof Call c && c.fn() == Fn.POW && c.args().size() > 1 && c.args().get(1) instanceof Sym) {
            return true;
        }
        return Exprs.children(e).stream().anyMatch(Condition::hasNamedExponent);
    }

    /**
     * The condition ready to be evaluated again and again (a protocol's rule at every hourly
     * check): its names resolved, once, to positions in an array of their values. Rebuilding the
     * expression with the values substituted at each check was a tenth of a treated patient's run.
     */
    public Compiled compile() {
        return new Compiled(this);
    }

    /**
     * A {@link Condition} with its names resolved: the same value as {@link Condition#holds} for the
     * same names' values. Each name's value is asked for once per evaluation. Not thread-safe (it
     * keeps the values of the last evaluation); one per run.
     */
    public static final class Compiled {

        private final Condition condition;
        private final String[] names;
        /** Null when a name is a power's exponent: the number substituted for it decides how the power is evaluated. */
        private final Expr resolved;
        private final double[] values;

        private Compiled(Condition condition) {
            this.condition = condition;
            this.names = condition.names().toArray(new String[0]);
            java.util.Map<String, Expr> slots = new java.util.HashMap<>();
            for (int i = 0; i < names.length; i++) {
                slots.put(names[i], new Slot(Slot.Kind.PARAM, i, names[i]));
            }
            this.resolved = hasNamedExponent(condition.expr()) ? null : Exprs.substitute(condition.expr(), slots::get);
            this.values = new double[names.length];
        }

        /** Evaluates with the names' values. */
        public boolean holds(ToDoubleFunction<String> valueOf) {
            if (resolved == null) {
                return condition.holdsSubstituted(valueOf);
            }
            for (int i = 0; i < names.length; i++) {
                values[i] = valueOf.applyAsDouble(names[i]);
            }
            return ExpressionEvaluator.eval(resolved, 0, NONE, values, NONE) != 0.0;
        }
    }
}
