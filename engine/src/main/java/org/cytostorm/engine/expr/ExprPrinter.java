package org.cytostorm.engine.expr;

import java.util.List;
import java.util.StringJoiner;

/**
 * Writes expressions in the text format's infix syntax (the Antimony/libSBML L3 infix grammar),
 * with the fewest parentheses that keep the tree's meaning and shape: the text format's parser
 * reads the output back to an equal tree, and numbers round-trip exactly.
 *
 * <p>Where infix readers differ, the output is parenthesised so that every reading agrees: a power
 * in an exponent or under a unary minus ({@code x^(y^z)}, {@code -(x^2)}), a negated number
 * ({@code -(2)}, since {@code -2} is read as the number -2), and mixed {@code &&} and {@code ||}.
 * Nested n-ary sums, products and logical chains keep their parentheses, so {@code (a + b) + c}
 * stays a sum inside a sum. Sums and products of fewer than two terms are written as the
 * functions {@code plus(...)} and {@code times(...)}.
 */
public final class ExprPrinter {

    // precedence levels, lowest binds loosest
    private static final int OR = 1;
    private static final int AND = 2;
    private static final int REL = 3;
    private static final int ADD = 4;
    private static final int MUL = 5;
    private static final int UNARY = 6;
    private static final int POW = 7;
    private static final int ATOM = 8;

    private ExprPrinter() {
    }

    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(e, sb);
        return sb.toString();
    }

    /**
     * A number as the parser reads it back to the same double: an integer, Java's exact decimal form
     * ({@link Double#toString}), {@code inf}, {@code -inf}, {@code NaN} or {@code -0.0}.
     */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0 && Double.doubleToRawLongBits(v) != 0) {
            return "-0.0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).replace("E", "e");
    }

    private static void write(Expr e, StringBuilder sb) {
        if (e instanceof Num n) {
            sb.append(number(n.value()));
        } else if (e instanceof Sym s) {
            sb.append(s.name());
        } else if (e instanceof Slot s) {
            sb.append(s.name());
        } else if (e instanceof Apply a) {
            writeCall(a.function(), a.args(), sb);
        } else {
            writeCall((Call) e, sb);
        }
    }

    private static void writeCall(String name, List<Expr> args, StringBuilder sb) {
        sb.append(name).append('(');
        StringJoiner j = new StringJoiner(", ");
        for (Expr a : args) {
            j.add(print(a));
        }
        sb.append(j).append(')');
    }

    private static void writeCall(Call c, StringBuilder sb) {
        Fn fn = c.fn();
        List<Expr> args = c.args();
        switch (fn) {
            case ADD -> chain(c, args.size() < 2 ? null : " + ", "plus", ADD, sb);
            case MUL -> chain(c, args.size() < 2 ? null : "*", "times", MUL, sb);
            case SUB -> {
                operand(args.get(0), ADD, sb);
                sb.append(" - ");
                operand(args.get(1), ADD + 1, sb);
            }
            case DIV -> {
                operand(args.get(0), MUL, sb);
                sb.append('/');
                operand(args.get(1), MUL + 1, sb);
            }
            case POW -> {
                operand(args.get(0), POW + 1, sb);
                sb.append('^');
                operand(args.get(1), POW + 1, sb);
            }
            case NEG -> {
                sb.append('-');
                Expr x = args.get(0);
                boolean paren = x instanceof Num || isCall(x, Fn.POW) || level(x) < UNARY;
                parenthesised(x, paren, sb);
            }
            case NOT -> {
                sb.append('!');
                operand(args.get(0), UNARY, sb);
            }
            case AND, OR -> chain(c, args.size() < 2 ? null : " " + fn.symbol() + " ", fn == Fn.AND ? "and" : "or",
                    REL, sb);
            case EQ, NEQ, LT, LE, GT, GE -> {
                if (args.size() != 2) {
                    writeCall(relationalName(fn), args, sb);
                    return;
                }
                operand(args.get(0), REL + 1, sb);
                sb.append(' ').append(fn.symbol()).append(' ');
                operand(args.get(1), REL + 1, sb);
            }
            default -> writeCall(fn.symbol(), args, sb);
        }
    }

    /**
     * An n-ary chain {@code a op b op c}; operands that would merge into the chain or bind looser
     * are parenthesised. With fewer than two operands ({@code separator} null) the function form.
     */
    private static void chain(Call c, String separator, String functionName, int level, StringBuilder sb) {
        List<Expr> args = c.args();
        if (separator == null) {
            writeCall(functionName, args, sb);
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            Expr a = args.get(i);
            if (i > 0) {
                sb.append(separator);
            }
            boolean merges = a instanceof Call inner && inner.fn() == c.fn() && inner.args().size() >= 2;
            int min = level == REL || i == 0 ? level : level + 1;
            parenthesised(a, merges || level(a) < min, sb);
        }
    }

    private static boolean isCall(Expr e, Fn fn) {
        return e instanceof Call c && c.fn() == fn;
    }

    private static String relationalName(Fn fn) {
        return switch (fn) {
            case EQ -> "eq";
            case NEQ -> "neq";
            case LT -> "lt";
            case LE -> "leq";
            case GT -> "gt";
            case GE -> "geq";
            default -> throw new IllegalArgumentException(fn.name());
        };
    }

    private static void operand(Expr e, int minLevel, StringBuilder sb) {
        parenthesised(e, level(e) < minLevel, sb);
    }

    private static void parenthesised(Expr e, boolean paren, StringBuilder sb) {
        if (paren) {
            sb.append('(');
        }
        write(e, sb);
        if (paren) {
            sb.append(')');
        }
    }

    private static int level(Expr e) {
        if (e instanceof Num n) {
            String text = number(n.value());
            return text.startsWith("-") || text.contains("e") || text.equals("inf") ? UNARY : ATOM;
        }
        if (!(e instanceof Call c)) {
            return ATOM;
        }
        int n = c.args().size();
        return switch (c.fn()) {
            case ADD -> n < 2 ? ATOM : ADD;
            case MUL -> n < 2 ? ATOM : MUL;
            case SUB -> ADD;
            case DIV -> MUL;
            case NEG -> UNARY;
            // '!' binds differently in different infix readers: keep it out of arithmetic and comparisons
            case NOT -> REL;
            case POW -> POW;
            case AND -> n < 2 ? ATOM : AND;
            case OR -> n < 2 ? ATOM : OR;
            case EQ, NEQ, LT, LE, GT, GE -> n == 2 ? REL : ATOM;
            default -> ATOM;
        };
    }
}
