package org.cytostorm.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cytostorm.engine.eval.ExpressionEvaluator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Each derivative rule against a central finite difference of the function it differentiates. */
class DifferentiatorTest {

    private static final Slot X = new Slot(Slot.Kind.STATE, 0, "x");
    private static final Slot Y = new Slot(Slot.Kind.STATE, 1, "y");

    /** Points inside every function's domain (arcsec/arccosh need |x| > 1, arctanh |x| < 1). */
    private static double pointFor(Fn fn) {
        switch (fn) {
            case ASEC: case ACSC: case ACOSH: case ACOTH: return 1.7;
            case ATANH: case ASIN: case ACOS: case ASECH: return 0.43;
            default: return 0.83;
        }
    }

    @ParameterizedTest
    @EnumSource(value = Fn.class, names = {"EXP", "LN", "LOG10", "SQRT", "ABS", "SIN", "COS", "TAN", "SEC", "CSC",
        "COT", "SINH", "COSH", "TANH", "SECH", "CSCH", "COTH", "ASIN", "ACOS", "ATAN", "ASEC", "ACSC", "ACOT",
        "ASINH", "ACOSH", "ATANH", "ASECH", "ACSCH", "ACOTH"})
    void unaryFunctionsMatchFiniteDifferences(Fn fn) {
        double x = pointFor(fn);
        // compose with 3x so the chain rule factor is exercised too
        // an inner function keeps the argument in the domain and exercises the chain rule
        Expr inner;
        switch (fn) {
            case ASEC: case ACSC: case ACOSH: case ACOTH: inner = Exprs.add(X, Expr.num(0.2)); break;
            case ATANH: case ASIN: case ACOS: case ASECH: inner = Exprs.mul(Expr.num(0.5), X); break;
            default: inner = Exprs.mul(Expr.num(3), X); break;
        }
        checkAgainstFiniteDifference(Exprs.call(fn, inner), x, 1e-6);
    }

    @Test
    void binaryOperatorsAndPowers() {
        checkAgainstFiniteDifference(Exprs.div(Exprs.call(Fn.SIN, X), Exprs.add(X, Expr.num(2))), 0.7, 1e-7);
        checkAgainstFiniteDifference(Exprs.call(Fn.POW, X, Expr.num(6)), 0.9, 1e-7);
        checkAgainstFiniteDifference(Exprs.call(Fn.POW, X, Expr.num(-1.5)), 0.9, 1e-7);
        checkAgainstFiniteDifference(Exprs.call(Fn.POW, Expr.num(2.5), X), 0.9, 1e-7);
        checkAgainstFiniteDifference(Exprs.call(Fn.POW, X, X), 0.9, 1e-7);
        checkAgainstFiniteDifference(Exprs.call(Fn.ROOT, Expr.num(3), X), 0.9, 1e-7);
        checkAgainstFiniteDifference(Exprs.call(Fn.LOG, Expr.num(2), X), 0.9, 1e-7);
        checkAgainstFiniteDifference(Exprs.call(Fn.LOG, X, Expr.num(5)), 1.9, 1e-7);
        checkAgainstFiniteDifference(new Call(Fn.MUL, List.of(X, X, Exprs.call(Fn.EXP, X))), 0.4, 1e-7);
        checkAgainstFiniteDifference(Exprs.call(Fn.REM, Exprs.mul(Expr.num(7), X), Expr.num(2)), 0.4, 1e-6);
    }

    @Test
    void piecewiseMinMaxDifferentiateTheActiveBranch() {
        Expr pw = Exprs.call(Fn.PIECEWISE, Exprs.mul(X, X), Exprs.call(Fn.LT, X, Expr.num(1)), Exprs.call(Fn.EXP, X));
        checkAgainstFiniteDifference(pw, 0.5, 1e-7);
        checkAgainstFiniteDifference(pw, 1.5, 1e-7);
        checkAgainstFiniteDifference(Exprs.call(Fn.MIN, Exprs.mul(X, X), X, Expr.num(2)), 0.5, 1e-7);
        checkAgainstFiniteDifference(Exprs.call(Fn.MAX, Exprs.mul(X, X), X, Expr.num(0.1)), 0.5, 1e-7);
        checkAgainstFiniteDifference(Exprs.call(Fn.ABS, Exprs.sub(Expr.num(0.2), X)), 0.5, 1e-7);
    }

    @Test
    void partialDerivativesSeparateVariablesAndTime() {
        Expr e = Exprs.mul(Exprs.mul(X, Y), Exprs.call(Fn.SIN, Slot.time()));
        double[] s = {0.3, 0.8};
        double t = 1.1;
        Expr dx = Differentiator.partial(e, X, k -> Num.ZERO);
        Expr dy = Differentiator.partial(e, Y, k -> Num.ZERO);
        Expr dt = Differentiator.partial(e, Slot.time(), k -> Num.ZERO);
        assertEquals(0.8 * Math.sin(t), ExpressionEvaluator.eval(dx, t, s, new double[0], new double[0]), 1e-15);
        assertEquals(0.3 * Math.sin(t), ExpressionEvaluator.eval(dy, t, s, new double[0], new double[0]), 1e-15);
        assertEquals(0.24 * Math.cos(t), ExpressionEvaluator.eval(dt, t, s, new double[0], new double[0]), 1e-15);
    }

    private static void checkAgainstFiniteDifference(Expr e, double x, double tol) {
        Expr d = Differentiator.partial(e, X, k -> Num.ZERO);
        double analytic = ExpressionEvaluator.eval(d, 0, new double[] {x, 0}, new double[0], new double[0]);
        double h = 1e-6 * Math.max(1, Math.abs(x));
        double fp = ExpressionEvaluator.eval(e, 0, new double[] {x + h, 0}, new double[0], new double[0]);
        double fm = ExpressionEvaluator.eval(e, 0, new double[] {x - h, 0}, new double[0], new double[0]);
        double numeric = (fp - fm) / (2 * h);
        assertEquals(numeric, analytic, tol * Math.max(1, Math.abs(numeric)),
                () -> "d/dx " + ExprPrinter.print(e) + " at " + x);
    }
}
