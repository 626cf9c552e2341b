package org.cytostorm.engine.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytostorm.engine.expr.Apply;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Exprs;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.ModelException.Problem;

/**
 * Checks that a model can be simulated: every symbol defined, every function called with the
 * right number of arguments, no cycle among assignment rules (or among initial assignments and
 * rules at the start), no rule on a constant, no variable defined twice. Throws the first
 * {@link ModelException} found, naming the element.
 */
public final class ModelValidator {

    private final Model model;
    private final Set<String> globalIds = new HashSet<>();

    private ModelValidator(Model model) {
        this.model = model;
    }

    public static void validate(Model model) {
        new ModelValidator(model).run();
    }

    private void run() {
        ModelLimits.check(model);
        checkSomethingToSimulate();
        model.compartments().forEach(c -> globalIds.add(c.id()));
        model.species().forEach(s -> globalIds.add(s.id()));
        model.parameters().forEach(p -> globalIds.add(p.id()));
        for (Reaction r : model.reactions()) {
            globalIds.add(r.id());
            for (SpeciesReference ref : concat(r.reactants(), r.products())) {
                if (ref.id() != null) {
                    globalIds.add(ref.id());
                }
            }
        }
        checkFunctions();
        checkSpeciesAndReactions();
        checkRules();
        checkEvents();
        checkRuleCycles();
        checkInitialCycles();
    }

