package org.cytostorm.engine.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.eval.ExpressionEvaluator;
import org.cytostorm.engine.eval.InterpretedKernels;
import org.cytostorm.engine.eval.Kernels;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Slot;
import org.cytostorm.engine.system.InitStatement;
import org.cytostorm.engine.system.LoweredEvent;
import org.cytostorm.engine.system.OdeSystem;

/**
 * One run: computes initial values, integrates segment by segment between discontinuities,
 * samples the requested output times from the dense output, and executes events with SBML Level 3
 * semantics (trigger transitions located to a tolerance, delays, priorities, persistence, values
 * from trigger time). Owns all mutable state of the run; used by one thread, once.
 */
final class Integration implements StepObserver {

    /** Events at one instant beyond this count are taken as an endless loop. */
    private static final int MAX_EVENTS_PER_INSTANT = 10_000;
    /** Interior points of each step at which triggers are examined (models with events only). */
    private static final int TRIGGER_SAMPLES = 8;
    /** DOPRI853 checks for stiffness every this many steps (AUTO only). */
    private static final int STIFFNESS_CHECK_INTERVAL = 25;

    private final OdeProblem problem;
    private final OdeSystem system;
    private final Kernels kernels;
    private final SolverOptions options;
    private final int n;
    private final double[] p;
    private final double[] w;
    private final double[] scratchObservables;
    private final double[] scratchDerived;
    private final Counters counters = new Counters();

    // outputs
    private final double[] times;
    private final int[] columnSource;
    private final double[][] columns;
    private int row;
    private final double[] yOut;

    // events
    private final List<LoweredEvent> events;
    private final double[] triggerNow;
    private final double[] triggerProbe;
    /** Each trigger's value before the current step, then each relational atom's. */
    private final boolean[] previous;
    private final List<Pending> pending = new ArrayList<>();
    private long sequence;
    private final double[] yEvent;
    private double eventTime;
    private boolean eventFound;

    // the current point and segment
    private double t;
    private final double[] y;
    private final double tEnd;
    private double[] breakpoints = new double[0];
    private Advancer advancer;
    private final BoundFunction function;
    private String methodUsed;
    private boolean autoSwitch;
    private int stiffChecks;
    private int stiffStrikes;
    private boolean switchRequested;
    private final double[] jacobianScratch;
    private boolean maxStepsHit;

    // changes from outside the model: scheduled interventions and a supervisor's checks
    private final InterventionQueue interventions;
    private final Supervisor supervisor;
    private double nextCheck = Double.POSITIVE_INFINITY;
    /** Interventions a check within a step answered with, applied at the stop it caused. */
    private List<Intervention> fromCheck;
    private Map<String, Integer> observableIndex;

    /** An event that fired and waits for its execution time. */
    private record Pending(int event, double time, double[] values, long sequence) {
    }

    Integration(OdeProblem problem, Supervisor supervisor) {
        this.problem = problem;
        this.supervisor = supervisor;
        this.interventions = new InterventionQueue(problem);
        CompiledModel model = problem.model();
        this.system = model.system();
        this.kernels = model.kernels();
        this.options = problem.options();
        this.n = system.dimension();
        this.p = system.parameterDefaults();
        this.w = new double[Math.max(1, system.workspaceSize())];
        this.scratchObservables = new double[system.observableNames().size()];
        this.scratchDerived = new double[system.derive().outputSize()];
        this.times = problem.outputTimes();
        List<String> outputs = problem.outputs();
        this.columnSource = new int[outputs.size()];
        for (int c = 0; c < outputs.size(); c++) {
            columnSource[c] = system.observableNames().indexOf(outputs.get(c));
        }
        this.columns = new double[outputs.size()][times.length];
        this.yOut = new double[n];
        this.events = system.events();
        int watched = system.triggers().outputSize();
        this.triggerNow = new double[watched];
        this.triggerProbe = new double[watched];
        this.previous = new boolean[watched];
        this.yEvent = new double[n];
        this.y = new double[n];
        this.tEnd = problem.endTime();
        this.function = new BoundFunction(kernels, p, w, n, system.isAutonomous());
        this.jacobianScratch = new double[n * n];
    }

