package org.cytostorm.engine.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.expr.Slot;
import org.cytostorm.engine.system.SymbolInfo;
import org.cytostorm.engine.system.SymbolKind;

/**
 * One run's specification: a compiled model with parameter overrides and initial values, the time
 * span, the output times and columns, and the solver options. Immutable: every {@code with}
 * returns a changed copy, so variants (patients, trial arms) share the compiled model and cost
 * nothing to make. {@link #solve()} runs it.
 */
public final class OdeProblem {

    /** The most output times of one run (docs/reliability.md). */
    public static final int MAX_OUTPUT_TIMES = 1_000_000;
    /** The most output values (times × variables) of one run: 800 MB of doubles. */
    public static final long MAX_OUTPUT_VALUES = 100_000_000L;
    /** The shortest run relative to the magnitude of its times that double precision resolves. */
    public static final double MIN_RELATIVE_SPAN = 1e-9;

    private final CompiledModel model;
    private final Map<String, Double> overrides;
    private final double startTime;
    private final double endTime;
    private final double[] outputTimes;
    private final List<String> outputs;
    private final SolverOptions options;
    private final List<Intervention> interventions;

    private OdeProblem(CompiledModel model, Map<String, Double> overrides, double startTime, double endTime,
                       double[] outputTimes, List<String> outputs, SolverOptions options,
                       List<Intervention> interventions) {
        this.model = model;
        this.overrides = overrides;
        this.startTime = startTime;
        this.endTime = endTime;
        this.outputTimes = outputTimes;
        this.outputs = outputs;
        this.options = options;
        this.interventions = interventions;
    }

    public static OdeProblem of(CompiledModel model) {
        return new OdeProblem(model, Map.of(), 0.0, 1.0, new double[] {0.0, 1.0}, model.defaultOutputs(),
                SolverOptions.DEFAULTS, List.of());
    }

    public CompiledModel model() {
        return model;
    }

    /** Overrides by symbol, in the symbol's own units (a concentration species as a concentration). */
    public Map<String, Double> overrides() {
        return overrides;
    }

    public double startTime() {
        return startTime;
    }

    public double endTime() {
        return endTime;
    }

    public double[] outputTimes() {
        return outputTimes.clone();
    }

    public List<String> outputs() {
        return outputs;
    }

    public SolverOptions options() {
        return options;
    }

    /**
     * Sets a parameter's value, a compartment's size or a species' initial value for this run
     * (replacing any initial assignment of it).
     *
     * @throws IllegalArgumentException for an unknown name or a variable defined by an assignment
     *                                  rule or kinetic law
     */
    public OdeProblem with(String name, double value) {
        return with(Map.of(name, value));
    }

