package org.cytostorm.engine.system;

import static org.cytostorm.engine.expr.Exprs.add;
import static org.cytostorm.engine.expr.Exprs.div;
import static org.cytostorm.engine.expr.Exprs.mul;
import static org.cytostorm.engine.expr.Exprs.neg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytostorm.engine.expr.Apply;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Differentiator;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.ExprPrinter;
import org.cytostorm.engine.expr.Exprs;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Slot;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.AssignmentRule;
import org.cytostorm.engine.model.Compartment;
import org.cytostorm.engine.model.Event;
import org.cytostorm.engine.model.EventAssignment;
import org.cytostorm.engine.model.FunctionDefinition;
import org.cytostorm.engine.model.InitialAssignment;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelException.Problem;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.model.ModelValidator;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.RateRule;
import org.cytostorm.engine.model.Reaction;
import org.cytostorm.engine.model.Rule;
import org.cytostorm.engine.model.Species;
import org.cytostorm.engine.model.SpeciesReference;

/**
 * Turns a {@link Model} into an {@link OdeSystem}: decides where each symbol lives (state,
 * parameter or intermediate), inlines user functions, resolves names to slots, builds the species
 * balances from the reactions, expands {@code rateOf}, orders the intermediates, and derives the
 * Jacobian and time derivative symbolically.
 *
 * <p>Species are integrated as amounts; a species read as a concentration is its amount divided by
 * its compartment's size, so a compartment whose size changes dilutes its species as SBML
 * prescribes.
 */
public final class Lowering {

    /**
     * Avogadro's number as SBML Level 3 defines its avogadro csymbol (CODATA 2006,
     * 6.02214179e23 mol⁻¹), which simulators and the SBML Test Suite use; the 2019 SI value is
     * 6.02214076e23.
     */
    public static final double AVOGADRO = 6.02214179e23;

    private final Model model;
    private final Map<String, FunctionDefinition> functions = new HashMap<>();
    private final Map<String, AssignmentRule> assignmentRules = new HashMap<>();
    private final Map<String, RateRule> rateRules = new HashMap<>();
    private final Set<String> changedByReactions = new HashSet<>();

    private final Map<String, SymbolInfo> symbols = new LinkedHashMap<>();
    private final Map<String, Expr> valueOf = new HashMap<>();
    private final List<String> stateNames = new ArrayList<>();
    private final List<String> parameterNames = new ArrayList<>();
    private final List<Double> parameterDefaults = new ArrayList<>();

    /** Per intermediate: its name, the unresolved math and the scope to resolve it in. */
    private final List<String> tempNames = new ArrayList<>();
    private final List<Expr> tempMath = new ArrayList<>();
    private final List<Map<String, Expr>> tempScopes = new ArrayList<>();
    private final List<Expr> tempExprs = new ArrayList<>();
    private final Set<Integer> tempsInProgress = new HashSet<>();

    private Expr[] derivatives;
    private final Set<Integer> derivativesInProgress = new HashSet<>();
    private final Map<Integer, Expr> totalTempDerivatives = new HashMap<>();
    private final Set<Integer> totalInProgress = new HashSet<>();

    private Lowering(Model model) {
        this.model = model;
    }

    /** Validates and lowers a model. */
    public static OdeSystem lower(Model model) {
        ModelValidator.validate(model);
        return new Lowering(model).run();
    }

