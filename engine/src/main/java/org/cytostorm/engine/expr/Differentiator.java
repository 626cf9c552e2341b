package org.cytostorm.engine.expr;

import static org.cytostorm.engine.expr.Exprs.add;
import static org.cytostorm.engine.expr.Exprs.call;
import static org.cytostorm.engine.expr.Exprs.div;
import static org.cytostorm.engine.expr.Exprs.isZero;
import static org.cytostorm.engine.expr.Exprs.mul;
import static org.cytostorm.engine.expr.Exprs.neg;
import static org.cytostorm.engine.expr.Exprs.sub;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Symbolic differentiation of lowered expressions (leaves are {@link Slot}s and numbers). What a
 * leaf's derivative is comes from the caller, so one routine gives partial derivatives by a state
 * (the Jacobian), by time (∂f/∂t) and total time derivatives (SBML's rateOf): intermediate values
 * ({@code TEMP} slots) are differentiated by the chain rule through the same callback, so a chain
 * of assignment rules is differentiated once, not re-expanded at every use.
 *
 * <p>Discontinuous functions (floor, ceil, relational operators, the branches of piecewise) are
 * differentiated piecewise: the derivative holds everywhere except at the jumps.
 */
public final class Differentiator {

    private final Function<Slot, Expr> leafDerivative;

    private Differentiator(Function<Slot, Expr> leafDerivative) {
        this.leafDerivative = leafDerivative;
    }

    /**
     * The derivative of {@code e}, given the derivative of each slot it reads.
     *
     * @param leafDerivative derivative of a slot (never null; return {@link Num#ZERO} for constants)
     */
    public static Expr derivative(Expr e, Function<Slot, Expr> leafDerivative) {
        return new Differentiator(leafDerivative).d(e);
    }

    /**
     * ∂e/∂variable for a STATE or TIME slot; TEMP slot k differentiates to
     * {@code tempDerivative.apply(k)}, PARAM slots to zero.
     */
    public static Expr partial(Expr e, Slot variable, IntFunction<Expr> tempDerivative) {
        if (variable.kind() != Slot.Kind.STATE && variable.kind() != Slot.Kind.TIME) {
            throw new IllegalArgumentException("can differentiate only by a state or time, not " + variable);
        }
        return derivative(e, s -> {
            switch (s.kind()) {
                case TIME:
                    return variable.kind() == Slot.Kind.TIME ? Num.ONE : Num.ZERO;
                case STATE:
                    return variable.kind() == Slot.Kind.STATE && variable.index() == s.index() ? Num.ONE : Num.ZERO;
                case TEMP:
                    return tempDerivative.apply(s.index());
                default:
                    return Num.ZERO;
            }
        });
    }

    private Expr d(Expr e) {
        if (e instanceof Num) {
            return Num.ZERO;
        }
        if (e instanceof Slot s) {
            return leafDerivative.apply(s);
        }
        if (e instanceof Call c) {
            return dCall(c);
        }
        throw new IllegalArgumentException("cannot differentiate unresolved expression " + ExprPrinter.print(e));
    }

    private Expr dCall(Call c) {
        List<Expr> a = c.args();
        switch (c.fn()) {
            case ADD: {
                Expr sum = Num.ZERO;
                for (Expr x : a) {
                    sum = add(sum, d(x));
                }
                return sum;
            }
            case SUB:
                return sub(d(a.get(0)), d(a.get(1)));
            case NEG:
                return neg(d(a.get(0)));
            case MUL:
                return dProduct(a);
            case DIV: {
                Expr u = a.get(0);
                Expr v = a.get(1);
                Expr du = d(u);
                Expr dv = d(v);
                if (isZero(dv)) {
                    return div(du, v);
                }
                // (u/v)' = (u' - (u/v) v') / v: reuses the quotient itself (shared with the value by
                // common-subexpression elimination) and divides once instead of squaring v
                return div(sub(du, mul(c, dv)), v);
            }
            case POW:
                return dPow(a.get(0), a.get(1));
            case EXP:
                return mul(c, d(a.get(0)));
            case LN:
                return div(d(a.get(0)), a.get(0));
            case LOG10:
                return div(d(a.get(0)), mul(a.get(0), Expr.num(Math.log(10))));
            case LOG: {
                // log_b(x) = ln x / ln b
                Expr ratio = div(call(Fn.LN, a.get(1)), call(Fn.LN, a.get(0)));
                return d(ratio);
            }
            case SQRT:
                return div(d(a.get(0)), mul(Expr.num(2), c));
            case ROOT:
                return dPow(a.get(1), div(Num.ONE, a.get(0)));
            case ABS: {
                Expr du = d(a.get(0));
                if (isZero(du)) {
                    return Num.ZERO;
                }
                return call(Fn.PIECEWISE, du, call(Fn.GE, a.get(0), Num.ZERO), neg(du));
            }
            case MIN:
            case MAX:
                return dMinMax(c.fn(), a);
            case PIECEWISE: {
                List<Expr> out = new ArrayList<>(a.size());
                boolean allZero = true;
                for (int i = 0; i < a.size(); i++) {
                    boolean isValue = i % 2 == 0;
                    Expr x = isValue ? d(a.get(i)) : a.get(i);
                    if (isValue && !isZero(x)) {
                        allZero = false;
                    }
                    out.add(x);
                }
                return allZero ? Num.ZERO : new Call(Fn.PIECEWISE, out);
            }
            case REM: {
                // rem(a, b) = a - b*quotient(a, b); the quotient is piecewise constant
                return sub(d(a.get(0)), mul(d(a.get(1)), call(Fn.QUOTIENT, a.get(0), a.get(1))));
            }
            case FLOOR: case CEIL: case FACTORIAL: case QUOTIENT:
            case EQ: case NEQ: case LT: case LE: case GT: case GE:
            case AND: case OR: case XOR: case NOT:
                return Num.ZERO;
            case RATE_OF:
                throw new IllegalArgumentException("rateOf must be resolved before differentiation");
            default:
                return dElementary(c.fn(), a.get(0), c);
        }
    }

    private Expr dProduct(List<Expr> factors) {
        Expr sum = Num.ZERO;
        for (int i = 0; i < factors.size(); i++) {
            Expr di = d(factors.get(i));
            if (isZero(di)) {
                continue;
            }
            Expr term = di;
            for (int j = 0; j < factors.size(); j++) {
                if (j != i) {
                    term = mul(term, factors.get(j));
                }
            }
            sum = add(sum, term);
        }
        return sum;
    }

    private Expr dPow(Expr u, Expr v) {
        Expr du = d(u);
        Expr dv = d(v);
        if (isZero(dv)) {
            if (isZero(du)) {
                return Num.ZERO;
            }
            Expr vMinus1 = v instanceof Num n ? Expr.num(n.value() - 1) : sub(v, Num.ONE);
            return mul(mul(v, Exprs.pow(u, vMinus1)), du);
        }
        Expr uv = call(Fn.POW, u, v);
        if (isZero(du)) {
            return mul(mul(uv, call(Fn.LN, u)), dv);
        }
        // (u^v)' = u^v (v' ln u + v u'/u)
        return mul(uv, add(mul(dv, call(Fn.LN, u)), div(mul(v, du), u)));
    }

    private Expr dMinMax(Fn fn, List<Expr> a) {
        if (a.size() == 1) {
            return d(a.get(0));
        }
        // fold pairwise: m(a0, rest) = piecewise(a0, a0 <= rest (or >=), rest)
        Expr rest = a.size() == 2 ? a.get(1) : new Call(fn, a.subList(1, a.size()));
        Expr first = a.get(0);
        Expr dFirst = d(first);
        Expr dRest = d(rest);
        if (isZero(dFirst) && isZero(dRest)) {
            return Num.ZERO;
        }
        Fn cmp = fn == Fn.MIN ? Fn.LE : Fn.GE;
        return call(Fn.PIECEWISE, dFirst, call(cmp, first, rest), dRest);
    }

    private Expr dElementary(Fn fn, Expr u, Expr self) {
        Expr du = d(u);
        if (isZero(du)) {
            return Num.ZERO;
        }
        Expr one = Num.ONE;
        Expr outer;
        switch (fn) {
            case SIN: outer = call(Fn.COS, u); break;
            case COS: outer = neg(call(Fn.SIN, u)); break;
            case TAN: outer = div(one, sq(call(Fn.COS, u))); break;
            case SEC: outer = mul(self, call(Fn.TAN, u)); break;
            case CSC: outer = neg(mul(self, call(Fn.COT, u))); break;
            case COT: outer = neg(sq(call(Fn.CSC, u))); break;
            case SINH: outer = call(Fn.COSH, u); break;
            case COSH: outer = call(Fn.SINH, u); break;
            case TANH: outer = sq(call(Fn.SECH, u)); break;
            case SECH: outer = neg(mul(self, call(Fn.TANH, u))); break;
            case CSCH: outer = neg(mul(self, call(Fn.COTH, u))); break;
            case COTH: outer = neg(sq(call(Fn.CSCH, u))); break;
            case ASIN: outer = div(one, call(Fn.SQRT, sub(one, sq(u)))); break;
            case ACOS: outer = neg(div(one, call(Fn.SQRT, sub(one, sq(u))))); break;
            case ATAN: outer = div(one, add(one, sq(u))); break;
            case ASEC: outer = div(one, mul(call(Fn.ABS, u), call(Fn.SQRT, sub(sq(u), one)))); break;
            case ACSC: outer = neg(div(one, mul(call(Fn.ABS, u), call(Fn.SQRT, sub(sq(u), one))))); break;
            case ACOT: outer = neg(div(one, add(one, sq(u)))); break;
            case ASINH: outer = div(one, call(Fn.SQRT, add(sq(u), one))); break;
            case ACOSH: outer = div(one, call(Fn.SQRT, sub(sq(u), one))); break;
            case ATANH: outer = div(one, sub(one, sq(u))); break;
            case ASECH: outer = neg(div(one, mul(u, call(Fn.SQRT, sub(one, sq(u)))))); break;
            case ACSCH: outer = neg(div(one, mul(call(Fn.ABS, u), call(Fn.SQRT, add(one, sq(u)))))); break;
            case ACOTH: outer = div(one, sub(one, sq(u))); break;
            default:
                throw new IllegalArgumentException("no derivative rule for " + fn);
        }
        return mul(outer, du);
    }

    private static Expr sq(Expr x) {
        return call(Fn.POW, x, Expr.num(2));
    }
}
