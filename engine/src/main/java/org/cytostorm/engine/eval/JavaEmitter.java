package org.cytostorm.engine.eval;

import java.util.List;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.ExprPrinter;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Slot;

/**
 * Writes a lowered expression as a Java expression over {@code t}, {@code y[]}, {@code p[]} and
 * intermediates (locals {@code vK} or {@code w[K]}). Conditions are written as Java booleans, not
 * as 0/1 numbers, so that {@code piecewise} and relational operators cost a compare and a branch.
 * Small integer powers become multiplications.
 */
final class JavaEmitter {

    private static final String RT = "MathRuntime.";

    private final boolean inLocals;

    /**
     * @param inLocals true when the method has loaded every state and parameter it reads into
     *                 locals {@code yI}/{@code pK} and keeps intermediates in locals {@code vK};
     *                 false to read the arrays and keep intermediates in {@code w[]}
     */
    JavaEmitter(boolean inLocals) {
        this.inLocals = inLocals;
    }

    String temp(int index) {
        return inLocals ? "v" + index : "w[" + index + "]";
    }

    /** The local holding a state or parameter, as declared by the method's preamble. */
    static String local(Slot s) {
        return (s.kind() == Slot.Kind.STATE ? "y" : "p") + s.index();
    }

    /** The expression as a Java {@code double}. */
    String number(Expr e) {
        StringBuilder sb = new StringBuilder();
        num(e, sb);
        return sb.toString();
    }

    private void num(Expr e, StringBuilder sb) {
        if (e instanceof Num n) {
            literal(n.value(), sb);
            return;
        }
        if (e instanceof Slot s) {
            switch (s.kind()) {
                case TIME: sb.append('t'); break;
                case STATE:
                    sb.append(inLocals ? local(s) : "y[" + s.index() + "]");
                    break;
                case PARAM:
                    sb.append(inLocals ? local(s) : "p[" + s.index() + "]");
                    break;
                default: sb.append(temp(s.index())); break;
            }
            return;
        }
        if (!(e instanceof Call c)) {
            throw new IllegalArgumentException("cannot compile unresolved expression " + ExprPrinter.print(e));
        }
        Fn fn = c.fn();
        List<Expr> a = c.args();
        if (fn.isBoolean()) {
            sb.append('(');
            bool(e, sb);
            sb.append(" ? 1.0 : 0.0)");
            return;
        }
        switch (fn) {
            case ADD: sum(a, sb); break;
            case MUL: infix(a, " * ", "1.0", sb); break;
            case SUB: infix(a, " - ", null, sb); break;
            case DIV: infix(a, " / ", null, sb); break;
            case NEG: sb.append("(-"); num(a.get(0), sb); sb.append(')'); break;
            case POW: pow(a.get(0), a.get(1), sb); break;
            case PIECEWISE: piecewise(a, sb); break;
            case MIN: case MAX: minMax(fn == Fn.MIN ? "Math.min(" : "Math.max(", a, 0, sb); break;
            case EXP: call("Math.exp", a, sb); break;
            case LN: call("Math.log", a, sb); break;
            case LOG10: call("Math.log10", a, sb); break;
            case LOG: call(RT + "log", a, sb); break;
            case SQRT: call("Math.sqrt", a, sb); break;
            case ROOT: call(RT + "root", a, sb); break;
            case ABS: call("Math.abs", a, sb); break;
            case FLOOR: call("Math.floor", a, sb); break;
            case CEIL: call("Math.ceil", a, sb); break;
            case FACTORIAL: call(RT + "factorial", a, sb); break;
            case QUOTIENT: call(RT + "quotient", a, sb); break;
            case REM: call(RT + "rem", a, sb); break;
            case SIN: call("Math.sin", a, sb); break;
            case COS: call("Math.cos", a, sb); break;
            case TAN: call("Math.tan", a, sb); break;
            case SINH: call("Math.sinh", a, sb); break;
            case COSH: call("Math.cosh", a, sb); break;
            case TANH: call("Math.tanh", a, sb); break;
            case ASIN: call("Math.asin", a, sb); break;
            case ACOS: call("Math.acos", a, sb); break;
            case ATAN: call("Math.atan", a, sb); break;
            case SEC: case CSC: case COT: case SECH: case CSCH: case COTH: case ASEC: case ACSC: case ACOT:
            case ASINH: case ACOSH: case ATANH: case ASECH: case ACSCH: case ACOTH:
                call(RT + fn.name().toLowerCase(java.util.Locale.ROOT), a, sb);
                break;
            default:
                throw new IllegalArgumentException("cannot compile " + fn);
        }
    }

    /** The expression as a Java {@code boolean}: relational and logical operators natively, numbers by truth. */
    String condition(Expr e) {
        StringBuilder sb = new StringBuilder();
        bool(e, sb);
        return sb.toString();
    }