    Solution run() {
        t = problem.startTime();
        String initFailure = initialize();
        if (initFailure != null) {
            return result(ReturnCode.NON_FINITE, initFailure);
        }
        for (int e = 0; e < events.size(); e++) {
            previous[e] = events.get(e).initialValue();
        }
        if (supervisor != null) {
            nextCheck = t;
        }
        if (!processEvents() || !intervene()) {
            return eventLoop();
        }
        updateBreakpoints();
        emitOutputsThrough(t);
        chooseMethod();
        double tStop = startSegment();
        while (t < tEnd) {
            eventFound = false;
            switchRequested = false;
            Advancer.Outcome outcome = advancer.advance(tStop, this);
            if (maxStepsHit) {
                t = advancer.time();
                return result(ReturnCode.MAX_STEPS, "the maximum of " + options.maxSteps()
                        + " steps was reached at t = " + fmt(t) + " before the end time " + fmt(tEnd)
                        + "; raise the limit or loosen the tolerances");
            }
            if (outcome == Advancer.Outcome.FAILED) {
                if (!autoSwitch || advancer.failure().code() != ReturnCode.NON_FINITE) {
                    return failure();
                }
                // AUTO: an explicit method gives up on a NaN in a trial stage (a discontinuous rate
                // probed beyond its domain); a Rosenbrock method retries smaller steps instead
                t = advancer.time();
                System.arraycopy(advancer.state(), 0, y, 0, n);
                useStiffSolver();
                tStop = startSegment();
                continue;
            }
            if (eventFound) {
                t = eventTime;
                System.arraycopy(yEvent, 0, y, 0, n);
            } else {
                t = advancer.time();
                System.arraycopy(advancer.state(), 0, y, 0, n);
            }
            if (switchRequested) {
                useStiffSolver();
            }
            if (!processEvents() || !intervene()) {
                return eventLoop();
            }
            updateBreakpoints();
            emitOutputsThrough(t);
            tStop = startSegment();
        }
        return result(ReturnCode.SUCCESS, "");
    }

    /**
     * Starts the segment from the current point to the next stop (a breakpoint, a delayed event
     * or the end) and returns the stop time.
     */
    private double startSegment() {
        double tStop = nextStop();
        function.window(isBreakpoint(t) ? Math.nextUp(t) : Double.NEGATIVE_INFINITY,
                isBreakpoint(tStop) ? Math.nextDown(tStop) : Double.POSITIVE_INFINITY);
        if (t < tEnd) {
            advancer.restart(t, y);
        }
        return tStop;
    }

    // ---- initial values -----------------------------------------------------------------------

