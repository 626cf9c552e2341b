package org.cytostorm.sbml.write;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cytostorm.engine.expr.Apply;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.ExprPrinter;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Sym;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.ASTNode.Type;

/**
 * Converts the engine's expressions to JSBML's MathML trees: {@code time} and {@code avogadro}
 * become csymbols, {@code rateOf} the L3V2 csymbol function, calls of user functions calls of
 * their function definitions, and every operator its MathML element with the same arity
 * (relational operators stay n-ary).
 *
 * <p>Numbers are written so that they read back exactly: JSBML prints plain {@code <cn>} reals
 * with at most 47 decimals, so smaller magnitudes go out in e-notation with a mantissa chosen so
 * that JSBML's reading gives the same double (for about 1 in 200 numbers smaller than 1e-30 no
 * such mantissa exists, and the number reads back one unit in the last place off).
 */
public final class MathWriter {

    private static final Map<Fn, Type> TYPES = new EnumMap<>(Fn.class);

    static {
        TYPES.put(Fn.ADD, Type.PLUS);
        TYPES.put(Fn.SUB, Type.MINUS);
        TYPES.put(Fn.NEG, Type.MINUS);
        TYPES.put(Fn.MUL, Type.TIMES);
        TYPES.put(Fn.DIV, Type.DIVIDE);
        TYPES.put(Fn.POW, Type.FUNCTION_POWER);
        TYPES.put(Fn.EQ, Type.RELATIONAL_EQ);
        TYPES.put(Fn.NEQ, Type.RELATIONAL_NEQ);
        TYPES.put(Fn.LT, Type.RELATIONAL_LT);
        TYPES.put(Fn.LE, Type.RELATIONAL_LEQ);
        TYPES.put(Fn.GT, Type.RELATIONAL_GT);
        TYPES.put(Fn.GE, Type.RELATIONAL_GEQ);
        TYPES.put(Fn.AND, Type.LOGICAL_AND);
        TYPES.put(Fn.OR, Type.LOGICAL_OR);
        TYPES.put(Fn.XOR, Type.LOGICAL_XOR);
        TYPES.put(Fn.NOT, Type.LOGICAL_NOT);
        TYPES.put(Fn.PIECEWISE, Type.FUNCTION_PIECEWISE);
        TYPES.put(Fn.EXP, Type.FUNCTION_EXP);
        TYPES.put(Fn.LN, Type.FUNCTION_LN);
        TYPES.put(Fn.LOG10, Type.FUNCTION_LOG);
        TYPES.put(Fn.LOG, Type.FUNCTION_LOG);
        TYPES.put(Fn.SQRT, Type.FUNCTION_ROOT);
        TYPES.put(Fn.ROOT, Type.FUNCTION_ROOT);
        TYPES.put(Fn.ABS, Type.FUNCTION_ABS);
        TYPES.put(Fn.FLOOR, Type.FUNCTION_FLOOR);
        TYPES.put(Fn.CEIL, Type.FUNCTION_CEILING);
        TYPES.put(Fn.FACTORIAL, Type.FUNCTION_FACTORIAL);
        TYPES.put(Fn.MIN, Type.FUNCTION_MIN);
        TYPES.put(Fn.MAX, Type.FUNCTION_MAX);
        TYPES.put(Fn.QUOTIENT, Type.FUNCTION_QUOTIENT);
        TYPES.put(Fn.REM, Type.FUNCTION_REM);
        TYPES.put(Fn.SIN, Type.FUNCTION_SIN);
        TYPES.put(Fn.COS, Type.FUNCTION_COS);
        TYPES.put(Fn.TAN, Type.FUNCTION_TAN);
        TYPES.put(Fn.SEC, Type.FUNCTION_SEC);
        TYPES.put(Fn.CSC, Type.FUNCTION_CSC);
        TYPES.put(Fn.COT, Type.FUNCTION_COT);
        TYPES.put(Fn.SINH, Type.FUNCTION_SINH);
        TYPES.put(Fn.COSH, Type.FUNCTION_COSH);
        TYPES.put(Fn.TANH, Type.FUNCTION_TANH);
        TYPES.put(Fn.SECH, Type.FUNCTION_SECH);
        TYPES.put(Fn.CSCH, Type.FUNCTION_CSCH);
        TYPES.put(Fn.COTH, Type.FUNCTION_COTH);
        TYPES.put(Fn.ASIN, Type.FUNCTION_ARCSIN);
        TYPES.put(Fn.ACOS, Type.FUNCTION_ARCCOS);
        TYPES.put(Fn.ATAN, Type.FUNCTION_ARCTAN);
        TYPES.put(Fn.ASEC, Type.FUNCTION_ARCSEC);
        TYPES.put(Fn.ACSC, Type.FUNCTION_ARCCSC);
        TYPES.put(Fn.ACOT, Type.FUNCTION_ARCCOT);
        TYPES.put(Fn.ASINH, Type.FUNCTION_ARCSINH);
        TYPES.put(Fn.ACOSH, Type.FUNCTION_ARCCOSH);
        TYPES.put(Fn.ATANH, Type.FUNCTION_ARCTANH);
        TYPES.put(Fn.ASECH, Type.FUNCTION_ARCSECH);
        TYPES.put(Fn.ACSCH, Type.FUNCTION_ARCCSCH);
        TYPES.put(Fn.ACOTH, Type.FUNCTION_ARCCOTH);
        TYPES.put(Fn.RATE_OF, Type.FUNCTION_RATE_OF);
        for (Fn fn : Fn.values()) {
            if (!TYPES.containsKey(fn)) {
                throw new ExceptionInInitializerError("no MathML element for " + fn);
            }
        }
    }

