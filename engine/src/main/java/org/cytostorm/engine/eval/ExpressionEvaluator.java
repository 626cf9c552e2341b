package org.cytostorm.engine.eval;

import java.util.List;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.ExprPrinter;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Slot;

/**
 * Evaluates a lowered expression by walking its tree: the reference semantics that the generated
 * code is tested against, and the evaluator for rarely run expressions (event delays, priorities,
 * assignments; initial values).
 */
public final class ExpressionEvaluator {

    private ExpressionEvaluator() {
    }

    public static double eval(Expr e, double t, double[] y, double[] p, double[] w) {
        if (e instanceof Num n) {
            return n.value();
        }
        if (e instanceof Slot s) {
            switch (s.kind()) {
                case TIME:
                    return t;
                case STATE:
                    return y[s.index()];
                case PARAM:
                    return p[s.index()];
                default:
                    return w[s.index()];
            }
        }
        if (e instanceof Call c) {
            return call(c, t, y, p, w);
        }
        throw new IllegalArgumentException("cannot evaluate unresolved expression " + ExprPrinter.print(e));
    }

    private static double call(Call c, double t, double[] y, double[] p, double[] w) {
        List<Expr> a = c.args();
        switch (c.fn()) {
            case ADD: {
                double s = 0;
                for (Expr x : a) {
                    s += eval(x, t, y, p, w);
                }
                return s;
            }
            case MUL: {
                double s = 1;
                for (Expr x : a) {
                    s *= eval(x, t, y, p, w);
                }
                return s;
            }
            case SUB:
                return arg(a, 0, t, y, p, w) - arg(a, 1, t, y, p, w);
            case DIV:
                return arg(a, 0, t, y, p, w) / arg(a, 1, t, y, p, w);
            case POW:
                return pow(a.get(0), a.get(1), t, y, p, w);
            case NEG:
                return -arg(a, 0, t, y, p, w);
            case EQ: case LT: case LE: case GT: case GE:
                return MathRuntime.number(chain(c, t, y, p, w));
            case NEQ:
                return MathRuntime.number(arg(a, 0, t, y, p, w) != arg(a, 1, t, y, p, w));
            case AND: {
                for (Expr x : a) {
                    if (!MathRuntime.truth(eval(x, t, y, p, w))) {
                        return 0.0;
                    }
                }
                return 1.0;
            }
            case OR: {
                for (Expr x : a) {
                    if (MathRuntime.truth(eval(x, t, y, p, w))) {
                        return 1.0;
                    }
                }
                return 0.0;
            }
            case XOR: {
                boolean r = false;
                for (Expr x : a) {
                    r ^= MathRuntime.truth(eval(x, t, y, p, w));
                }
                return MathRuntime.number(r);
            }
            case NOT:
                return MathRuntime.number(!MathRuntime.truth(arg(a, 0, t, y, p, w)));
            case PIECEWISE: {
                int i = 0;
                for (; i + 1 < a.size(); i += 2) {
                    if (MathRuntime.truth(eval(a.get(i + 1), t, y, p, w))) {
                        return eval(a.get(i), t, y, p, w);
                    }
                }
                return i < a.size() ? eval(a.get(i), t, y, p, w) : Double.NaN;
            }
            case MIN: {
                double m = arg(a, 0, t, y, p, w);
                for (int i = 1; i < a.size(); i++) {
                    m = Math.min(m, eval(a.get(i), t, y, p, w));
                }
                return m;
            }
            case MAX: {
                double m = arg(a, 0, t, y, p, w);
                for (int i = 1; i < a.size(); i++) {
                    m = Math.max(m, eval(a.get(i), t, y, p, w));
                }
                return m;
            }
            case LOG:
                return MathRuntime.log(arg(a, 0, t, y, p, w), arg(a, 1, t, y, p, w));
            case ROOT:
                return MathRuntime.root(arg(a, 0, t, y, p, w), arg(a, 1, t, y, p, w));
            case QUOTIENT:
                return MathRuntime.quotient(arg(a, 0, t, y, p, w), arg(a, 1, t, y, p, w));
            case REM:
                return MathRuntime.rem(arg(a, 0, t, y, p, w), arg(a, 1, t, y, p, w));
            case RATE_OF:
                throw new IllegalArgumentException("rateOf must be resolved before evaluation");
            default:
                return unary(c, arg(a, 0, t, y, p, w));
        }
    }

