package org.cytostorm.engine.system;

import java.util.List;
import java.util.Objects;
import org.cytostorm.engine.expr.Exprs;

/**
 * Straight-line code over one run's arrays: statements executed in order, reading time, the state
 * y, the parameters p and earlier temporaries, writing temporaries and the output array. The
 * reference interpreter and the bytecode compiler execute the same programs.
 *
 * @param name        what the program computes (for messages and generated code)
 * @param statements  in execution order
 * @param outputSize  length of the output array
 * @param zeroOutputs whether outputs not written are zero (sparse results such as the Jacobian)
 * @param tempCount   temporaries are numbered below this
 */
public record Program(String name, List<Statement> statements, int outputSize, boolean zeroOutputs, int tempCount) {

    public Program {
        Objects.requireNonNull(name, "name");
        statements = List.copyOf(statements);
    }

    /** Total expression nodes: how much code this program turns into. */
    public int size() {
        int n = 0;
        for (Statement s : statements) {
            n += Exprs.size(s.value());
        }
        return n;
    }

    /** The state variables the program reads (their indices, ascending): its result depends on no other. */
    public int[] statesRead() {
        java.util.BitSet read = new java.util.BitSet();
        for (Statement s : statements) {
            for (org.cytostorm.engine.expr.Slot slot : Exprs.slots(s.value())) {
                if (slot.kind() == org.cytostorm.engine.expr.Slot.Kind.STATE) {
                    read.set(slot.index());
                }
            }
        }
        return read.stream().toArray();
    }

    /** True when the program writes nothing (all outputs zero). */
    public boolean isZero() {
        return zeroOutputs && statements.stream().noneMatch(s -> s.target() == Statement.Target.OUT);
    }
}