    /**
     * Several overrides at once, as {@link #with(String, double)} one after the other (a later value
     * of a name replaces an earlier one in place), copying the overrides once: a virtual patient
     * sets a few hundred parameters, and a copy per value made that quadratic.
     */
    public OdeProblem with(Map<String, Double> values) {
        Map<String, Double> copy = new LinkedHashMap<>(overrides);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            check(e.getKey(), e.getValue());
            copy.put(e.getKey(), e.getValue());
        }
        return new OdeProblem(model, Collections.unmodifiableMap(copy), startTime, endTime, outputTimes, outputs,
                options, interventions);
    }

    private void check(String name, double value) {
        SymbolInfo info = model.system().symbol(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown parameter, compartment or species '" + name + "'" + suggestion(name)));
        if (info.ruleDefined()) {
            String why = info.kind() == SymbolKind.REACTION ? "a reaction (its rate is computed)"
                    : "defined by an assignment rule";
            throw new IllegalArgumentException("'" + name + "' is " + why + " and cannot be set");
        }
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("value of '" + name + "' must be a number, not NaN");
        }
    }

    private String suggestion(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : model.system().symbols().keySet()) {
            int d = editDistance(name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? "; did you mean '" + best + "'?" : "";
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }

    /**
     * Runs from {@code start} to {@code end}, reporting at the given times.
     *
     * @throws IllegalArgumentException if end is not after start, or an output time is outside
     *                                  [start, end] or out of order
     */
    public OdeProblem withTimes(double start, double end, double[] times) {
        if (!Double.isFinite(start) || !Double.isFinite(end) || !(end >= start)) {
            throw new IllegalArgumentException("the run must end at or after it starts (start " + start
                    + ", end " + end + ")");
        }
        if (end > start && end - start < MIN_RELATIVE_SPAN * Math.max(Math.abs(start), Math.abs(end))) {
            throw new IllegalArgumentException("the run from " + start + " to " + end + " is shorter than "
                    + MIN_RELATIVE_SPAN + " of its times, too short to resolve in double precision; move the time origin"
                    + " closer to the run");
        }
        if (times.length > MAX_OUTPUT_TIMES) {
            throw new IllegalArgumentException(times.length + " output times requested, more than the limit of "
                    + MAX_OUTPUT_TIMES);
        }
        double[] copy = times.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!(copy[i] >= start && copy[i] <= end)) {
                throw new IllegalArgumentException("output time " + copy[i] + " is outside the run [" + start
                        + ", " + end + "]");
            }
            if (i > 0 && copy[i] < copy[i - 1]) {
                throw new IllegalArgumentException("output times must not decrease (" + copy[i - 1] + " then "
                        + copy[i] + ")");
            }
        }
        return new OdeProblem(model, overrides, start, end, copy, outputs, options, interventions);
    }

    /** Runs from start to end with {@code points} equally spaced output times including both ends. */
    public OdeProblem withUniformTimes(double start, double end, int points) {
        if (points < 1) {
            throw new IllegalArgumentException("at least one output point is needed, not " + points);
        }
        if (points > MAX_OUTPUT_TIMES) {
            throw new IllegalArgumentException(points + " output times requested, more than the limit of "
                    + MAX_OUTPUT_TIMES);
        }
        double[] times = new double[points];
        for (int i = 0; i < points; i++) {
            times[i] = points == 1 ? end : start + (end - start) * i / (points - 1);
        }
        if (points > 1) {
            times[points - 1] = end;
        }
        return withTimes(start, end, times);
    }

    /** Chooses the columns of the solution (any species, compartment, parameter, reaction or rule variable). */
    public OdeProblem withOutputs(List<String> names) {
        List<String> checked = new ArrayList<>();
        java.util.Map<String, Integer> observables = model.system().observableIndex();
        for (String name : names) {
            if (!observables.containsKey(name)) {
                throw new IllegalArgumentException("cannot output unknown symbol '" + name + "'" + suggestion(name));
            }
            checked.add(name);
        }
        return new OdeProblem(model, overrides, startTime, endTime, outputTimes, List.copyOf(checked), options,
                interventions);
    }

    public OdeProblem withOptions(SolverOptions newOptions) {
        return new OdeProblem(model, overrides, startTime, endTime, outputTimes, outputs,
                Objects.requireNonNull(newOptions, "options"), interventions);
    }

    /** Scheduled changes (doses, infusions, switches) in the order given; see {@link Intervention}. */
    public List<Intervention> interventions() {
        return interventions;
    }

    /**
     * Adds scheduled changes to the run; changes at the same time apply in the order given.
     *
     * @throws IllegalArgumentException for a target that is unknown, defined by a rule, or a species
     *                                  given as a concentration
     */
    public OdeProblem withInterventions(List<Intervention> more) {
        List<Intervention> all = new ArrayList<>(interventions);
        for (Intervention i : more) {
            checkTarget(i.target());
            all.add(i);
        }
        return new OdeProblem(model, overrides, startTime, endTime, outputTimes, outputs, options, List.copyOf(all));
    }

    /** Throws unless {@code name} can be changed by an intervention. */
    void checkTarget(String name) {
        SymbolInfo info = model.system().symbol(name).orElseThrow(() -> new IllegalArgumentException(
                "cannot change unknown variable '" + name + "'" + suggestion(name)));
        if (info.ruleDefined()) {
            throw new IllegalArgumentException("'" + name + "' is defined by a rule and cannot be changed by a dose or switch");
        }
        if (info.concentration()) {
            throw new IllegalArgumentException("'" + name + "' is a species given as a concentration; dose into an amount");
        }
        if (info.storage().kind() != Slot.Kind.STATE && info.storage().kind() != Slot.Kind.PARAM) {
            throw new IllegalArgumentException("'" + name + "' cannot be changed during a run");
        }
    }

    /** Integrates. Never throws for a numerical failure: the solution says how the run ended. */
    public Solution solve() {
        return solve(Observers.none());
    }

    /**
     * Integrates under a supervisor that checks the run at times of its choosing and answers with
     * interventions. Give each run a fresh supervisor: it usually keeps state. The same as
     * {@code solve(Observers.none().withSupervisor(supervisor))}.
     *
     * @throws IllegalArgumentException if the supervisor asks to change a variable that cannot be changed
     */
    public Solution solve(Supervisor supervisor) {
        return solve(Observers.none().withSupervisor(supervisor));
    }

    /**
     * Integrates with observers: step and output handlers, event detectors with their handlers and
     * a supervisor, called as the run goes (see {@link Observers}). A handler answering
     * {@link org.cytostorm.engine.solve.observe.Action#STOP} ends the run there with
     * {@link ReturnCode#TERMINATED}. Never throws for a numerical failure; an exception thrown by a
     * handler or detector ends the run and propagates.
     *
     * @throws IllegalArgumentException if the supervisor asks to change a variable that cannot be
     *                                  changed, or a detector reads a variable the model does not have
     */
    public Solution solve(Observers observers) {
        long values = (long) outputTimes.length * outputs.size();
        if (values > MAX_OUTPUT_VALUES) {
            throw new IllegalArgumentException(outputTimes.length + " output times of " + outputs.size() + " variables are "
                    + values + " values, more than the limit of " + MAX_OUTPUT_VALUES + "; ask for fewer times or"
                    + " variables");
        }
        return new Integration(this, Objects.requireNonNull(observers, "observers")).run();
    }
}
