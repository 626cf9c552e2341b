package org.cytostorm.engine.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Slot;

/**
 * A denominator divided by more than once in a program ({@code 1 + (C/c)^2} dividing three rules)
 * is inverted once: {@code a/d} becomes {@code a * (1/d)} and common-subexpression elimination then
 * computes {@code 1/d} once. A division costs several multiplications; the rewrite changes values
 * by rounding only.
 */
final class SharedReciprocals {

    private SharedReciprocals() {
    }

    static Program apply(Program program) {
        Map<Expr, Integer> denominators = new HashMap<>();
        for (Statement s : program.statements()) {
            count(s.value(), denominators);
        }
        if (denominators.values().stream().noneMatch(n -> n > 1)) {
            return program;
        }
        List<Statement> out = new ArrayList<>();
        for (Statement s : program.statements()) {
            out.add(new Statement(s.target(), s.index(), rewrite(s.value(), denominators)));
        }
        return new Program(program.name(), out, program.outputSize(), program.zeroOutputs(), program.tempCount());
    }

    private static void count(Expr e, Map<Expr, Integer> denominators) {
        if (e instanceof Call c) {
            if (c.fn() == Fn.DIV && !(c.arg(1) instanceof Num)) {
                denominators.merge(key(c.arg(1)), 1, Integer::sum);
            }
            for (Expr arg : c.args()) {
                count(arg, denominators);
            }
        }
    }

    /** Slots compare by kind and index: the same intermediate may carry different names. */
    private static Expr key(Expr e) {
        return e instanceof Slot s ? new Slot(s.kind(), s.index(), "") : e;
    }

    private static Expr rewrite(Expr e, Map<Expr, Integer> denominators) {
        if (!(e instanceof Call c)) {
            return e;
        }
        List<Expr> args = new ArrayList<>(c.args().size());
        for (Expr arg : c.args()) {
            args.add(rewrite(arg, denominators));
        }
        if (c.fn() == Fn.DIV && denominators.getOrDefault(key(c.arg(1)), 0) > 1 && !(args.get(0) instanceof Num n
                && n.value() == 1.0)) {
            return new Call(Fn.MUL, List.of(args.get(0), new Call(Fn.DIV, List.of(Num.ONE, args.get(1)))));
        }
        return new Call(c.fn(), args);
    }
}
