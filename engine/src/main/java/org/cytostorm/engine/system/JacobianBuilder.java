package org.cytostorm.engine.system;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytostorm.engine.expr.Differentiator;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Exprs;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Slot;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.model.ModelLimits;

/**
 * Builds programs from the ordered intermediates: value programs (only the intermediates their
 * outputs need) and the symbolic Jacobian and time derivative, where the derivative of each
 * intermediate by each variable it depends on becomes one more intermediate (forward-mode chain
 * rule), so shared subexpressions are differentiated once.
 */
final class JacobianBuilder {

    private final List<Expr> temps;
    private final List<Integer> order;
    private final Expr[] derivatives;
    private final int n;
    /** Which states each intermediate depends on, directly or through other intermediates. */
    private final BitSet[] stateDeps;
    private final boolean[] timeDep;

    JacobianBuilder(List<Expr> temps, List<Integer> order, Expr[] derivatives) {
        this.temps = temps;
        this.order = order;
        this.derivatives = derivatives;
        this.n = derivatives.length;
        this.stateDeps = new BitSet[temps.size()];
        this.timeDep = new boolean[temps.size()];
        for (int k : order) {
            BitSet deps = new BitSet();
            boolean t = false;
            for (Slot s : Exprs.slots(temps.get(k))) {
                if (s.kind() == Slot.Kind.STATE) {
                    deps.set(s.index());
                } else if (s.kind() == Slot.Kind.TEMP) {
                    deps.or(stateDeps[s.index()]);
                    t |= timeDep[s.index()];
                } else if (s.kind() == Slot.Kind.TIME) {
                    t = true;
                }
            }
            stateDeps[k] = deps;
            timeDep[k] = t;
        }
    }

    /** A program computing {@code outputs} after the intermediates they need, in order. */
    Program withTemps(String name, List<Statement> outputs, int outputSize, boolean zeroOutputs) {
        List<Statement> all = new ArrayList<>();
        for (int k : order) {
            all.add(Statement.temp(k, temps.get(k)));
        }
        all.addAll(outputs);
        return pruned(name, all, outputSize, zeroOutputs);
    }

    Program jacobian() {
        List<Statement> body = new ArrayList<>();
        for (int k : order) {
            body.add(Statement.temp(k, temps.get(k)));
        }
        // rows by column: a derivative is differentiated only by the states it depends on, so the
        // work grows with the Jacobian's nonzeros, not with the square of the number of states
        List<List<Integer>> rowsOfColumn = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            rowsOfColumn.add(new ArrayList<>());
        }
        long entries = 0;
        for (int i = 0; i < n; i++) {
            BitSet deps = dependencies(derivatives[i]);
            entries += deps.cardinality();
            for (int j = deps.nextSetBit(0); j >= 0; j = deps.nextSetBit(j + 1)) {
                rowsOfColumn.get(j).add(i);
            }
        }
        if (entries > ModelLimits.MAX_JACOBIAN_ENTRIES) {
            throw new ModelException(ModelException.Problem.INVALID, null, "the model's Jacobian has " + entries
                    + " structurally nonzero entries, more than the limit of " + ModelLimits.MAX_JACOBIAN_ENTRIES);
        }
        int[] next = {temps.size()};
        List<Statement> outs = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (rowsOfColumn.get(j).isEmpty()) {
                continue;
            }
            Slot var = new Slot(Slot.Kind.STATE, j, "y" + j);
            final int col = j;
            Map<Integer, Expr> dTemp = chainRule(var, k -> stateDeps[k].get(col), body, next);
            for (int i : rowsOfColumn.get(j)) {
                Expr d = Differentiator.partial(derivatives[i], var, k -> dTemp.getOrDefault(k, Num.ZERO));
                if (!Exprs.isZero(d)) {
                    outs.add(Statement.out(i * n + j, d));
                }
            }
        }
        body.addAll(outs);
        return pruned("jacobian", body, n * n, true);
    }

    /** The states an expression depends on, directly or through intermediates. */
    private BitSet dependencies(Expr e) {
        BitSet deps = new BitSet(n);
        for (Slot s : Exprs.slots(e)) {
            if (s.kind() == Slot.Kind.STATE) {
                deps.set(s.index());
            } else if (s.kind() == Slot.Kind.TEMP && s.index() < stateDeps.length && stateDeps[s.index()] != null) {
                deps.or(stateDeps[s.index()]);
            }
        }
        return deps;
    }

    Program timeDerivative() {
        List<Statement> body = new ArrayList<>();
        for (int k : order) {
            body.add(Statement.temp(k, temps.get(k)));
        }
        int[] next = {temps.size()};
        Slot var = Slot.time();
        Map<Integer, Expr> dTemp = chainRule(var, k -> timeDep[k], body, next);
        for (int i = 0; i < n; i++) {
            Expr d = Differentiator.partial(derivatives[i], var, k -> dTemp.getOrDefault(k, Num.ZERO));
            if (!Exprs.isZero(d)) {
                body.add(Statement.out(i, d));
            }
        }
        return pruned("timeDerivative", body, n, true);
    }

    /**
     * For each intermediate depending on {@code var}, appends a statement computing its derivative
     * into a new intermediate; returns intermediate index to the expression (a TEMP slot, or a
     * number when the derivative folded to a constant).
     */
    private Map<Integer, Expr> chainRule(Slot var, java.util.function.IntPredicate dependsOn, List<Statement> body,
                                         int[] next) {
        Map<Integer, Expr> dTemp = new HashMap<>();
        for (int k : order) {
            if (!dependsOn.test(k)) {
                continue;
            }
            Expr d = Differentiator.partial(temps.get(k), var, m -> dTemp.getOrDefault(m, Num.ZERO));
            if (d instanceof Num || d instanceof Slot) {
                dTemp.put(k, d);
            } else {
                int index = next[0]++;
                body.add(Statement.temp(index, d));
                dTemp.put(k, new Slot(Slot.Kind.TEMP, index, "d" + index));
            }
        }
        return dTemp;
    }

    /** Drops intermediates no output needs. */
    static Program pruned(String name, List<Statement> statements, int outputSize, boolean zeroOutputs) {
        Set<Integer> needed = new HashSet<>();
        List<Statement> kept = new ArrayList<>();
        for (int i = statements.size() - 1; i >= 0; i--) {
            Statement s = statements.get(i);
            if (s.target() == Statement.Target.TEMP && !needed.contains(s.index())) {
                continue;
            }
            kept.add(s);
            for (Slot slot : Exprs.slots(s.value())) {
                if (slot.kind() == Slot.Kind.TEMP) {
                    needed.add(slot.index());
                }
            }
        }
        java.util.Collections.reverse(kept);
        int tempCount = 0;
        for (Statement s : kept) {
            if (s.target() == Statement.Target.TEMP) {
                tempCount = Math.max(tempCount, s.index() + 1);
            }
        }
        return new Program(name, kept, outputSize, zeroOutputs, tempCount);
    }
}