    /** The largest number of decimals JSBML writes in a plain {@code <cn>}. */
    private static final int PLAIN_DECIMALS = 47;

    private final Function<String, String> invalidName;
    private final Set<String> modelIds;

    /**
     * @param invalidName called with each symbol or function name that is not a valid SId; throws
     * @param modelIds    the model's identifiers: a {@code time} or {@code avogadro} among them
     *                    shadows the csymbol, which the model then names {@link Sym#TIME_CSYMBOL}
     *                    or {@link Sym#AVOGADRO_CSYMBOL}
     */
    public MathWriter(Function<String, String> invalidName, Set<String> modelIds) {
        this.invalidName = invalidName;
        this.modelIds = Set.copyOf(modelIds);
    }

    /** The MathML tree of a model expression (no bound variables). */
    public ASTNode convert(Expr e) {
        return convert(e, Set.of());
    }

    /**
     * The MathML tree of an expression in which {@code bound} names are lambda arguments: they stay
     * plain identifiers even when named {@code time} or {@code avogadro}.
     */
    public ASTNode convert(Expr e, Set<String> bound) {
        if (e instanceof Num n) {
            return number(n.value());
        }
        if (e instanceof Sym s) {
            return symbol(s.name(), bound);
        }
        if (e instanceof Apply a) {
            checkName(a.function());
            ASTNode node = new ASTNode(Type.FUNCTION);
            node.setName(a.function());
            for (Expr arg : a.args()) {
                node.addChild(convert(arg, bound));
            }
            return node;
        }
        if (e instanceof Call c) {
            return call(c, bound);
        }
        throw new IllegalArgumentException("cannot write a resolved expression as MathML: " + ExprPrinter.print(e));
    }

    /** A lambda for a function definition: the arguments as bound variables, then the body. */
    public ASTNode lambda(List<String> arguments, Expr body) {
        ASTNode lambda = new ASTNode(Type.LAMBDA);
        for (String a : arguments) {
            checkName(a);
            lambda.addChild(new ASTNode(a));
        }
        lambda.addChild(convert(body, Set.copyOf(arguments)));
        return lambda;
    }