    /** Computes p and y at the start; returns a message when a value is not finite. */
    private String initialize() {
        Map<String, Double> overrides = problem.overrides();
        for (Map.Entry<String, Double> o : overrides.entrySet()) {
            Slot s = system.symbol(o.getKey()).orElseThrow().storage();
            if (s.kind() == Slot.Kind.PARAM) {
                p[s.index()] = o.getValue();
            }
        }
        for (InitStatement st : system.initialization()) {
            double v;
            Double override = overrides.get(st.symbol());
            if (override != null && st.target().kind() != Slot.Kind.TEMP) {
                v = override;
                if (st.overrideScale() != null) {
                    v *= eval(st.overrideScale());
                }
            } else {
                v = eval(st.value());
                if (st.scale() != null) {
                    v *= eval(st.scale());
                }
            }
            write(st.target(), v);
        }
        updateDerived();
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                return "the initial value of " + system.stateNames().get(i) + " is " + y[i];
            }
        }
        return null;
    }

    /** Keeps the derived constants in step with the parameters (after initial values and events). */
    private void updateDerived() {
        Kernels.updateDerived(kernels, system, p, w, scratchDerived);
    }

    private double eval(Expr e) {
        return ExpressionEvaluator.eval(e, t, y, p, w);
    }

    private void write(Slot target, double v) {
        switch (target.kind()) {
            case STATE:
                y[target.index()] = v;
                break;
            case PARAM:
                p[target.index()] = v;
                break;
            case TEMP:
                w[target.index()] = v;
                break;
            default:
                throw new IllegalStateException("cannot assign " + target);
        }
    }

    // ---- method choice ------------------------------------------------------------------------

    private void chooseMethod() {
        if (n == 0) {
            advancer = new StatelessAdvancer(counters, tEnd - t);
            methodUsed = advancer.name();
            return;
        }
        Method m = options.method();
        if (m == Method.AUTO) {
            autoSwitch = true;
            m = looksStiff() ? Method.RODAS5P : Method.DOPRI853;
            if (m == Method.RODAS5P) {
                autoSwitch = false;
            }
        }
        advancer = create(m);
        methodUsed = advancer.name();
    }

    /**
     * A run looks stiff when the Jacobian's largest row sum at the start (a bound on its spectral
     * radius) times the run's span is far beyond what an explicit method's stability region covers
     * in a reasonable number of steps.
     */
    private boolean looksStiff() {
        if (n == 0) {
            return false;
        }
        function.jacobian(t, y, jacobianScratch);
        return jacobianNorm() * (tEnd - t) > 500.0;
    }

    private double jacobianNorm() {
        double max = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += Math.abs(jacobianScratch[i * n + j]);
            }
            max = Math.max(max, row);
        }
        return max;
    }

    private Advancer create(Method m) {
        switch (m) {
            case DOPRI853:
                return new HipparchusAdvancer(function, counters, options, tEnd - t);
            case RODAS4:
                return new StepperAdvancer(Steppers.rodas4(function, options, counters), "RODAS4", tEnd,
                        options.initialStepSize());
            default:
                return new StepperAdvancer(Steppers.rodas5p(function, options, counters), "RODAS5P", tEnd,
                        options.initialStepSize());
        }
    }

    private void useStiffSolver() {
        advancer = create(Method.RODAS5P);
        methodUsed = methodUsed + " then RODAS5P";
        autoSwitch = false;
    }

    // ---- per step -----------------------------------------------------------------------------

    @Override
    public boolean onStep(DenseStep step, double[] endState) {
        if (counters.steps >= options.maxSteps()) {
            maxStepsHit = true;
            return true;
        }
        double t1 = step.endTime();
        boolean stop = !events.isEmpty() && triggerChanges(step, endState);
        if (supervisor != null && nextCheck <= (stop ? eventTime : t1) && superviseWithin(step, endState, stop ? eventTime : t1)) {
            stop = true;
        }
        if (stop) {
            emitOutputsBefore(step, eventTime);
            eventFound = true;
            return true;
        }
        emitOutputsBefore(step, t1);
        if (autoSwitch && ++stiffChecks % STIFFNESS_CHECK_INTERVAL == 0 && stiffnessLimited(step, endState)) {
            switchRequested = true;
            return true;
        }
        return false;
    }

    /**
     * Lets the supervisor look at each of its check times within the step, up to {@code limit},
     * on the dense output. A check that answers with nothing costs no stop; the first that answers
     * with interventions ends the step there: its time and state go to {@link #eventTime} and
     * {@link #yEvent} and its interventions wait in {@link #fromCheck}. Returns true then.
     */
    private boolean superviseWithin(DenseStep step, double[] endState, double limit) {
        while (nextCheck <= limit) {
            double tc = nextCheck;
            if (tc == step.endTime()) {
                System.arraycopy(endState, 0, yOut, 0, n);
            } else {
                step.interpolate(tc, yOut);
            }
            kernels.observe(tc, yOut, p, w, scratchObservables);
            List<Intervention> answer = supervisor.check(tc, observation());
            scheduleNextCheck(tc);
            if (!answer.isEmpty()) {
                fromCheck = answer;
                eventTime = tc;
                System.arraycopy(yOut, 0, yEvent, 0, n);
                return true;
            }
        }
        return false;
    }

    /**
     * True when some event's trigger differs, somewhere in the step, from its value before it; then
     * {@link #eventTime} and {@link #yEvent} hold the earliest such point.
     *
     * <p>What is watched is every trigger and every relational atom in them: a conjunction such as
     * {@code S > 0.18 && S < 0.19} may be true only within a window inside a long step, but each of
     * its atoms changes once. The watched values are examined at {@link #TRIGGER_SAMPLES} interior
     * points of the dense output and at the step's end; the earliest change is located by
     * bisection; if only atoms changed there, the scan goes on from that point through the rest of
     * the step.
     */
    private boolean triggerChanges(DenseStep step, double[] endState) {
        double t0 = step.startTime();
        double t1 = step.endTime();
        double lo = t0;
        while (true) {
            double hi = Double.NaN;
            for (int k = 1; k <= TRIGGER_SAMPLES + 1; k++) {
                double tk = k > TRIGGER_SAMPLES ? t1 : t0 + (t1 - t0) * k / (TRIGGER_SAMPLES + 1);
                if (tk <= lo) {
                    continue;
                }
                if (tk == t1) {
                    System.arraycopy(endState, 0, yOut, 0, n);
                } else {
                    step.interpolate(tk, yOut);
                }
                kernels.triggers(tk, yOut, p, w, triggerProbe);
                if (triggersDiffer(triggerProbe)) {
                    System.arraycopy(yOut, 0, yEvent, 0, n);
                    hi = tk;
                    break;
                }
                lo = tk;
            }
            if (Double.isNaN(hi)) {
                return false;
            }
            locateTriggerChange(step, lo, hi);
            kernels.triggers(eventTime, yEvent, p, w, triggerNow);
            if (eventTriggersDiffer(triggerNow)) {
                return true;
            }
            // only atoms changed: note their new values and scan on from here
            for (int k = events.size(); k < previous.length; k++) {
                previous[k] = triggerNow[k] != 0.0;
            }
            lo = eventTime;
        }
    }

    private boolean eventTriggersDiffer(double[] values) {
        for (int e = 0; e < events.size(); e++) {
            if ((values[e] != 0.0) != previous[e]) {
                return true;
            }
        }
        return false;
    }

    private boolean triggersDiffer(double[] values) {
        for (int e = 0; e < values.length; e++) {
            if ((values[e] != 0.0) != previous[e]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Bisection on the dense output between {@code lo}, where every trigger still has its value from
     * before the step, and {@code hi}, where some trigger differs (its state already in
     * {@link #yEvent}), to a tolerance of a few ulps of time. Leaves the earliest such time in
     * {@link #eventTime} and the state there in {@link #yEvent}.
     */
    private void locateTriggerChange(DenseStep step, double lo, double hi) {
        double tol = 4 * Math.ulp(Math.max(Math.abs(lo), Math.abs(hi))) + 1e-13 * (step.endTime() - step.startTime());
        while (hi - lo > tol) {
            double mid = lo + 0.5 * (hi - lo);
            if (mid <= lo || mid >= hi) {
                break;
            }
            step.interpolate(mid, yOut);
            kernels.triggers(mid, yOut, p, w, triggerProbe);
            if (triggersDiffer(triggerProbe)) {
                hi = mid;
                System.arraycopy(yOut, 0, yEvent, 0, n);
            } else {
                lo = mid;
            }
        }
        eventTime = hi;
    }

    /** True when DOPRI853's steps are bounded by stability (|h| times the Jacobian's norm beyond ~3.3). */
    private boolean stiffnessLimited(DenseStep step, double[] endState) {
        function.jacobian(step.endTime(), endState, jacobianScratch);
        double h = step.endTime() - step.startTime();
        if (h * jacobianNorm() > 3.3) {
            stiffStrikes++;
        } else {
            stiffStrikes = 0;
        }
        return stiffStrikes >= 3;
    }

    // ---- outputs ------------------------------------------------------------------------------

    /** Records output times strictly before {@code limit} from the step's dense output. */
    private void emitOutputsBefore(DenseStep step, double limit) {
        while (row < times.length && times[row] < limit) {
            step.interpolate(times[row], yOut);
            record(times[row], yOut);
        }
    }

    /** Records output times up to and including {@code limit} from the current state (after events there). */
    private void emitOutputsThrough(double limit) {
        while (row < times.length && times[row] <= limit) {
            record(times[row], y);
        }
    }

    private void record(double time, double[] state) {
        kernels.observe(time, state, p, w, scratchObservables);
        for (int c = 0; c < columns.length; c++) {
            columns[c][row] = scratchObservables[columnSource[c]];
        }
        row++;
    }

    // ---- stops: breakpoints and delayed events -----------------------------------------------

    private double nextStop() {
        double stop = tEnd;
        for (double b : breakpoints) {
            if (b > t) {
                stop = Math.min(stop, b);
                break;
            }
        }
        for (Pending pe : pending) {
            if (pe.time() > t) {
                stop = Math.min(stop, pe.time());
            }
        }
        // checks are not stops: they are made on the dense output (onStep) unless one falls here
        return Math.min(stop, interventions.nextTime());
    }

    /** Breakpoints passed stay listed until the next update, so the segment after one still sees it. */
    private boolean isBreakpoint(double time) {
        return Arrays.binarySearch(breakpoints, time) >= 0;
    }

    private void updateBreakpoints() {
        List<Expr> exprs = system.breakpoints();
        if (exprs.isEmpty()) {
            return;
        }
        double[] values = new double[exprs.size()];
        int k = 0;
        for (Expr e : exprs) {
            double v = eval(e);
            if (Double.isFinite(v) && v >= t && v < tEnd) {
                values[k++] = v;
            }
        }
        breakpoints = Arrays.copyOf(values, k);
        Arrays.sort(breakpoints);
    }

    // ---- interventions and the supervisor ------------------------------------------------------

    /**
     * Applies the interventions due now (with those a check within the last step answered with),
     * then lets the supervisor look if a check falls exactly here (its answers due now are applied
     * at once), and lets the model's events respond to the changes.
     * Returns false if events loop endlessly.
     */
    private boolean intervene() {
        if (fromCheck != null) {
            fromCheck.forEach(interventions::add);
            fromCheck = null;
        }
        boolean changed = interventions.applyDue(t, y, p);
        if (changed) {
            updateDerived();
        }
        if (supervisor != null && t >= nextCheck) {
            kernels.observe(t, y, p, w, scratchObservables);
            for (Intervention i : supervisor.check(t, observation())) {
                interventions.add(i);
            }
            if (interventions.applyDue(t, y, p)) {
                updateDerived();
                changed = true;
            }
            scheduleNextCheck(t);
        }
        return !changed || processEvents();
    }

    private void scheduleNextCheck(double after) {
        double next = supervisor.nextCheck(after);
        if (!(next > after)) {
            throw new IllegalStateException("the supervisor's next check (" + next + ") must come after " + after);
        }
        nextCheck = next;
    }

    /** A view of the observables just computed; valid during the supervisor's check only. */
    private Supervisor.Observation observation() {
        if (observableIndex == null) {
            observableIndex = new HashMap<>();
            List<String> names = system.observableNames();
            for (int i = 0; i < names.size(); i++) {
                observableIndex.put(names.get(i), i);
            }
        }
        return new Supervisor.Observation() {
            @Override
            public double value(String name) {
                Integer i = observableIndex.get(name);
                if (i == null) {
                    throw new IllegalArgumentException("the model has no variable '" + name + "'");
                }
                return scratchObservables[i];
            }

            @Override
            public boolean has(String name) {
                return observableIndex.containsKey(name);
            }
        };
    }

    // ---- events -------------------------------------------------------------------------------

    /**
     * Handles everything that happens at the current instant: trigger transitions fire events
     * (scheduling them after their delay), triggers turning false cancel non-persistent pending
     * executions, and due executions run one at a time in priority order, re-examining triggers
     * after each. Returns false if events loop endlessly.
     */
    private boolean processEvents() {
        if (events.isEmpty()) {
            return true;
        }
        for (int guard = 0; guard < MAX_EVENTS_PER_INSTANT; guard++) {
            refreshIntermediates();
            kernels.triggers(t, y, p, w, triggerNow);
            for (int e = 0; e < events.size(); e++) {
                boolean now = triggerNow[e] != 0.0;
                if (now && !previous[e]) {
                    fire(e);
                } else if (!now && previous[e] && !events.get(e).persistent()) {
                    final int cancelled = e;
                    pending.removeIf(pe -> pe.event() == cancelled);
                }
                previous[e] = now;
            }
            for (int k = events.size(); k < previous.length; k++) {
                previous[k] = triggerNow[k] != 0.0;
            }
            Pending next = nextDue();
            if (next == null) {
                return true;
            }
            pending.remove(next);
            execute(next);
        }
        return false;
    }

    private void fire(int e) {
        LoweredEvent event = events.get(e);
        refreshIntermediates();
        double delay = event.delay() == null ? 0.0 : eval(event.delay());
        double[] values = event.useValuesFromTriggerTime() ? assignmentValues(event) : null;
        pending.add(new Pending(e, t + delay, values, sequence++));
    }

    /** The due execution of highest priority; ties go to the earliest fired, then document order. */
    private Pending nextDue() {
        Pending best = null;
        double bestPriority = 0;
        for (Pending pe : pending) {
            if (pe.time() > t) {
                continue;
            }
            LoweredEvent ev = events.get(pe.event());
            double priority = ev.priority() == null ? Double.NEGATIVE_INFINITY : eval(ev.priority());
            if (Double.isNaN(priority)) {
                priority = Double.NEGATIVE_INFINITY;
            }
            if (best == null || priority > bestPriority) {
                best = pe;
                bestPriority = priority;
            }
        }
        return best;
    }

    private double[] assignmentValues(LoweredEvent event) {
        double[] values = new double[event.assignments().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = eval(event.assignments().get(i).value());
        }
        return values;
    }

    private void execute(Pending pe) {
        LoweredEvent event = events.get(pe.event());
        refreshIntermediates();
        double[] values = pe.values() != null ? pe.values() : assignmentValues(event);
        double[] scales = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            Expr scale = event.assignments().get(i).scale();
            scales[i] = scale == null ? 1.0 : eval(scale);
        }
        for (int i = 0; i < values.length; i++) {
            write(event.assignments().get(i).target(), values[i] * scales[i]);
        }
        updateDerived();
        counters.events++;
    }

    /** Fills the workspace with every intermediate (rules, rates) at the current point for the evaluator. */
    private void refreshIntermediates() {
        InterpretedKernels.run(system.observe(), t, y, p, w, scratchObservables);
    }

    // ---- results ------------------------------------------------------------------------------

    private Solution failure() {
        Advancer.Failure f = advancer.failure();
        ReturnCode code = f.code();
        double at = f.time();
        t = at;
        int component = f.component();
        String what;
        if (code == ReturnCode.NON_FINITE) {
            String variable = component >= 0 ? system.stateNames().get(component) : "a variable";
            what = "the rate of change of " + variable + " became NaN or infinite at t = " + fmt(at);
        } else {
            System.arraycopy(advancer.state(), 0, y, 0, n);
            what = "the step size fell below what double precision resolves at t = " + fmt(at)
                    + fastestVariable() + "; the solution may blow up there, or the model is discontinuous";
        }
        return result(code, what);
    }

    /**
     * The variable changing fastest relative to its tolerance at the current point: the one that
     * forces the step size down.
     */
    private String fastestVariable() {
        if (n == 0) {
            return "";
        }
        double[] f = new double[n];
        function.derivatives(advancer.time(), y, f);
        int worst = -1;
        double worstRate = -1;
        for (int i = 0; i < n; i++) {
            double rate = Math.abs(f[i]) / (options.absoluteTolerance() + options.relativeTolerance() * Math.abs(y[i]));
            if (!(rate <= worstRate)) {
                worst = i;
                worstRate = rate;
            }
        }
        return " (fastest-changing variable: " + system.stateNames().get(worst) + " = " + fmt(y[worst])
                + ", d/dt = " + fmt(f[worst]) + ")";
    }

    private Solution eventLoop() {
        return result(ReturnCode.EVENT_LOOP, "events kept firing at t = " + fmt(t) + " without time advancing");
    }

    private Solution result(ReturnCode code, String message) {
        return new Solution(times, problem.outputs(), columns, row, counters.snapshot(), code, message, t,
                methodUsed == null ? "none" : methodUsed);
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.6g", v);
    }
}
