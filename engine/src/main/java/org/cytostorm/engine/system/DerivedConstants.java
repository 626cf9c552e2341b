package org.cytostorm.engine.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Exprs;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Slot;

/**
 * Moves arithmetic on parameters alone out of the programs that run at every step: a maximal
 * subexpression that reads only parameters (a half-life's {@code ln 2 / t_half}, {@code x_dn^6}),
 * a run of leading parameter factors or terms in a product or sum ({@code V * k * A} becomes
 * {@code (V*k) * A}, as Java evaluates it anyway), and a division by parameters (a concentration's
 * {@code amount / V} becomes {@code amount * (1/V)}) each become a derived constant in an extra
 * parameter slot, computed once when a run starts and again whenever an event changes a parameter.
 *
 * <p>Only the division changes a value, by rounding (a product by a rounded reciprocal); everything
 * else is the same arithmetic in the same order.
 */
final class DerivedConstants {

    private final int firstSlot;
    private final Map<Expr, Slot> slots = new LinkedHashMap<>();
    private final Map<Integer, Expr> definitions = new HashMap<>();

    DerivedConstants(int firstSlot) {
        this.firstSlot = firstSlot;
    }

    /** The program with parameter-only arithmetic replaced by derived slots. */
    Program rewrite(Program program) {
        List<Statement> out = new ArrayList<>(program.statements().size());
        for (Statement s : program.statements()) {
            out.add(new Statement(s.target(), s.index(), rewrite(s.value())));
        }
        return new Program(program.name(), out, program.outputSize(), program.zeroOutputs(), program.tempCount());
    }

    /** The program computing every derived constant from the parameters, output k for slot firstSlot + k. */
    Program program() {
        List<Statement> statements = new ArrayList<>();
        int k = 0;
        for (Map.Entry<Expr, Slot> e : slots.entrySet()) {
            statements.add(Statement.out(k++, e.getKey()));
        }
        return new Program("derive", statements, slots.size(), false, 0);
    }

    int count() {
        return slots.size();
    }

    private Expr rewrite(Expr e) {
        if (!(e instanceof Call c)) {
            return e;
        }
        if (parametersOnly(e)) {
            return derived(e);
        }
        List<Expr> args = new ArrayList<>(c.args().size());
        for (Expr arg : c.args()) {
            args.add(rewrite(arg));
        }
        if ((c.fn() == Fn.MUL || c.fn() == Fn.ADD) && args.size() > 2) {
            int prefix = 0;
            while (prefix < args.size() && parametersOnly(args.get(prefix))) {
                prefix++;
            }
            if (prefix >= 2 && prefix < args.size()) {
                List<Expr> grouped = new ArrayList<>();
                grouped.add(derived(new Call(c.fn(), args.subList(0, prefix))));
                grouped.addAll(args.subList(prefix, args.size()));
                return new Call(c.fn(), grouped);
            }
        }
        if (c.fn() == Fn.DIV && parametersOnly(args.get(1)) && !(args.get(1) instanceof Num)) {
            return new Call(Fn.MUL, List.of(args.get(0), derived(new Call(Fn.DIV, List.of(Num.ONE, args.get(1))))));
        }
        return new Call(c.fn(), args);
    }

    /** True for an expression of parameters and numbers only (a leaf parameter or number counts). */
    private static boolean parametersOnly(Expr e) {
        for (Slot s : Exprs.slots(e)) {
            if (s.kind() != Slot.Kind.PARAM) {
                return false;
            }
        }
        return !(e instanceof Call c) || c.fn() != Fn.RATE_OF;
    }

    /** The slot for a parameter-only expression; leaves stay as they are. */
    private Expr derived(Expr e) {
        if (!(e instanceof Call)) {
            return e;
        }
        // derived constants are computed from the original parameters only
        Expr definition = Exprs.transform(e, node -> node instanceof Slot s && definitions.containsKey(s.index())
                ? definitions.get(s.index()) : node);
        if (Exprs.slots(definition).isEmpty()) {
            return definition; // numbers only: nothing to gain (the builders fold most of these)
        }
        Slot slot = slots.get(definition);
        if (slot == null) {
            int index = firstSlot + slots.size();
            slot = new Slot(Slot.Kind.PARAM, index, "derived" + slots.size());
            slots.put(definition, slot);
            definitions.put(index, definition);
        }
        return slot;
    }
}
