package org.cytostorm.engine.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Slot;

/**
 * Common-subexpression elimination on a program: a subexpression computed more than once (a
 * concentration {@code amount/volume} read by several rates, a damping factor shared by three rules,
 * a quotient reused by its derivative) is computed once into a new intermediate just before its first
 * use. Expressions are pure, so this changes no value; both evaluators run the rewritten program.
 */
final class CommonSubexpressions {

    private final Map<Expr, Integer> counts = new HashMap<>();
    private final Map<Expr, Slot> hoisted = new HashMap<>();
    private int nextTemp;

    private CommonSubexpressions(int firstFreeTemp) {
        this.nextTemp = firstFreeTemp;
    }

    static Program eliminate(Program program) {
        CommonSubexpressions cse = new CommonSubexpressions(program.tempCount());
        for (Statement s : program.statements()) {
            cse.count(s.value());
        }
        List<Statement> out = new ArrayList<>();
        for (Statement s : program.statements()) {
            List<Statement> before = new ArrayList<>();
            boolean namesItself = s.target() == Statement.Target.TEMP;
            Expr value = cse.rewrite(s.value(), before, namesItself);
            out.addAll(before);
            out.add(new Statement(s.target(), s.index(), value));
            if (namesItself && worthSharing(s.value()) && !cse.hoisted.containsKey(s.value())) {
                // later occurrences of this whole expression read the intermediate it is stored in
                cse.hoisted.put(s.value(), new Slot(Slot.Kind.TEMP, s.index(), "t" + s.index()));
            }
        }
        return new Program(program.name(), out, program.outputSize(), program.zeroOutputs(),
                Math.max(program.tempCount(), cse.nextTemp));
    }

    /** Operations worth a variable: arithmetic and functions, not leaves, negated leaves or conditions. */
    private static boolean worthSharing(Expr e) {
        if (!(e instanceof Call c) || c.fn().isBoolean()) {
            return false;
        }
        return !(c.fn() == Fn.NEG && !(c.arg(0) instanceof Call));
    }

    /** Counts evaluations: the inside of a repeated subexpression is counted once, as it will be computed once. */
    private void count(Expr e) {
        if (worthSharing(e) && counts.merge(e, 1, Integer::sum) > 1) {
            return;
        }
        if (e instanceof Call c) {
            for (Expr arg : c.args()) {
                count(arg);
            }
        }
    }

    private Expr rewrite(Expr e, List<Statement> before, boolean top) {
        if (!(e instanceof Call c)) {
            return e;
        }
        Slot shared = hoisted.get(e);
        if (shared != null) {
            return shared;
        }
        List<Expr> args = new ArrayList<>(c.args().size());
        boolean changed = false;
        for (Expr arg : c.args()) {
            Expr r = rewrite(arg, before, false);
            changed |= r != arg;
            args.add(r);
        }
        Expr rebuilt = changed ? new Call(c.fn(), args) : c;
        if (!top && worthSharing(e) && counts.getOrDefault(e, 0) > 1) {
            Slot slot = new Slot(Slot.Kind.TEMP, nextTemp++, "c" + nextTemp);
            before.add(Statement.temp(slot.index(), rebuilt));
            hoisted.put(e, slot);
            return slot;
        }
        return rebuilt;
    }
}
