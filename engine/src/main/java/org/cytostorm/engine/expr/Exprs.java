package org.cytostorm.engine.expr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Building, walking and rewriting expressions. The builders fold constants and drop neutral
 * elements so that symbolic derivatives stay small; they never change a value beyond rounding.
 */
public final class Exprs {

    private Exprs() {
    }

    // ---- builders -----------------------------------------------------------------------------

    public static Expr add(Expr a, Expr b) {
        if (isZero(a)) {
            return b;
        }
        if (isZero(b)) {
            return a;
        }
        if (a instanceof Num x && b instanceof Num y) {
            return new Num(x.value() + y.value());
        }
        List<Expr> terms = new ArrayList<>();
        addTerms(terms, a);
        addTerms(terms, b);
        return new Call(Fn.ADD, terms);
    }

    private static void addTerms(List<Expr> terms, Expr e) {
        if (e instanceof Call c && c.fn() == Fn.ADD) {
            terms.addAll(c.args());
        } else {
            terms.add(e);
        }
    }

    public static Expr sub(Expr a, Expr b) {
        if (isZero(b)) {
            return a;
        }
        if (isZero(a)) {
            return neg(b);
        }
        if (a instanceof Num x && b instanceof Num y) {
            return new Num(x.value() - y.value());
        }
        return new Call(Fn.SUB, List.of(a, b));
    }

    public static Expr mul(Expr a, Expr b) {
        if (isZero(a) || isZero(b)) {
            return Num.ZERO;
        }
        if (isOne(a)) {
            return b;
        }
        if (isOne(b)) {
            return a;
        }
        if (a instanceof Num x && x.value() == -1.0) {
            return neg(b);
        }
        if (b instanceof Num y && y.value() == -1.0) {
            return neg(a);
        }
        if (a instanceof Num x && b instanceof Num y) {
            return new Num(x.value() * y.value());
        }
        List<Expr> factors = new ArrayList<>();
        mulFactors(factors, a);
        mulFactors(factors, b);
        return new Call(Fn.MUL, factors);
    }

    private static void mulFactors(List<Expr> factors, Expr e) {
        if (e instanceof Call c && c.fn() == Fn.MUL) {
            factors.addAll(c.args());
        } else {
            factors.add(e);
        }
    }

    public static Expr div(Expr a, Expr b) {
        if (isZero(a)) {
            return Num.ZERO;
        }
        if (isOne(b)) {
            return a;
        }
        if (a instanceof Num x && b instanceof Num y && y.value() != 0.0) {
            return new Num(x.value() / y.value());
        }
        return new Call(Fn.DIV, List.of(a, b));
    }

    public static Expr neg(Expr a) {
        if (a instanceof Num x) {
            return new Num(-x.value());
        }
        if (a instanceof Call c && c.fn() == Fn.NEG) {
            return c.arg(0);
        }
        return new Call(Fn.NEG, List.of(a));
    }

    public static Expr pow(Expr base, Expr exponent) {
        if (isZero(exponent)) {
            return Num.ONE;
        }
        if (isOne(exponent)) {
            return base;
        }
        return new Call(Fn.POW, List.of(base, exponent));
    }

    public static Expr call(Fn fn, Expr... args) {
        return new Call(fn, List.of(args));
    }

    public static boolean isZero(Expr e) {
        return e instanceof Num n && n.value() == 0.0;
    }

    public static boolean isOne(Expr e) {
        return e instanceof Num n && n.value() == 1.0;
    }

    // ---- walking ------------------------------------------------------------------------------

    /** The direct sub-expressions of a node, in order. */
    public static List<Expr> children(Expr e) {
        if (e instanceof Call c) {
            return c.args();
        }
        if (e instanceof Apply a) {
            return a.args();
        }
        return List.of();
    }

    /** The names referenced by an expression, in first-use order (function names excluded). */
    public static Set<String> symbols(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        collectSymbols(e, out);
        return out;
    }

    private static void collectSymbols(Expr e, Set<String> out) {
        if (e instanceof Sym s) {
            out.add(s.name());
        }
        for (Expr child : children(e)) {
            collectSymbols(child, out);
        }
    }

    /** The user functions an expression calls, in first-use order. */
    public static Set<String> functionsCalled(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        collectFunctions(e, out);
        return out;
    }

    private static void collectFunctions(Expr e, Set<String> out) {
        if (e instanceof Apply a) {
            out.add(a.function());
        }
        for (Expr child : children(e)) {
            collectFunctions(child, out);
        }
    }

    /** The slots an expression reads. */
    public static Set<Slot> slots(Expr e) {
        Set<Slot> out = new LinkedHashSet<>();
        collectSlots(e, out);
        return out;
    }

    private static void collectSlots(Expr e, Set<Slot> out) {
        if (e instanceof Slot s) {
            out.add(s);
        }
        for (Expr child : children(e)) {
            collectSlots(child, out);
        }
    }

    /** Number of nodes: a measure of the code an expression turns into. */
    public static int size(Expr e) {
        int n = 1;
        for (Expr child : children(e)) {
            n += size(child);
        }
        return n;
    }

    // ---- rewriting ----------------------------------------------------------------------------

    /**
     * Rewrites bottom-up: children first, then {@code f} on the rebuilt node. {@code f} returns
     * its argument unchanged where it has nothing to do.
     */
    public static Expr transform(Expr e, Function<Expr, Expr> f) {
        Expr rebuilt = e;
        if (e instanceof Call c) {
            List<Expr> args = transformAll(c.args(), f);
            if (args != c.args()) {
                rebuilt = new Call(c.fn(), args);
            }
        } else if (e instanceof Apply a) {
            List<Expr> args = transformAll(a.args(), f);
            if (args != a.args()) {
                rebuilt = new Apply(a.function(), args);
            }
        }
        return f.apply(rebuilt);
    }

    private static List<Expr> transformAll(List<Expr> args, Function<Expr, Expr> f) {
        List<Expr> out = null;
        for (int i = 0; i < args.size(); i++) {
            Expr before = args.get(i);
            Expr after = transform(before, f);
            if (after != before && out == null) {
                out = new ArrayList<>(args.subList(0, i));
            }
            if (out != null) {
                out.add(after);
            }
        }
        return out == null ? args : out;
    }

    /** Replaces symbols by expressions; symbols the function maps to null stay as they are. */
    public static Expr substitute(Expr e, Function<String, Expr> bySymbol) {
        return transform(e, node -> {
            if (node instanceof Sym s) {
                Expr r = bySymbol.apply(s.name());
                return r != null ? r : node;
            }
            return node;
        });
    }
}
