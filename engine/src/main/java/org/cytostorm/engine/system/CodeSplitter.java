package org.cytostorm.engine.system;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Slot;

/**
 * Splits statements too deep or too wide for the Java compiler into several: a subexpression more
 * than {@value #MAX_HEIGHT} levels tall is computed into a new intermediate first, and an n-ary
 * sum, product or logical chain of more than {@value #MAX_WIDTH} operands is accumulated in
 * chunks. Janino refuses source nested a few hundred levels deep ("Compilation unit is nested too
 * deeply"), which a 4000-term rate law or a thousand nested negations reach.
 *
 * <p>No value changes: expressions are pure, so computing a subexpression earlier gives the same
 * number, and a chunked sum adds its terms in the same left-to-right order as the flat one
 * ({@code t = a1 + ... + a128; t + a129 + ...}), so results are bit-identical. Minimum, maximum
 * and piecewise are written as nested calls and conditionals, so they are cut to
 * {@value #MAX_NESTED_WIDTH} operands per statement.
 */
final class CodeSplitter {

    /** Expression levels per statement: far below Janino's nesting limit even when each level opens two parentheses. */
    static final int MAX_HEIGHT = 24;
    /** Operands of a flat chain per statement (Java parses a flat chain without nesting). */
    static final int MAX_WIDTH = 128;
    /** Operands of a chain written as nested calls or conditionals. */
    static final int MAX_NESTED_WIDTH = 16;

    private static final Set<Fn> FLAT_CHAINS = EnumSet.of(Fn.ADD, Fn.MUL, Fn.AND, Fn.OR, Fn.XOR);
    private static final Set<Fn> NESTED_CHAINS = EnumSet.of(Fn.MIN, Fn.MAX);

    private final List<Statement> out = new ArrayList<>();
    private int nextTemp;

    private CodeSplitter(int firstFreeTemp) {
        this.nextTemp = firstFreeTemp;
    }

    /** The program with every statement small enough to compile. */
    static Program apply(Program program) {
        CodeSplitter splitter = new CodeSplitter(program.tempCount());
        for (Statement s : program.statements()) {
            Expr value = splitter.visit(s.value()).expr();
            splitter.out.add(new Statement(s.target(), s.index(), value));
        }
        if (splitter.nextTemp == program.tempCount()) {
            return program;
        }
        return new Program(program.name(), splitter.out, program.outputSize(), program.zeroOutputs(),
                splitter.nextTemp);
    }

    private record Sized(Expr expr, int height) {
    }

    private Sized visit(Expr e) {
        if (!(e instanceof Call c)) {
            return new Sized(e, 1);
        }
        List<Sized> args = new ArrayList<>(c.args().size());
        for (Expr a : c.args()) {
            Sized s = visit(a);
            args.add(s.height() >= MAX_HEIGHT ? hoist(s.expr()) : s);
        }
        Fn fn = c.fn();
        if (FLAT_CHAINS.contains(fn) && args.size() > MAX_WIDTH) {
            return chained(fn, args, MAX_WIDTH);
        }
        if (NESTED_CHAINS.contains(fn) && args.size() > MAX_NESTED_WIDTH) {
            return chained(fn, args, MAX_NESTED_WIDTH);
        }
        if (fn == Fn.PIECEWISE && args.size() > 2 * MAX_NESTED_WIDTH + 1) {
            return piecewise(args);
        }
        return node(fn, args);
    }

    private static Sized node(Fn fn, List<Sized> args) {
        List<Expr> exprs = new ArrayList<>(args.size());
        int height = 0;
        for (Sized s : args) {
            exprs.add(s.expr());
            height = Math.max(height, s.height());
        }
        return new Sized(new Call(fn, exprs), height + 1);
    }

    /** Operands folded left to right in chunks of {@code width}, each chunk into an intermediate. */
    private Sized chained(Fn fn, List<Sized> args, int width) {
        Sized acc = null;
        int i = 0;
        while (i < args.size()) {
            List<Sized> chunk = new ArrayList<>();
            if (acc != null) {
                chunk.add(acc);
            }
            while (i < args.size() && chunk.size() < width) {
                chunk.add(args.get(i++));
            }
            Sized combined = node(fn, chunk);
            acc = i < args.size() ? hoist(combined.expr()) : combined;
        }
        return acc;
    }

    /** The first pairs kept, the rest as a piecewise of its own computed first (the same value). */
    private Sized piecewise(List<Sized> args) {
        int kept = 2 * MAX_NESTED_WIDTH;
        List<Sized> tail = new ArrayList<>(args.subList(kept, args.size()));
        Sized rest = tail.size() > 2 * MAX_NESTED_WIDTH + 1 ? piecewise(tail) : node(Fn.PIECEWISE, tail);
        List<Sized> head = new ArrayList<>(args.subList(0, kept));
        head.add(hoist(rest.expr()));
        return node(Fn.PIECEWISE, head);
    }

    private Sized hoist(Expr e) {
        if (!(e instanceof Call)) {
            return new Sized(e, 1);
        }
        int index = nextTemp++;
        out.add(Statement.temp(index, e));
        return new Sized(new Slot(Slot.Kind.TEMP, index, "split" + index), 1);
    }
}