    /**
     * x^y. A literal integer exponent (up to 64) means repeated multiplication and a literal 1/2 a
     * square root, in the interpreter as in generated code: one definition, so the two agree to
     * the last bit where a derivative's terms cancel and magnify the difference between
     * {@code Math.pow} and a product.
     */
    static double pow(Expr base, Expr exponent, double t, double[] y, double[] p, double[] w) {
        double x = eval(base, t, y, p, w);
        if (exponent instanceof Num n) {
            double e = n.value();
            if (e == Math.rint(e) && Math.abs(e) <= MathRuntime.MAX_INLINE_POWER) {
                return MathRuntime.powi(x, (int) e);
            }
            if (e == 0.5) {
                return Math.sqrt(x);
            }
        }
        return Math.pow(x, eval(exponent, t, y, p, w));
    }

    private static double arg(List<Expr> a, int i, double t, double[] y, double[] p, double[] w) {
        return eval(a.get(i), t, y, p, w);
    }

    /** Relational operators over two or more arguments hold pairwise along the chain. */
    private static boolean chain(Call c, double t, double[] y, double[] p, double[] w) {
        List<Expr> a = c.args();
        double prev = eval(a.get(0), t, y, p, w);
        for (int i = 1; i < a.size(); i++) {
            double next = eval(a.get(i), t, y, p, w);
            boolean holds;
            switch (c.fn()) {
                case EQ: holds = prev == next; break;
                case LT: holds = prev < next; break;
                case LE: holds = prev <= next; break;
                case GT: holds = prev > next; break;
                default: holds = prev >= next; break;
            }
            if (!holds) {
                return false;
            }
            prev = next;
        }
        return true;
    }

    private static double unary(Call c, double x) {
        switch (c.fn()) {
            case EXP: return Math.exp(x);
            case LN: return Math.log(x);
            case LOG10: return Math.log10(x);
            case SQRT: return Math.sqrt(x);
            case ABS: return Math.abs(x);
            case FLOOR: return Math.floor(x);
            case CEIL: return Math.ceil(x);
            case FACTORIAL: return MathRuntime.factorial(x);
            case SIN: return Math.sin(x);
            case COS: return Math.cos(x);
            case TAN: return Math.tan(x);
            case SEC: return MathRuntime.sec(x);
            case CSC: return MathRuntime.csc(x);
            case COT: return MathRuntime.cot(x);
            case SINH: return Math.sinh(x);
            case COSH: return Math.cosh(x);
            case TANH: return Math.tanh(x);
            case SECH: return MathRuntime.sech(x);
            case CSCH: return MathRuntime.csch(x);
            case COTH: return MathRuntime.coth(x);
            case ASIN: return Math.asin(x);
            case ACOS: return Math.acos(x);
            case ATAN: return Math.atan(x);
            case ASEC: return MathRuntime.asec(x);
            case ACSC: return MathRuntime.acsc(x);
            case ACOT: return MathRuntime.acot(x);
            case ASINH: return MathRuntime.asinh(x);
            case ACOSH: return MathRuntime.acosh(x);
            case ATANH: return MathRuntime.atanh(x);
            case ASECH: return MathRuntime.asech(x);
            case ACSCH: return MathRuntime.acsch(x);
            case ACOTH: return MathRuntime.acoth(x);
            default:
                throw new IllegalArgumentException("no evaluation rule for " + c.fn());
        }
    }
}