    private void bool(Expr e, StringBuilder sb) {
        if (e instanceof Num n) {
            sb.append(n.value() != 0.0 ? "true" : "false");
            return;
        }
        if (!(e instanceof Call c) || !c.fn().isBoolean()) {
            sb.append('(');
            num(e, sb);
            sb.append(" != 0.0)");
            return;
        }
        List<Expr> a = c.args();
        switch (c.fn()) {
            case AND: logical(a, " && ", "true", sb); break;
            case OR: logical(a, " || ", "false", sb); break;
            case XOR: logical(a, " ^ ", "false", sb); break;
            case NOT: sb.append("!("); bool(a.get(0), sb); sb.append(')'); break;
            case NEQ: relation(a.get(0), " != ", a.get(1), sb); break;
            default: {
                String op;
                switch (c.fn()) {
                    case EQ: op = " == "; break;
                    case LT: op = " < "; break;
                    case LE: op = " <= "; break;
                    case GT: op = " > "; break;
                    default: op = " >= "; break;
                }
                if (a.size() == 2) {
                    relation(a.get(0), op, a.get(1), sb);
                } else {
                    // a chain a < b < c holds pairwise; operands are pure, so repeating them is safe
                    sb.append('(');
                    for (int i = 0; i + 1 < a.size(); i++) {
                        if (i > 0) {
                            sb.append(" && ");
                        }
                        relation(a.get(i), op, a.get(i + 1), sb);
                    }
                    sb.append(')');
                }
            }
        }
    }

    private void relation(Expr x, String op, Expr y, StringBuilder sb) {
        sb.append('(');
        num(x, sb);
        sb.append(op);
        num(y, sb);
        sb.append(')');
    }

    private void logical(List<Expr> a, String op, String empty, StringBuilder sb) {
        joined(a, op, empty, true, sb);
    }

    private void infix(List<Expr> a, String op, String empty, StringBuilder sb) {
        joined(a, op, empty, false, sb);
    }

    /** Operands joined by an operator in parentheses, as conditions or as numbers; {@code empty} for none. */
    private void joined(List<Expr> a, String op, String empty, boolean conditions, StringBuilder sb) {
        if (a.isEmpty()) {
            sb.append(empty);
            return;
        }
        sb.append('(');
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                sb.append(op);
            }
            if (conditions) {
                bool(a.get(i), sb);
            } else {
                num(a.get(i), sb);
            }
        }
        sb.append(')');
    }

    /** A sum, with negated terms written as subtractions. */
    private void sum(List<Expr> a, StringBuilder sb) {
        if (a.isEmpty()) {
            sb.append("0.0");
            return;
        }
        sb.append('(');
        for (int i = 0; i < a.size(); i++) {
            Expr term = a.get(i);
            boolean negated = term instanceof Call c && c.fn() == Fn.NEG;
            if (i > 0) {
                sb.append(negated ? " - " : " + ");
            } else if (negated) {
                sb.append('-');
            }
            num(negated ? ((Call) term).arg(0) : term, sb);
        }
        sb.append(')');
    }

    private void call(String function, List<Expr> a, StringBuilder sb) {
        sb.append(function).append('(');
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            num(a.get(i), sb);
        }
        sb.append(')');
    }

    private void minMax(String function, List<Expr> a, int from, StringBuilder sb) {
        if (from == a.size() - 1) {
            num(a.get(from), sb);
            return;
        }
        sb.append(function);
        num(a.get(from), sb);
        sb.append(", ");
        minMax(function, a, from + 1, sb);
        sb.append(')');
    }

    private void pow(Expr base, Expr exponent, StringBuilder sb) {
        if (exponent instanceof Num n) {
            double x = n.value();
            if (x == Math.rint(x) && Math.abs(x) <= MathRuntime.MAX_INLINE_POWER) {
                sb.append(RT).append("powi(");
                num(base, sb);
                sb.append(", ").append((int) x).append(')');
                return;
            }
            if (x == 0.5) {
                sb.append("Math.sqrt(");
                num(base, sb);
                sb.append(')');
                return;
            }
        }
        sb.append("Math.pow(");
        num(base, sb);
        sb.append(", ");
        num(exponent, sb);
        sb.append(')');
    }

    private void piecewise(List<Expr> a, StringBuilder sb) {
        int pairs = a.size() / 2;
        sb.append('(');
        for (int i = 0; i < pairs; i++) {
            bool(a.get(2 * i + 1), sb);
            sb.append(" ? ");
            num(a.get(2 * i), sb);
            sb.append(" : ");
        }
        if (a.size() % 2 == 1) {
            num(a.get(a.size() - 1), sb);
        } else {
            sb.append("Double.NaN");
        }
        sb.append(')');
    }

    private static void literal(double v, StringBuilder sb) {
        if (Double.isNaN(v)) {
            sb.append("Double.NaN");
        } else if (v == Double.POSITIVE_INFINITY) {
            sb.append("Double.POSITIVE_INFINITY");
        } else if (v == Double.NEGATIVE_INFINITY) {
            sb.append("Double.NEGATIVE_INFINITY");
        } else if (v < 0 || (v == 0 && 1 / v < 0)) {
            sb.append("(-").append(Double.toString(-v)).append(')');
        } else {
            sb.append(Double.toString(v));
        }
    }
}
