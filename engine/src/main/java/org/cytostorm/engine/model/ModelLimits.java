package org.cytostorm.engine.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.expr.Apply;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.ModelException.Problem;

/**
 * The largest model the engine takes, checked before any work on it. Lowering, differentiation and
 * code generation walk expressions recursively and their cost grows with the size of the expanded
 * model, so a model beyond these limits is refused with the limit and the offending figure rather
 * than overflowing the stack or running for minutes. Each check here is iterative, so it cannot
 * overflow on the inputs it refuses. docs/reliability.md lists the values.
 */
public final class ModelLimits {

    /** Nesting depth of one expression as written (parentheses, operators, calls). */
    public static final int MAX_EXPRESSION_DEPTH = 200;
    /** Nesting depth of one expression once its function calls are inlined. */
    public static final int MAX_EXPANDED_DEPTH = 1000;
    /** Expression nodes in the whole model once function calls are inlined. */
    public static final long MAX_EXPANDED_NODES = 5_000_000L;
    /** Compartments, species, parameters, reactions, rules, events and functions together. */
    public static final int MAX_ELEMENTS = 200_000;
    /**
     * State variables: the stiff solvers keep a dense Jacobian of n² numbers and factor it at each
     * step, which at this size is already 72 MiB and seconds per step.
     */
    public static final int MAX_STATES = 3000;
    /** Structurally nonzero entries of the Jacobian, each of which becomes generated code. */
    public static final long MAX_JACOBIAN_ENTRIES = 1_000_000L;

    /** Expanded depth and node count of a function's body (arguments counted as leaves). */
    private record Cost(long depth, long nodes, long argumentUses) {
    }

    private final Model model;
    private final Map<String, Cost> functionCost = new HashMap<>();
    private long totalNodes;

    private ModelLimits(Model model) {
        this.model = model;
    }

    /** @throws ModelException naming the element and the limit it breaks */
    public static void check(Model model) {
        new ModelLimits(model).run();
    }

    private void run() {
        long elements = (long) model.compartments().size() + model.species().size() + model.parameters().size()
                + model.reactions().size() + model.rules().size() + model.events().size() + model.functions().size()
                + model.initialAssignments().size();
        if (elements > MAX_ELEMENTS) {
            throw new ModelException(Problem.INVALID, null, "the model has " + elements + " elements, more than the limit of "
                    + MAX_ELEMENTS);
        }
        long states = stateCount();
        if (states > MAX_STATES) {
            throw new ModelException(Problem.INVALID, null, "the model has " + states
                    + " state variables, more than the limit of " + MAX_STATES + " (its dense Jacobian would need "
                    + (8L * states * states >> 20) + " MiB per solver)");
        }
        for (FunctionDefinition f : functionsCalleesFirst()) {
            Cost c = cost(f.body(), "function " + f.id(), f.id());
            long uses = countSymbols(f.body());
            functionCost.put(f.id(), new Cost(c.depth(), c.nodes(), uses));
        }
        for (Reaction r : model.reactions()) {
            expression(r.rate(), "the rate of reaction " + r.id(), r.id());
        }
        for (Rule r : model.rules()) {
            String variable = r instanceof AssignmentRule a ? a.variable() : r instanceof RateRule rr ? rr.variable() : null;
            expression(r.math(), variable == null ? "an algebraic rule" : "the rule for " + variable, variable);
        }
        for (InitialAssignment a : model.initialAssignments()) {
            expression(a.math(), "the initial assignment of " + a.symbol(), a.symbol());
        }
        for (Event e : model.events()) {
            expression(e.trigger(), "the trigger of event " + e.id(), e.id());
            expression(e.delay(), "the delay of event " + e.id(), e.id());
            expression(e.priority(), "the priority of event " + e.id(), e.id());
            for (EventAssignment a : e.assignments()) {
                expression(a.math(), "an assignment of event " + e.id(), e.id());
            }
        }
    }

    /** What becomes a state: species changed by reactions (not boundary) and variables of rate rules. */
    private long stateCount() {
        java.util.Set<String> boundary = new java.util.HashSet<>();
        for (Species sp : model.species()) {
            if (sp.boundaryCondition()) {
                boundary.add(sp.id());
            }
        }
        java.util.Set<String> states = new java.util.HashSet<>();
        for (Reaction r : model.reactions()) {
            for (SpeciesReference ref : r.reactants()) {
                if (!boundary.contains(ref.species())) {
                    states.add(ref.species());
                }
            }
            for (SpeciesReference ref : r.products()) {
                if (!boundary.contains(ref.species())) {
                    states.add(ref.species());
                }
            }
        }
        for (Rule r : model.rules()) {
            if (r instanceof RateRule rr) {
                states.add(rr.variable());
            }
        }
        return states.size();
    }

