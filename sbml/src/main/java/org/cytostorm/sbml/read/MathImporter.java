package org.cytostorm.sbml.read;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.engine.expr.Apply;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Sym;
import org.sbml.jsbml.ASTNode;

/**
 * SBML MathML (JSBML's {@link ASTNode}) to the engine's expressions. Constructs the engine cannot
 * evaluate (the delay csymbol, selectors, vectors) are reported with the element they occur in.
 */
final class MathImporter {

    /** A MathML construct the engine does not support. */
    static final class UnsupportedMath extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsupportedMath(String message) {
            super(message);
        }
    }

    private final String timeName;
    private final String avogadroName;

    /**
     * @param timeName     the name the time csymbol becomes ({@link Sym#TIME}, or
     *                     {@link Sym#TIME_CSYMBOL} when the model has an element named time)
     * @param avogadroName likewise for the avogadro csymbol
     */
    MathImporter(String timeName, String avogadroName) {
        this.timeName = timeName;
        this.avogadroName = avogadroName;
    }

    Expr convert(ASTNode node) {
        if (node == null) {
            throw new UnsupportedMath("missing math");
        }
        switch (node.getType()) {
            case INTEGER:
                return Expr.num(node.getInteger());
            case REAL:
            case REAL_E:
            case RATIONAL:
                return Expr.num(node.getReal());
            case CONSTANT_E:
                return Expr.num(Math.E);
            case CONSTANT_PI:
                return Expr.num(Math.PI);
            case CONSTANT_TRUE:
                return Num.ONE;
            case CONSTANT_FALSE:
                return Num.ZERO;
            case NAME:
                return Expr.sym(node.getName());
            case NAME_TIME:
                return Expr.sym(timeName);
            case NAME_AVOGADRO:
                return Expr.sym(avogadroName);
            case PLUS:
            case SUM:
                return nary(Fn.ADD, node, 0.0);
            case TIMES:
            case PRODUCT:
                return nary(Fn.MUL, node, 1.0);
            case MINUS:
                if (node.getChildCount() == 1) {
                    return new Call(Fn.NEG, List.of(convert(node.getChild(0))));
                }
                return fixed(Fn.SUB, node, 2);
            case DIVIDE:
                return fixed(Fn.DIV, node, 2);
            case POWER:
            case FUNCTION_POWER:
                return fixed(Fn.POW, node, 2);
            case FUNCTION_ROOT:
                if (node.getChildCount() == 1) {
                    return new Call(Fn.SQRT, List.of(convert(node.getChild(0))));
                }
                return fixed(Fn.ROOT, node, 2);
            case FUNCTION_LOG:
                if (node.getChildCount() == 1) {
                    return new Call(Fn.LOG10, List.of(convert(node.getChild(0))));
                }
                return fixed(Fn.LOG, node, 2);
            case FUNCTION_PIECEWISE:
                return piecewise(node);
            case LOGICAL_AND:
                return nary(Fn.AND, node, 1.0);
            case LOGICAL_OR:
                return nary(Fn.OR, node, 0.0);
            case LOGICAL_XOR:
                return nary(Fn.XOR, node, 0.0);
            case LOGICAL_NOT:
                return fixed(Fn.NOT, node, 1);
            case LOGICAL_IMPLIES: {
                // a implies b  ==  (not a) or b
                List<Expr> args = children(node);
                return new Call(Fn.OR, List.of(new Call(Fn.NOT, List.of(args.get(0))), args.get(1)));
            }
            case RELATIONAL_EQ:
                return relational(Fn.EQ, node);
            case RELATIONAL_NEQ:
                return fixed(Fn.NEQ, node, 2);
            case RELATIONAL_LT:
                return relational(Fn.LT, node);
            case RELATIONAL_LEQ:
                return relational(Fn.LE, node);
            case RELATIONAL_GT:
                return relational(Fn.GT, node);
            case RELATIONAL_GEQ:
                return relational(Fn.GE, node);
            case FUNCTION:
                return new Apply(node.getName(), children(node));
            case FUNCTION_RATE_OF:
                return new Call(Fn.RATE_OF, children(node));
            case FUNCTION_DELAY:
                throw new UnsupportedMath("the delay csymbol (delay differential equations) is not supported");
            case FUNCTION_MAX:
                return node.getChildCount() == 0 ? Expr.num(Double.NEGATIVE_INFINITY) : nary(Fn.MAX, node, 0);
            case FUNCTION_MIN:
                return node.getChildCount() == 0 ? Expr.num(Double.POSITIVE_INFINITY) : nary(Fn.MIN, node, 0);
            default:
                return function(node);
        }
    }

    private Expr function(ASTNode node) {
        Fn fn;
        switch (node.getType()) {
            case FUNCTION_ABS: fn = Fn.ABS; break;
            case FUNCTION_EXP: fn = Fn.EXP; break;
            case FUNCTION_LN: fn = Fn.LN; break;
            case FUNCTION_FLOOR: fn = Fn.FLOOR; break;
            case FUNCTION_CEILING: fn = Fn.CEIL; break;
            case FUNCTION_FACTORIAL: fn = Fn.FACTORIAL; break;
            case FUNCTION_QUOTIENT: fn = Fn.QUOTIENT; break;
            case FUNCTION_REM: fn = Fn.REM; break;
            case FUNCTION_SIN: fn = Fn.SIN; break;
            case FUNCTION_COS: fn = Fn.COS; break;
            case FUNCTION_TAN: fn = Fn.TAN; break;
            case FUNCTION_SEC: fn = Fn.SEC; break;
            case FUNCTION_CSC: fn = Fn.CSC; break;
            case FUNCTION_COT: fn = Fn.COT; break;
            case FUNCTION_SINH: fn = Fn.SINH; break;
            case FUNCTION_COSH: fn = Fn.COSH; break;
            case FUNCTION_TANH: fn = Fn.TANH; break;
            case FUNCTION_SECH: fn = Fn.SECH; break;
            case FUNCTION_CSCH: fn = Fn.CSCH; break;
            case FUNCTION_COTH: fn = Fn.COTH; break;
            case FUNCTION_ARCSIN: fn = Fn.ASIN; break;
            case FUNCTION_ARCCOS: fn = Fn.ACOS; break;
            case FUNCTION_ARCTAN: fn = Fn.ATAN; break;
            case FUNCTION_ARCSEC: fn = Fn.ASEC; break;
            case FUNCTION_ARCCSC: fn = Fn.ACSC; break;
            case FUNCTION_ARCCOT: fn = Fn.ACOT; break;
            case FUNCTION_ARCSINH: fn = Fn.ASINH; break;
            case FUNCTION_ARCCOSH: fn = Fn.ACOSH; break;
            case FUNCTION_ARCTANH: fn = Fn.ATANH; break;
            case FUNCTION_ARCSECH: fn = Fn.ASECH; break;
            case FUNCTION_ARCCSCH: fn = Fn.ACSCH; break;
            case FUNCTION_ARCCOTH: fn = Fn.ACOTH; break;
            default:
                throw new UnsupportedMath("the MathML construct " + node.getType() + " is not supported");
        }
        return fixed(fn, node, fn == Fn.QUOTIENT || fn == Fn.REM ? 2 : 1);
    }

    private List<Expr> children(ASTNode node) {
        List<Expr> out = new ArrayList<>(node.getChildCount());
        for (int i = 0; i < node.getChildCount(); i++) {
            out.add(convert(node.getChild(i)));
        }
        return out;
    }

    private Expr nary(Fn fn, ASTNode node, double empty) {
        List<Expr> args = children(node);
        if (args.isEmpty() && (fn == Fn.ADD || fn == Fn.MUL || fn == Fn.AND || fn == Fn.OR || fn == Fn.XOR)) {
            return Expr.num(empty);
        }
        if (args.size() == 1 && (fn == Fn.ADD || fn == Fn.MUL)) {
            return args.get(0);
        }
        return new Call(fn, args);
    }

    private Expr fixed(Fn fn, ASTNode node, int arity) {
        if (node.getChildCount() != arity) {
            throw new UnsupportedMath(fn.symbol() + " with " + node.getChildCount() + " arguments (expected " + arity + ")");
        }
        return new Call(fn, children(node));
    }

    /** Relational operators with one argument are true (MathML); two or more hold pairwise. */
    private Expr relational(Fn fn, ASTNode node) {
        if (node.getChildCount() < 2) {
            return Num.ONE;
        }
        return new Call(fn, children(node));
    }

    /** JSBML flattens piecewise to value, condition, value, condition, ..., [otherwise]. */
    private Expr piecewise(ASTNode node) {
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < node.getChildCount(); i++) {
            ASTNode child = node.getChild(i);
            if (child.getType() == ASTNode.Type.CONSTRUCTOR_PIECE) {
                args.add(convert(child.getChild(0)));
                args.add(convert(child.getChild(1)));
            } else if (child.getType() == ASTNode.Type.CONSTRUCTOR_OTHERWISE) {
                args.add(convert(child.getChild(0)));
            } else {
                args.add(convert(child));
            }
        }
        if (args.isEmpty()) {
            return Expr.num(Double.NaN);
        }
        return new Call(Fn.PIECEWISE, args);
    }
}