    private OdeSystem run() {
        model.functions().forEach(f -> functions.put(f.id(), f));
        for (Rule r : model.rules()) {
            if (r instanceof AssignmentRule a) {
                assignmentRules.put(a.variable(), a);
            } else if (r instanceof RateRule rr) {
                rateRules.put(rr.variable(), rr);
            }
        }
        for (Reaction r : model.reactions()) {
            for (SpeciesReference ref : concat(r.reactants(), r.products())) {
                Species s = model.species(ref.species()).orElseThrow();
                if (!s.boundaryCondition()) {
                    changedByReactions.add(s.id());
                }
            }
        }
        allocateSymbols();
        derivatives = new Expr[stateNames.size()]; // before the rules: rateOf in a rule reads them
        for (int k = 0; k < tempNames.size(); k++) {
            tempExpr(k);
        }
        for (int i = 0; i < derivatives.length; i++) {
            derivative(i);
        }
        List<Integer> order = topologicalTempOrder();
        JacobianBuilder jac = new JacobianBuilder(tempExprs, order, derivatives);

        List<String> observables = new ArrayList<>();
        List<Statement> observeOuts = new ArrayList<>();
        for (SymbolInfo info : symbols.values()) {
            if (info.kind() != SymbolKind.LOCAL_PARAMETER) {
                observeOuts.add(Statement.out(observables.size(), valueOf.get(info.id())));
                observables.add(info.id());
            }
        }
        List<Statement> rhsOuts = new ArrayList<>();
        for (int i = 0; i < derivatives.length; i++) {
            rhsOuts.add(Statement.out(i, derivatives[i]));
        }
        List<LoweredEvent> events = lowerEvents();
        List<Statement> triggerOuts = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            triggerOuts.add(Statement.out(e, events.get(e).trigger()));
        }
        // then each relational atom of the triggers on its own: an atom crosses once where a
        // conjunction of atoms may be true only within a short window inside one step
        Map<String, Expr> atoms = new LinkedHashMap<>();
        for (LoweredEvent e : events) {
            collectAtoms(e.trigger(), atoms);
        }
        for (Expr atom : atoms.values()) {
            triggerOuts.add(Statement.out(triggerOuts.size(), atom));
        }
        int n = derivatives.length;
        DerivedConstants derived = new DerivedConstants(parameterNames.size());
        Program rhs = optimize(derived, jac.withTemps("rhs", rhsOuts, n, false));
        Program observe = optimize(derived, jac.withTemps("observe", observeOuts, observables.size(), false));
        Program triggers = optimize(derived, jac.withTemps("triggers", triggerOuts, triggerOuts.size(), false));
        Program jacobian = optimize(derived, jac.jacobian());
        Program timeDerivative = optimize(derived, jac.timeDerivative());
        Program derive = CodeSplitter.apply(CommonSubexpressions.eliminate(derived.program()));