    private ASTNode symbol(String name, Set<String> bound) {
        boolean free = !bound.contains(name) && !modelIds.contains(name);
        if (name.equals(Sym.TIME_CSYMBOL) || free && name.equals(Sym.TIME)) {
            ASTNode t = new ASTNode(Type.NAME_TIME);
            t.setName("time");
            return t;
        }
        if (name.equals(Sym.AVOGADRO_CSYMBOL) || free && name.equals(Sym.AVOGADRO)) {
            ASTNode a = new ASTNode(Type.NAME_AVOGADRO);
            a.setName("avogadro");
            return a;
        }
        checkName(name);
        return new ASTNode(name);
    }

    private void checkName(String name) {
        if (!SIds.isValid(name)) {
            invalidName.apply(name);
            throw new IllegalStateException("invalid identifier '" + name + "'");
        }
    }

    private ASTNode call(Call c, Set<String> bound) {
        Fn fn = c.fn();
        ASTNode node = new ASTNode(TYPES.get(fn));
        if (fn == Fn.LOG10) {
            // <logbase> written out: JSBML's consistency check refuses a <log/> with the default base
            node.addChild(new ASTNode(10));
            node.addChild(convert(c.arg(0), bound));
            return node;
        }
        for (Expr arg : c.args()) {
            node.addChild(convert(arg, bound));
        }
        return node;
    }

    /** A number as a MathML node that reads back as the same double. */
    public static ASTNode number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return new ASTNode(v); // <notanumber/>, <infinity/>, minus infinity
        }
        if (v == Math.PI) {
            return new ASTNode(Type.CONSTANT_PI);
        }
        if (v == Math.E) {
            return new ASTNode(Type.CONSTANT_E);
        }
        if (v == Math.rint(v) && Math.abs(v) <= Integer.MAX_VALUE && !(v == 0 && 1 / v < 0)) {
            return new ASTNode((int) v);
        }
        BigDecimal shortest = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        if (shortest.scale() <= PLAIN_DECIMALS) {
            return new ASTNode(v);
        }
        return eNotation(v);
    }

    /**
     * A tiny number in e-notation. JSBML keeps the mantissa as a double and reads
     * {@code <cn type="e-notation">m<sep/>e</cn>} from its shortest decimal form, which may have
     * fewer digits than the number needs, so mantissas at nearby exponents are tried until one
     * reads back exactly.
     */
    private static ASTNode eNotation(double v) {
        String s = Double.toString(v);
        int e = s.indexOf('E');
        double mantissa = Double.parseDouble(s.substring(0, e));
        int exponent = Integer.parseInt(s.substring(e + 1));
        ASTNode first = realE(mantissa, exponent);
        if (first.getReal() == v) {
            return first;
        }
        // mantissas from 1e-3 to 1e7: JSBML cannot read back a mantissa it would print in scientific notation
        for (int shift : new int[] {1, 2, -1, -2, 3, -3, -4, -5, -6}) {
            int exp = exponent + shift;
            double base = v / Math.pow(10, exp);
            double up = base;
            double down = base;
            for (int k = 0; k < 64; k++) {
                for (double m : new double[] {up, down}) {
                    ASTNode node = realE(m, exp);
                    if (Math.abs(m) >= 1e-3 && Math.abs(m) < 1e7 && node.getReal() == v && plainIsExact(m)) {
                        return node;
                    }
                }
                up = Math.nextUp(up);
                down = Math.nextDown(down);
            }
        }
        return first; // rare (about 1 in 200 numbers below 1e-30): one unit in the last place off
    }

    private static boolean plainIsExact(double m) {
        return new BigDecimal(Double.toString(m)).stripTrailingZeros().scale() <= PLAIN_DECIMALS;
    }

    private static ASTNode realE(double mantissa, int exponent) {
        ASTNode node = new ASTNode(Type.REAL_E);
        node.setValue(mantissa, exponent);
        return node;
    }
}