    private void expression(Expr e, String where, String element) {
        if (e == null) {
            return;
        }
        Cost c = cost(e, where, element);
        if (c.depth() > MAX_EXPANDED_DEPTH) {
            throw new ModelException(Problem.INVALID, element, where + " is nested " + c.depth()
                    + " levels deep once its function calls are inlined, more than the limit of " + MAX_EXPANDED_DEPTH);
        }
        totalNodes = saturatedAdd(totalNodes, c.nodes());
        if (totalNodes > MAX_EXPANDED_NODES) {
            throw new ModelException(Problem.INVALID, element, "the model's expressions have more than "
                    + MAX_EXPANDED_NODES + " nodes once function calls are inlined (the limit), reached at " + where);
        }
    }

    /**
     * Depth and size, as written and expanded, by an explicit post-order walk (no recursion).
     * A call costs the callee's expanded body plus each argument once per use of a parameter in it,
     * an upper bound that is exact when every parameter is used once.
     */
    private Cost cost(Expr root, String where, String element) {
        Deque<Object[]> stack = new ArrayDeque<>();
        Deque<Cost> results = new ArrayDeque<>();
        stack.push(new Object[] {root, Boolean.FALSE, 1});
        while (!stack.isEmpty()) {
            Object[] frame = stack.pop();
            Expr e = (Expr) frame[0];
            int writtenDepth = (Integer) frame[2];
            if (writtenDepth > MAX_EXPRESSION_DEPTH) {
                throw new ModelException(Problem.INVALID, element, where + " is nested more than " + MAX_EXPRESSION_DEPTH
                        + " levels deep (the limit)");
            }
            List<Expr> args = children(e);
            if (frame[1] == Boolean.FALSE && !args.isEmpty()) {
                stack.push(new Object[] {e, Boolean.TRUE, writtenDepth});
                for (Expr a : args) {
                    stack.push(new Object[] {a, Boolean.FALSE, writtenDepth + 1});
                }
                continue;
            }
            long depth = 0;
            long nodes = 0;
            for (int i = 0; i < args.size(); i++) {
                Cost c = results.pop();
                depth = Math.max(depth, c.depth());
                nodes = saturatedAdd(nodes, c.nodes());
            }
            if (e instanceof Apply a && functionCost.containsKey(a.function())) {
                Cost f = functionCost.get(a.function());
                long perUse = args.isEmpty() ? 0 : nodes;
                results.push(new Cost(saturatedAdd(f.depth(), depth), saturatedAdd(f.nodes(),
                        saturatedMultiply(f.argumentUses(), perUse)), 0));
            } else {
                results.push(new Cost(depth + 1, saturatedAdd(nodes, 1), 0));
            }
        }
        return results.pop();
    }

    private static List<Expr> children(Expr e) {
        if (e instanceof Call c) {
            return c.args();
        }
        if (e instanceof Apply a) {
            return a.args();
        }
        return List.of();
    }

    private static long countSymbols(Expr root) {
        long n = 0;
        Deque<Expr> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Expr e = stack.pop();
            if (e instanceof Sym) {
                n++;
            }
            children(e).forEach(stack::push);
        }
        return n;
    }

    /** Functions in an order where each comes after those it calls; functions in a cycle are left out. */
    private List<FunctionDefinition> functionsCalleesFirst() {
        Map<String, FunctionDefinition> byId = new HashMap<>();
        model.functions().forEach(f -> byId.put(f.id(), f));
        Map<String, List<String>> callers = new HashMap<>();
        Map<String, Integer> pending = new HashMap<>();
        for (FunctionDefinition f : model.functions()) {
            int calls = 0;
            for (String callee : called(f.body())) {
                if (byId.containsKey(callee)) {
                    callers.computeIfAbsent(callee, k -> new ArrayList<>()).add(f.id());
                    calls++;
                }
            }
            pending.put(f.id(), calls);
        }
        Deque<String> ready = new ArrayDeque<>();
        pending.forEach((id, n) -> {
            if (n == 0) {
                ready.add(id);
            }
        });
        List<FunctionDefinition> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(byId.get(id));
            for (String caller : callers.getOrDefault(id, List.of())) {
                if (pending.merge(caller, -1, Integer::sum) == 0) {
                    ready.add(caller);
                }
            }
        }
        return order;
    }

    /** Each call site once per callee occurrence, so that pending counts match caller entries. */
    private static List<String> called(Expr root) {
        List<String> out = new ArrayList<>();
        Deque<Expr> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Expr e = stack.pop();
            if (e instanceof Apply a) {
                out.add(a.function());
            }
            children(e).forEach(stack::push);
        }
        return out;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    private static long saturatedMultiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
