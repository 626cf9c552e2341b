package org.cytostorm.engine.expr;

import java.util.List;
import java.util.StringJoiner;

/**
 * Writes expressions in the text format's infix syntax (the Antimony/libSBML L3 infix grammar),
 * with the fewest parentheses that keep the tree's meaning. Numbers round-trip exactly.
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

    /** A number as the parser reads it back to the same double. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "INF" : "-INF";
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
            case ADD -> {
                if (args.isEmpty()) {
                    sb.append('0');
                    return;
                }
                for (int i = 0; i < args.size(); i++) {
                    if (i > 0) {
                        sb.append(" + ");
                    }
                    operand(args.get(i), ADD, sb);
                }
            }
            case MUL -> {
                if (args.isEmpty()) {
                    sb.append('1');
                    return;
                }
                for (int i = 0; i < args.size(); i++) {
                    if (i > 0) {
                        sb.append('*');
                    }
                    operand(args.get(i), MUL, sb);
                }
            }
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
                operand(args.get(1), POW, sb);
            }
            case NEG -> {
                sb.append('-');
                operand(args.get(0), UNARY, sb);
            }
            case NOT -> {
                sb.append('!');
                operand(args.get(0), UNARY, sb);
            }
            case AND, OR -> {
                if (args.size() < 2) {
                    writeCall(fn == Fn.AND ? "and" : "or", args, sb);
                    return;
                }
                int level = fn == Fn.AND ? AND : OR;
                for (int i = 0; i < args.size(); i++) {
                    if (i > 0) {
                        sb.append(' ').append(fn.symbol()).append(' ');
                    }
                    operand(args.get(i), level + 1, sb);
                }
            }
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
        boolean paren = level(e) < minLevel;
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
            return n.value() < 0 || Double.isInfinite(n.value()) || isExponentForm(n.value()) ? UNARY : ATOM;
        }
        if (!(e instanceof Call c)) {
            return ATOM;
        }
        return switch (c.fn()) {
            case ADD, SUB -> c.args().isEmpty() ? ATOM : ADD;
            case MUL, DIV -> c.args().isEmpty() ? ATOM : MUL;
            case NEG, NOT -> UNARY;
            case POW -> POW;
            case AND -> c.args().size() < 2 ? ATOM : AND;
            case OR -> c.args().size() < 2 ? ATOM : OR;
            case EQ, NEQ, LT, LE, GT, GE -> c.args().size() == 2 ? REL : ATOM;
            default -> ATOM;
        };
    }

    private static boolean isExponentForm(double v) {
        return !(v == Math.rint(v) && Math.abs(v) < 1e15) && Double.toString(v).contains("E");
    }
}