        double[] defaults = new double[parameterDefaults.size()];
        for (int k = 0; k < defaults.length; k++) {
            defaults[k] = parameterDefaults.get(k);
        }
        return new OdeSystem(model.id(), stateNames, parameterNames, defaults, observables, symbols, rhs, jacobian,
                timeDerivative, observe, triggers, derive, initialization(order), events, breakpoints(events));
    }

    /**
     * Parameter arithmetic out to derived constants, shared reciprocals, each subexpression once,
     * then statements cut to a size the compiler takes.
     */
    private static Program optimize(DerivedConstants derived, Program program) {
        return CodeSplitter.apply(CommonSubexpressions.eliminate(SharedReciprocals.apply(derived.rewrite(program))));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    // ---- where symbols live -------------------------------------------------------------------

    private void allocateSymbols() {
        for (Compartment c : model.compartments()) {
            allocate(c.id(), SymbolKind.COMPARTMENT, c.size(), false, Map.of());
        }
        for (Species s : model.species()) {
            boolean concentration = model.readsAsConcentration(s);
            if (changedByReactions.contains(s.id()) && rateRules.containsKey(s.id())) {
                throw new ModelException(Problem.INVALID, s.id(), "species " + s.id()
                        + " has a rate rule and is also changed by reactions; make it a boundary species");
            }
            allocate(s.id(), SymbolKind.SPECIES, Double.NaN, concentration, Map.of());
        }
        for (Parameter p : model.parameters()) {
            allocate(p.id(), SymbolKind.PARAMETER, p.value(), false, Map.of());
        }
        for (Reaction r : model.reactions()) {
            for (SpeciesReference ref : concat(r.reactants(), r.products())) {
                if (ref.id() != null) {
                    allocate(ref.id(), SymbolKind.STOICHIOMETRY, ref.stoichiometry(), false, Map.of());
                }
            }
        }
        for (Reaction r : model.reactions()) {
            Map<String, Expr> scope = new HashMap<>();
            for (Parameter local : r.localParameters()) {
                String qualified = r.id() + "." + local.id();
                Slot slot = new Slot(Slot.Kind.PARAM, parameterNames.size(), qualified);
                parameterNames.add(qualified);
                parameterDefaults.add(local.value());
                symbols.put(qualified, new SymbolInfo(qualified, SymbolKind.LOCAL_PARAMETER, slot, false, false));
                valueOf.put(qualified, slot);
                scope.put(local.id(), slot);
            }
            Slot slot = newTemp(r.id(), r.rate() == null ? Num.ZERO : r.rate(), scope);
            symbols.put(r.id(), new SymbolInfo(r.id(), SymbolKind.REACTION, slot, true, false));
            valueOf.put(r.id(), slot);
        }
    }

    private void allocate(String id, SymbolKind kind, double declared, boolean concentration,
                          Map<String, Expr> scope) {
        Slot slot;
        boolean ruleDefined = false;
        if (assignmentRules.containsKey(id)) {
            slot = newTemp(id, assignmentRules.get(id).math(), scope);
            ruleDefined = true;
        } else if (rateRules.containsKey(id) || changedByReactions.contains(id)) {
            slot = new Slot(Slot.Kind.STATE, stateNames.size(), id);
            stateNames.add(id);
        } else {
            slot = new Slot(Slot.Kind.PARAM, parameterNames.size(), id);
            parameterNames.add(id);
            parameterDefaults.add(kind == SymbolKind.SPECIES ? Double.NaN : declared);
        }
        symbols.put(id, new SymbolInfo(id, kind, slot, ruleDefined, concentration));
        Expr value = slot;
        if (concentration && !ruleDefined) {
            Species s = model.species(id).orElseThrow();
            value = div(slot, valueOf.get(s.compartment()));
        }
        valueOf.put(id, value);
    }

    private Slot newTemp(String name, Expr math, Map<String, Expr> scope) {
        Slot slot = new Slot(Slot.Kind.TEMP, tempNames.size(), name);
        tempNames.add(name);
        tempMath.add(math);
        tempScopes.add(scope);
        tempExprs.add(null);
        return slot;
    }

    // ---- resolving names ----------------------------------------------------------------------

    private Expr resolve(Expr e, Map<String, Expr> scope) {
        if (e instanceof Num || e instanceof Slot) {
            return e;
        }
        if (e instanceof Sym s) {
            String name = s.name();
            if (name.equals(Sym.TIME_CSYMBOL)) {
                return Slot.time();
            }
            if (name.equals(Sym.AVOGADRO_CSYMBOL)) {
                return Expr.num(AVOGADRO);
            }
            Expr local = scope.get(name);
            if (local != null) {
                return local;
            }
            Expr v = valueOf.get(name);
            if (v != null) {
                return v; // a model element shadows the reserved words time and avogadro
            }
            if (name.equals(Sym.TIME)) {
                return Slot.time();
            }
            if (name.equals(Sym.AVOGADRO)) {
                return Expr.num(AVOGADRO);
            }
            throw new ModelException(Problem.UNKNOWN_SYMBOL, name, "unknown symbol '" + name + "'");
        }
        if (e instanceof Apply a) {
            FunctionDefinition f = functions.get(a.function());
            if (f == null) {
                throw new ModelException(Problem.UNKNOWN_SYMBOL, a.function(), "unknown function '" + a.function() + "'");
            }
            Map<String, Expr> args = new HashMap<>();
            for (int i = 0; i < f.arguments().size(); i++) {
                args.put(f.arguments().get(i), resolve(a.args().get(i), scope));
            }
            // the body sees its arguments and the model's globals, not the caller's locals
            return resolve(f.body(), args);
        }
        Call c = (Call) e;
        if (c.fn() == Fn.RATE_OF) {
            Expr target = c.arg(0);
            if (target instanceof Sym s && scope.get(s.name()) == null) {
                return rateOfSymbol(s.name());
            }
            return totalDerivative(resolve(target, scope));
        }
        List<Expr> args = new ArrayList<>(c.args().size());
        for (Expr arg : c.args()) {
            args.add(resolve(arg, scope));
        }
        return new Call(c.fn(), args);
    }

    private Expr tempExpr(int k) {
        Expr done = tempExprs.get(k);
        if (done != null) {
            return done;
        }
        if (!tempsInProgress.add(k)) {
            throw new ModelException(Problem.RULE_CYCLE, tempNames.get(k),
                    "'" + tempNames.get(k) + "' depends on its own rate of change (rateOf cycle)");
        }
        Expr resolved = resolve(tempMath.get(k), tempScopes.get(k));
        tempsInProgress.remove(k);
        tempExprs.set(k, resolved);
        return resolved;
    }

    // ---- derivatives --------------------------------------------------------------------------

    private Expr derivative(int i) {
        if (derivatives[i] != null) {
            return derivatives[i];
        }
        String id = stateNames.get(i);
        if (!derivativesInProgress.add(i)) {
            throw new ModelException(Problem.RULE_CYCLE, id, "the rate of change of '" + id + "' depends on itself through rateOf");
        }
        SymbolInfo info = symbols.get(id);
        Expr f;
        if (rateRules.containsKey(id)) {
            Expr rule = resolve(rateRules.get(id).math(), Map.of());
            if (info.concentration()) {
                // the rule gives d[X]/dt; the state is the amount n = [X] V: dn/dt = V d[X]/dt + [X] dV/dt
                Species s = model.species(id).orElseThrow();
                Expr volume = valueOf.get(s.compartment());
                f = add(mul(volume, rule), mul(valueOf.get(id), rateOfSymbol(s.compartment())));
            } else {
                f = rule;
            }
        } else {
            f = speciesBalance(id);
        }
        derivativesInProgress.remove(i);
        derivatives[i] = f;
        return f;
    }

    private Expr speciesBalance(String speciesId) {
        Species s = model.species(speciesId).orElseThrow();
        Expr sum = Num.ZERO;
        for (Reaction r : model.reactions()) {
            Expr rate = valueOf.get(r.id());
            for (SpeciesReference ref : r.reactants()) {
                if (ref.species().equals(speciesId)) {
                    sum = add(sum, neg(mul(stoichiometry(ref), rate)));
                }
            }
            for (SpeciesReference ref : r.products()) {
                if (ref.species().equals(speciesId)) {
                    sum = add(sum, mul(stoichiometry(ref), rate));
                }
            }
        }
        String factor = s.conversionFactor() != null ? s.conversionFactor() : model.conversionFactor();
        return factor == null ? sum : mul(valueOf.get(factor), sum);
    }

    private Expr stoichiometry(SpeciesReference ref) {
        return ref.id() != null ? valueOf.get(ref.id()) : Expr.num(ref.stoichiometry());
    }

    /** d(symbol)/dt as an expression over slots. */
    private Expr rateOfSymbol(String id) {
        Expr value = valueOf.get(id);
        if (value == null) {
            throw new ModelException(Problem.UNKNOWN_SYMBOL, id, "rateOf of unknown symbol '" + id + "'");
        }
        return totalDerivative(value);
    }

    private Expr totalDerivative(Expr e) {
        return Differentiator.derivative(e, slot -> {
            switch (slot.kind()) {
                case TIME:
                    return Num.ONE;
                case STATE:
                    return derivative(slot.index());
                case TEMP:
                    return totalTempDerivative(slot.index());
                default:
                    return Num.ZERO; // parameters change only by events, not continuously
            }
        });
    }

    private Expr totalTempDerivative(int k) {
        Expr done = totalTempDerivatives.get(k);
        if (done != null) {
            return done;
        }
        if (!totalInProgress.add(k)) {
            throw new ModelException(Problem.RULE_CYCLE, tempNames.get(k),
                    "'" + tempNames.get(k) + "' depends on its own rate of change (rateOf cycle)");
        }
        Expr d = totalDerivative(tempExpr(k));
        totalInProgress.remove(k);
        totalTempDerivatives.put(k, d);
        return d;
    }

    // ---- ordering -----------------------------------------------------------------------------

    private List<Integer> topologicalTempOrder() {
        List<Integer> order = new ArrayList<>();
        int[] state = new int[tempNames.size()];
        for (int k = 0; k < tempNames.size(); k++) {
            visitTemp(k, state, order, new ArrayList<>());
        }
        return order;
    }

    private void visitTemp(int k, int[] state, List<Integer> order, List<String> path) {
        if (state[k] == 2) {
            return;
        }
        path.add(tempNames.get(k));
        if (state[k] == 1) {
            throw new ModelException(Problem.RULE_CYCLE, tempNames.get(k),
                    "values depend on each other in a cycle: " + String.join(" -> ", path));
        }
        state[k] = 1;
        for (Slot s : Exprs.slots(tempExprs.get(k))) {
            if (s.kind() == Slot.Kind.TEMP) {
                visitTemp(s.index(), state, order, path);
            }
        }
        state[k] = 2;
        path.remove(path.size() - 1);
        order.add(k);
    }

    // ---- initial values -----------------------------------------------------------------------

    private List<InitStatement> initialization(List<Integer> tempOrder) {
        Map<Slot, InitStatement> bySlot = new LinkedHashMap<>();
        for (SymbolInfo info : symbols.values()) {
            InitStatement st = initStatement(info);
            if (st != null) {
                bySlot.put(keyOf(st.target()), st);
            }
        }
        for (int k : tempOrder) {
            Slot slot = new Slot(Slot.Kind.TEMP, k, tempNames.get(k));
            bySlot.put(keyOf(slot), new InitStatement(tempNames.get(k), slot, tempExprs.get(k), null, null));
        }
        // order so that every statement runs after those whose targets it reads
        List<InitStatement> ordered = new ArrayList<>();
        Map<Slot, Integer> state = new HashMap<>();
        for (Slot key : bySlot.keySet()) {
            visitInit(key, bySlot, state, ordered, new ArrayList<>());
        }
        return ordered;
    }

    private static Slot keyOf(Slot s) {
        return new Slot(s.kind(), s.index(), "");
    }

    private void visitInit(Slot key, Map<Slot, InitStatement> bySlot, Map<Slot, Integer> state,
                           List<InitStatement> ordered, List<String> path) {
        InitStatement st = bySlot.get(key);
        if (st == null || Integer.valueOf(2).equals(state.get(key))) {
            return;
        }
        path.add(st.symbol());
        if (Integer.valueOf(1).equals(state.get(key))) {
            throw new ModelException(Problem.RULE_CYCLE, st.symbol(),
                    "initial values depend on each other in a cycle: " + String.join(" -> ", path));
        }
        state.put(key, 1);
        Set<Slot> reads = new HashSet<>(Exprs.slots(st.value()));
        if (st.scale() != null) {
            reads.addAll(Exprs.slots(st.scale()));
        }
        if (st.overrideScale() != null) {
            reads.addAll(Exprs.slots(st.overrideScale()));
        }
        for (Slot s : reads) {
            if (s.kind() != Slot.Kind.TIME) {
                visitInit(keyOf(s), bySlot, state, ordered, path);
            }
        }
        state.put(key, 2);
        path.remove(path.size() - 1);
        ordered.add(st);
    }

    private InitStatement initStatement(SymbolInfo info) {
        if (info.storage().kind() == Slot.Kind.TEMP || info.kind() == SymbolKind.LOCAL_PARAMETER) {
            return null;
        }
        String id = info.id();
        if (info.kind() == SymbolKind.SPECIES) {
            Species s = model.species(id).orElseThrow();
            Expr volume = info.concentration() ? valueOf.get(s.compartment()) : null;
            InitialAssignment ia = model.initialAssignmentFor(id).orElse(null);
            if (ia != null) {
                return new InitStatement(id, info.storage(), resolve(ia.math(), Map.of()), volume, volume);
            }
            if (!Double.isNaN(s.initialAmount())) {
                return new InitStatement(id, info.storage(), Expr.num(s.initialAmount()), null, volume);
            }
            if (!Double.isNaN(s.initialConcentration())) {
                // a concentration given for an amount species is still multiplied out to an amount
                Expr size = valueOf.get(s.compartment());
                return new InitStatement(id, info.storage(), Expr.num(s.initialConcentration()), size, volume);
            }
            throw new ModelException(Problem.INVALID, id, "species " + id + " has no initial value");
        }
        InitialAssignment ia = model.initialAssignmentFor(id).orElse(null);
        if (ia != null) {
            return new InitStatement(id, info.storage(), resolve(ia.math(), Map.of()), null, null);
        }
        if (info.storage().kind() == Slot.Kind.STATE) {
            double declared = declaredValue(info);
            if (Double.isNaN(declared)) {
                throw new ModelException(Problem.INVALID, id, info.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + " " + id + " has a rate rule but no initial value");
            }
            return new InitStatement(id, info.storage(), Expr.num(declared), null, null);
        }
        return null; // a parameter slot holding its declared value in the defaults
    }

    private double declaredValue(SymbolInfo info) {
        switch (info.kind()) {
            case COMPARTMENT:
                return model.compartment(info.id()).orElseThrow().size();
            case PARAMETER:
                return model.parameter(info.id()).orElseThrow().value();
            case STOICHIOMETRY:
                for (Reaction r : model.reactions()) {
                    for (SpeciesReference ref : concat(r.reactants(), r.products())) {
                        if (info.id().equals(ref.id())) {
                            return ref.stoichiometry();
                        }
                    }
                }
                return Double.NaN;
            default:
                return Double.NaN;
        }
    }

    // ---- events -------------------------------------------------------------------------------

    private List<LoweredEvent> lowerEvents() {
        List<LoweredEvent> out = new ArrayList<>();
        for (Event e : model.events()) {
            List<LoweredEvent.Assignment> assignments = new ArrayList<>();
            for (EventAssignment a : e.assignments()) {
                SymbolInfo info = symbols.get(a.variable());
                Expr scale = null;
                if (info.concentration()) {
                    scale = valueOf.get(model.species(a.variable()).orElseThrow().compartment());
                }
                assignments.add(new LoweredEvent.Assignment(a.variable(), info.storage(),
                        resolve(a.math(), Map.of()), scale));
            }
            out.add(new LoweredEvent(e.id(), resolve(e.trigger(), Map.of()),
                    e.delay() == null ? null : resolve(e.delay(), Map.of()),
                    e.priority() == null ? null : resolve(e.priority(), Map.of()),
                    e.initialValue(), e.persistent(), e.useValuesFromTriggerTime(), assignments));
        }
        return out;
    }

    private static void collectAtoms(Expr e, Map<String, Expr> atoms) {
        if (e instanceof Call c) {
            if (c.fn().kind() == Fn.Kind.RELATIONAL) {
                atoms.putIfAbsent(ExprPrinter.print(c), c);
                return;
            }
            for (Expr arg : c.args()) {
                collectAtoms(arg, atoms);
            }
        }
    }

    // ---- breakpoints --------------------------------------------------------------------------

    private List<Expr> breakpoints(List<LoweredEvent> events) {
        Map<String, Expr> found = new LinkedHashMap<>();
        for (LoweredEvent e : events) {
            collectBreakpoints(e.trigger(), found);
        }
        for (Expr t : tempExprs) {
            collectBreakpoints(t, found);
        }
        for (Expr f : derivatives) {
            collectBreakpoints(f, found);
        }
        return new ArrayList<>(found.values());
    }

    private void collectBreakpoints(Expr e, Map<String, Expr> found) {
        if (e instanceof Call c) {
            if (c.fn().kind() == Fn.Kind.RELATIONAL && c.args().size() == 2) {
                Expr other = null;
                if (isTime(c.arg(0))) {
                    other = c.arg(1);
                } else if (isTime(c.arg(1))) {
                    other = c.arg(0);
                }
                if (other != null) {
                    Expr inlined = inlineTemps(other);
                    if (Exprs.slots(inlined).stream().allMatch(s -> s.kind() == Slot.Kind.PARAM)) {
                        found.putIfAbsent(ExprPrinter.print(inlined), inlined);
                    }
                }
            }
            for (Expr arg : c.args()) {
                collectBreakpoints(arg, found);
            }
        }
    }

    private static boolean isTime(Expr e) {
        return e instanceof Slot s && s.kind() == Slot.Kind.TIME;
    }

    private Expr inlineTemps(Expr e) {
        return Exprs.transform(e, node -> node instanceof Slot s && s.kind() == Slot.Kind.TEMP
                ? inlineTemps(tempExprs.get(s.index())) : node);
    }
}