    /** An empty file or an empty model block is a mistake, not a model whose result is no columns. */
    private void checkSomethingToSimulate() {
        if (model.compartments().isEmpty() && model.species().isEmpty() && model.parameters().isEmpty()
                && model.rules().isEmpty() && model.reactions().isEmpty()) {
            throw new ModelException(Problem.INVALID, null, "the model is empty: it defines no compartment, species,"
                    + " parameter, rule or reaction");
        }
        for (Compartment c : model.compartments()) {
            // NaN means "no size given" (set by a rule or an initial assignment); a negative size is a mistake
            if (c.size() < 0) {
                throw new ModelException(Problem.INVALID, c.id(), "compartment " + c.id() + " has the size " + c.size()
                        + "; a size cannot be negative");
            }
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private void checkFunctions() {
        for (FunctionDefinition f : model.functions()) {
            Set<String> args = new HashSet<>(f.arguments());
            for (String name : Exprs.symbols(f.body())) {
                if (!args.contains(name) && !isReserved(name) && !globalIds.contains(name)) {
                    throw new ModelException(Problem.UNKNOWN_SYMBOL, f.id(),
                            "unknown symbol '" + name + "' in the body of function " + f.id());
                }
            }
            checkCalls(f.body(), "the body of function " + f.id(), f.id());
        }
        checkFunctionCycles();
    }

    private void checkFunctionCycles() {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        for (FunctionDefinition f : model.functions()) {
            graph.put(f.id(), Exprs.functionsCalled(f.body()));
        }
        List<String> cycle = findCycle(graph);
        if (cycle != null) {
            throw new ModelException(Problem.RULE_CYCLE, cycle.get(0),
                    "functions call each other in a cycle: " + String.join(" -> ", cycle));
        }
    }

    private static boolean isReserved(String name) {
        return name.equals(Sym.TIME) || name.equals(Sym.AVOGADRO) || name.equals(Sym.TIME_CSYMBOL)
                || name.equals(Sym.AVOGADRO_CSYMBOL);
    }

    private void checkSymbols(Expr e, String where, String elementId, Set<String> extra) {
        for (String name : Exprs.symbols(e)) {
            if (!globalIds.contains(name) && !isReserved(name) && !extra.contains(name)) {
                throw new ModelException(Problem.UNKNOWN_SYMBOL, elementId,
                        "unknown symbol '" + name + "' in " + where);
            }
        }
        checkCalls(e, where, elementId);
    }

    private void checkCalls(Expr e, String where, String elementId) {
        if (e instanceof Apply a) {
            FunctionDefinition f = model.function(a.function()).orElseThrow(() -> new ModelException(
                    Problem.UNKNOWN_SYMBOL, elementId, "unknown function '" + a.function() + "' in " + where));
            if (f.arguments().size() != a.args().size()) {
                throw new ModelException(Problem.INVALID, elementId, "function " + f.id() + " takes "
                        + f.arguments().size() + " argument(s) but is called with " + a.args().size() + " in " + where);
            }
        }
        for (Expr child : Exprs.children(e)) {
            checkCalls(child, where, elementId);
        }
    }

    private void checkSpeciesAndReactions() {
        String modelFactor = model.conversionFactor();
        if (modelFactor != null && model.parameter(modelFactor).isEmpty()) {
            throw new ModelException(Problem.UNKNOWN_SYMBOL, null, "the model's conversion factor '" + modelFactor
                    + "' is not a parameter of the model");
        }
        for (Species s : model.species()) {
            if (model.compartment(s.compartment()).isEmpty()) {
                throw new ModelException(Problem.UNKNOWN_SYMBOL, s.id(),
                        "species " + s.id() + " is in unknown compartment '" + s.compartment() + "'");
            }
            if (s.conversionFactor() != null && model.parameter(s.conversionFactor()).isEmpty()) {
                throw new ModelException(Problem.UNKNOWN_SYMBOL, s.id(),
                        "species " + s.id() + " has unknown conversion factor '" + s.conversionFactor() + "'");
            }
        }
        Set<String> ruleVariables = new HashSet<>();
        for (Rule r : model.rules()) {
            if (r instanceof AssignmentRule) {
                ruleVariables.add(r.variable());
            }
        }
        for (Reaction r : model.reactions()) {
            for (SpeciesReference ref : concat(r.reactants(), r.products())) {
                Species s = model.species(ref.species()).orElseThrow(() -> new ModelException(
                        Problem.UNKNOWN_SYMBOL, r.id(), "reaction " + r.id() + " uses unknown species '"
                        + ref.species() + "'"));
                if (!s.boundaryCondition() && s.constant()) {
                    throw new ModelException(Problem.INVALID, r.id(), "reaction " + r.id()
                            + " changes species " + s.id() + ", which is constant and not a boundary species");
                }
                if (!s.boundaryCondition() && ruleVariables.contains(s.id())) {
                    throw new ModelException(Problem.INVALID, r.id(), "species " + s.id()
                            + " is set by an assignment rule and also changed by reaction " + r.id()
                            + "; make it a boundary species ($" + s.id() + ") or drop one of the two");
                }
            }
            for (String m : r.modifiers()) {
                if (model.species(m).isEmpty()) {
                    throw new ModelException(Problem.UNKNOWN_SYMBOL, r.id(),
                            "reaction " + r.id() + " has unknown modifier '" + m + "'");
                }
            }
            if (r.rate() != null) {
                Set<String> locals = new HashSet<>();
                r.localParameters().forEach(p -> locals.add(p.id()));
                checkSymbols(r.rate(), "the rate of reaction " + r.id(), r.id(), locals);
            }
        }
    }

    private String kindOf(String id) {
        if (model.compartment(id).isPresent()) {
            return "compartment";
        }
        if (model.species(id).isPresent()) {
            return "species";
        }
        if (model.parameter(id).isPresent()) {
            return "parameter";
        }
        if (model.reaction(id).isPresent()) {
            return "reaction";
        }
        return globalIds.contains(id) ? "stoichiometry" : null;
    }

    private boolean isConstant(String id) {
        return model.compartment(id).map(Compartment::constant)
                .or(() -> model.species(id).map(Species::constant))
                .or(() -> model.parameter(id).map(Parameter::constant))
                .orElse(false);
    }

    private void checkRules() {
        Set<String> seen = new HashSet<>();
        for (Rule r : model.rules()) {
            if (r instanceof AlgebraicRule) {
                throw new ModelException(Problem.UNSUPPORTED, null,
                        "algebraic rules are not supported (0 = " + org.cytostorm.engine.expr.ExprPrinter.print(r.math()) + ")");
            }
            String v = r.variable();
            String kind = kindOf(v);
            String what = (r instanceof RateRule ? "rate rule" : "assignment rule") + " for " + v;
            if (kind == null) {
                throw new ModelException(Problem.UNKNOWN_SYMBOL, v, "the " + what + " defines an unknown symbol");
            }
            if (kind.equals("reaction")) {
                throw new ModelException(Problem.INVALID, v, "a rule cannot define reaction " + v);
            }
            if (isConstant(v)) {
                throw new ModelException(Problem.INVALID, v,
                        "the " + what + " changes " + v + ", which is declared constant");
            }
            if (!seen.add(v)) {
                throw new ModelException(Problem.DUPLICATE_DEFINITION, v, v + " is defined by two rules");
            }
            checkSymbols(r.math(), "the " + what, v, Set.of());
            if (r instanceof AssignmentRule && model.initialAssignmentFor(v).isPresent()) {
                throw new ModelException(Problem.DUPLICATE_DEFINITION, v,
                        v + " has both an assignment rule and an initial assignment");
            }
        }
        for (InitialAssignment a : model.initialAssignments()) {
            if (kindOf(a.symbol()) == null || kindOf(a.symbol()).equals("reaction")) {
                throw new ModelException(Problem.UNKNOWN_SYMBOL, a.symbol(),
                        "initial assignment to unknown symbol '" + a.symbol() + "'");
            }
            checkSymbols(a.math(), "the initial assignment of " + a.symbol(), a.symbol(), Set.of());
        }
    }

    private void checkEvents() {
        Set<String> assignmentRuleVars = new HashSet<>();
        for (Rule r : model.rules()) {
            if (r instanceof AssignmentRule) {
                assignmentRuleVars.add(r.variable());
            }
        }
        for (Event e : model.events()) {
            checkSymbols(e.trigger(), "the trigger of event " + e.id(), e.id(), Set.of());
            if (e.delay() != null) {
                checkSymbols(e.delay(), "the delay of event " + e.id(), e.id(), Set.of());
            }
            if (e.priority() != null) {
                checkSymbols(e.priority(), "the priority of event " + e.id(), e.id(), Set.of());
            }
            for (EventAssignment a : e.assignments()) {
                String kind = kindOf(a.variable());
                if (kind == null || kind.equals("reaction")) {
                    throw new ModelException(Problem.UNKNOWN_SYMBOL, e.id(),
                            "event " + e.id() + " assigns unknown variable '" + a.variable() + "'");
                }
                if (isConstant(a.variable())) {
                    throw new ModelException(Problem.INVALID, e.id(), "event " + e.id() + " assigns "
                            + a.variable() + ", which is declared constant");
                }
                if (assignmentRuleVars.contains(a.variable())) {
                    throw new ModelException(Problem.INVALID, e.id(), "event " + e.id() + " assigns "
                            + a.variable() + ", which an assignment rule defines at all times");
                }
                checkSymbols(a.math(), "event " + e.id() + "'s assignment to " + a.variable(), e.id(), Set.of());
            }
        }
    }

    /** Assignment rules read each other (and reaction rates) at every instant: they must form a DAG. */
    private void checkRuleCycles() {
        Map<String, Expr> defining = new LinkedHashMap<>();
        for (Rule r : model.rules()) {
            if (r instanceof AssignmentRule) {
                defining.put(r.variable(), r.math());
            }
        }
        Map<String, Set<String>> localNames = new HashMap<>();
        for (Reaction r : model.reactions()) {
            if (r.rate() != null) {
                defining.put(r.id(), r.rate());
                Set<String> locals = new HashSet<>();
                r.localParameters().forEach(p -> locals.add(p.id()));
                localNames.put(r.id(), locals);
            }
        }
        Map<String, Set<String>> graph = dependencyGraph(defining);
        // inside a kinetic law a local parameter shadows a global name, even the reaction's own id
        localNames.forEach((reaction, locals) -> graph.get(reaction).removeAll(locals));
        List<String> cycle = findCycle(graph);
        if (cycle != null) {
            throw new ModelException(Problem.RULE_CYCLE, cycle.get(0),
                    "assignment rules depend on each other in a cycle: " + String.join(" -> ", cycle));
        }
    }

    /** At the start, initial assignments and assignment rules are solved together: no cycle either. */
    private void checkInitialCycles() {
        Map<String, Expr> defining = new LinkedHashMap<>();
        for (Rule r : model.rules()) {
            if (r instanceof AssignmentRule) {
                defining.put(r.variable(), r.math());
            }
        }
        for (InitialAssignment a : model.initialAssignments()) {
            defining.put(a.symbol(), a.math());
        }
        List<String> cycle = findCycle(dependencyGraph(defining));
        if (cycle != null) {
            throw new ModelException(Problem.RULE_CYCLE, cycle.get(0),
                    "initial values depend on each other in a cycle: " + String.join(" -> ", cycle));
        }
    }

    private Map<String, Set<String>> dependencyGraph(Map<String, Expr> defining) {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        for (Map.Entry<String, Expr> e : defining.entrySet()) {
            Set<String> deps = new HashSet<>();
            for (String s : symbolsThroughFunctions(e.getValue())) {
                if (defining.containsKey(s)) {
                    deps.add(s);
                }
            }
            graph.put(e.getKey(), deps);
        }
        return graph;
    }

    private Set<String> symbolsThroughFunctions(Expr e) {
        Set<String> out = new HashSet<>(Exprs.symbols(e));
        Deque<String> todo = new ArrayDeque<>(Exprs.functionsCalled(e));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String f = todo.pop();
            if (!seen.add(f)) {
                continue;
            }
            model.function(f).ifPresent(def -> {
                Set<String> body = new HashSet<>(Exprs.symbols(def.body()));
                body.removeAll(def.arguments()); // arguments are bound in the body, not model symbols
                out.addAll(body);
                todo.addAll(Exprs.functionsCalled(def.body()));
            });
        }
        return out;
    }

    /** A cycle in a directed graph as the list of its nodes (first repeated at the end), or null. */
    static List<String> findCycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new HashMap<>(); // 1 on stack, 2 done
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> cycle = visit(start, graph, state, path);
            if (cycle != null) {
                return cycle;
            }
        }
        return null;
    }

    private static List<String> visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state,
                                      List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return null;
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return cycle;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            List<String> cycle = visit(next, graph, state, path);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return null;
    }
}
