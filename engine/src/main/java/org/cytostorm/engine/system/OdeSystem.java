package org.cytostorm.engine.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytostorm.engine.expr.Expr;

/**
 * A model lowered to an ODE system: the state vector, the parameter vector, and straight-line
 * programs for the right-hand side, its Jacobian and time derivative, the observable values and
 * the event triggers; plus how to compute initial values and what events do. Immutable and
 * thread-safe. Built by {@link Lowering}.
 */
public final class OdeSystem {

    private final String modelId;
    private final List<String> stateNames;
    private final List<String> parameterNames;
    private final double[] parameterDefaults;
    private final List<String> observableNames;
    private final Map<String, SymbolInfo> symbols;
    private final Program rhs;
    private final Program jacobian;
    private final Program timeDerivative;
    private final Program observe;
    private final Program triggers;
    private final Program derive;
    private final List<InitStatement> initialization;
    private final List<LoweredEvent> events;
    private final List<Expr> breakpoints;
    /** Each observable's position in the observe program's output, by name (made once: a run looks names up). */
    private final Map<String, Integer> observableIndex;
    /** The states the triggers program reads (made once: every run with events scans only these). */
    private final int[] triggerStatesRead;

    OdeSystem(String modelId, List<String> stateNames, List<String> parameterNames, double[] parameterDefaults,
              List<String> observableNames, Map<String, SymbolInfo> symbols, Program rhs, Program jacobian,
              Program timeDerivative, Program observe, Program triggers, Program derive,
              List<InitStatement> initialization,
              List<LoweredEvent> events, List<Expr> breakpoints) {
        this.modelId = modelId;
        this.stateNames = List.copyOf(stateNames);
        this.parameterNames = List.copyOf(parameterNames);
        this.parameterDefaults = parameterDefaults.clone();
        this.observableNames = List.copyOf(observableNames);
        this.symbols = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(symbols));
        this.rhs = rhs;
        this.jacobian = jacobian;
        this.timeDerivative = timeDerivative;
        this.observe = observe;
        this.triggers = triggers;
        this.derive = derive;
        this.initialization = List.copyOf(initialization);
        this.events = List.copyOf(events);
        this.breakpoints = List.copyOf(breakpoints);
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < this.observableNames.size(); i++) {
            index.putIfAbsent(this.observableNames.get(i), i);
        }
        this.observableIndex = Collections.unmodifiableMap(index);
        this.triggerStatesRead = triggers.statesRead();
    }

    public String modelId() {
        return modelId;
    }

    /** Number of state variables. */
    public int dimension() {
        return stateNames.size();
    }

    /** The symbol each state variable holds (species amounts, rate-rule variables). */
    public List<String> stateNames() {
        return stateNames;
    }

    /** The model's parameters, in parameter-slot order (the first {@link #parameterCount()} slots). */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** Number of model parameters; the parameter vector holds the derived constants after them. */
    public int parameterCount() {
        return parameterNames.size();
    }

    /**
     * A parameter vector of {@code parameterCount() + derive().outputSize()} slots: the defaults
     * (NaN where an initial assignment computes the value), then the derived constants, NaN until
     * {@link org.cytostorm.engine.eval.Kernels#derive} has filled them.
     */
    public double[] parameterDefaults() {
        double[] p = java.util.Arrays.copyOf(parameterDefaults, parameterDefaults.length + derive.outputSize());
        java.util.Arrays.fill(p, parameterDefaults.length, p.length, Double.NaN);
        return p;
    }

    /** The symbols the observe program writes, in its output order. */
    public List<String> observableNames() {
        return observableNames;
    }

    /** Each observable's position in {@link #observableNames()}, by name (read-only). */
    public Map<String, Integer> observableIndex() {
        return observableIndex;
    }

    public Map<String, SymbolInfo> symbols() {
        return symbols;
    }

    public Optional<SymbolInfo> symbol(String id) {
        return Optional.ofNullable(symbols.get(id));
    }

    /** f(t, y): outputs are the n derivatives. */
    public Program rhs() {
        return rhs;
    }

    /** ∂f/∂y row-major n×n. */
    public Program jacobian() {
        return jacobian;
    }

    /**
     * The Jacobian's structurally nonzero entries, as row-major positions {@code i*n + j} in ascending
     * order: those the Jacobian program writes (every other entry is zero at any point).
     */
    public int[] jacobianNonzeros() {
        return jacobian.statements().stream().filter(s -> s.target() == Statement.Target.OUT)
                .mapToInt(Statement::index).sorted().distinct().toArray();
    }

    /** ∂f/∂t. */
    public Program timeDerivative() {
        return timeDerivative;
    }

    /** True when f does not depend on time explicitly. */
    public boolean isAutonomous() {
        return timeDerivative.isZero();
    }

    /** The value of every observable symbol. */
    public Program observe() {
        return observe;
    }

    /**
     * Each event's trigger as 1 (true) or 0 (false), one output per event in event order, then
     * each distinct relational atom of the triggers (their comparisons on their own).
     */
    public Program triggers() {
        return triggers;
    }

    /** {@code triggers().statesRead()}, worked out once (a copy). */
    public int[] triggerStatesRead() {
        return triggerStatesRead.clone();
    }

    /**
     * The derived constants (parameter-only arithmetic moved out of the other programs), output k
     * going to parameter slot {@code parameterCount() + k}. Run it whenever parameters change.
     */
    public Program derive() {
        return derive;
    }

    public List<InitStatement> initialization() {
        return initialization;
    }

    public List<LoweredEvent> events() {
        return events;
    }

    /**
     * Expressions over parameters only that give times at which the model changes abruptly
     * ({@code time >= t_dose} in a trigger or a piecewise): the integrator stops exactly there.
     */
    public List<Expr> breakpoints() {
        return breakpoints;
    }

    /** Scratch space needed by any program: the largest temporary count. */
    public int workspaceSize() {
        int max = 0;
        for (Program p : programs()) {
            max = Math.max(max, p.tempCount());
        }
        for (InitStatement s : initialization) {
            if (s.target().kind() == org.cytostorm.engine.expr.Slot.Kind.TEMP) {
                max = Math.max(max, s.target().index() + 1);
            }
        }
        return max;
    }

    public List<Program> programs() {
        List<Program> all = new ArrayList<>();
        all.add(rhs);
        all.add(jacobian);
        all.add(timeDerivative);
        all.add(observe);
        all.add(triggers);
        all.add(derive);
        return all;
    }
}
