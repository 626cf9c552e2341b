package org.cytostorm.engine.solve;

/**
 * One run: the loop that drives the parts of a run in order. It computes the initial point, then
 * integrates segment by segment between the run's stops (breakpoints, delayed event executions,
 * interventions, the end), and after each accepted step lets the parts look inside it on the dense
 * output: {@link TriggerLocator} for the model's event triggers, {@link UserEvents} for the caller's
 * event detectors and {@link Supervision} for the supervisor's checks, any of which may cut the
 * step short; {@link OutputSampler} records the rows before the cut; the step handlers see the
 * step up to it ({@link ObservedStep}); {@link MethodSelector} may switch AUTO to a stiff method.
 * Wherever the run stops, the caller's event handlers are called at the crossing,
 * {@link EventScheduler} executes the model's events and {@link Supervision} applies the changes
 * from outside, and the integrator restarts from there. A handler answering STOP ends the run.
 *
 * <p>Without observers the run takes exactly the path it took before they existed: the parts that
 * serve them are absent and cost a null check per step. Owns all mutable state of the run (through
 * {@link RunState}); used by one thread, once.
 */
final class Integration implements StepObserver {

    private static final String EVENT_HANDLER = "an event handler";
    private static final String STEP_HANDLER = "a step handler";
    private static final String OUTPUT_HANDLER = "an output handler";

    private final RunState run;
    private final SolverOptions options;
    private final Counters counters = new Counters();
    private final double tEnd;
    private final BoundFunction function;
    private final EventScheduler events;
    /** Where a model event's trigger changes in a step, or null for a model without events. */
    private final TriggerLocator triggers;
    private final Supervision supervision;
    private final OutputSampler outputs;
    private final Breakpoints breakpoints;
    private final MethodSelector methods;
    private final StepCut cut;
    /** The caller's event detectors, or null. */
    private final UserEvents userEvents;
    /** What shows each step to the step handlers, or null. */
    private final ObservedStep observedStep;
    private final double[] yStop;

    private Advancer advancer;
    private boolean switchRequested;
    private boolean maxStepsHit;
    /** Who stopped the run from inside a step, or null. */
    private String stoppedBy;
    private double stopTime;

    Integration(OdeProblem problem, Observers observers) {
        this.run = new RunState(problem);
        this.options = problem.options();
        this.tEnd = problem.endTime();
        this.function = new BoundFunction(run.kernels, run.p, run.w, run.n, run.system.isAutonomous());
        this.events = new EventScheduler(run, counters);
        this.triggers = events.isEmpty() ? null : new TriggerLocator(run, events);
        this.supervision = new Supervision(run, observers.supervisor());
        this.outputs = new OutputSampler(run, observers.outputHandlers());
        this.breakpoints = new Breakpoints(run);
        this.methods = new MethodSelector(function, counters, options, run.n, tEnd,
                problem.model().sparseLuPlan().orElse(null));
        this.cut = new StepCut(run.n);
        this.userEvents = observers.events().isEmpty() ? null : new UserEvents(run, observers.events());
        this.observedStep = observers.stepHandlers().isEmpty() ? null : new ObservedStep(run, observers.stepHandlers());
        this.yStop = observedStep == null ? null : new double[run.n];
    }

    Solution run() {
        run.t = run.problem.startTime();
        int nonFinite = run.initialize();
        if (nonFinite >= 0) {
            return result(RunEnd.initialValue(run, nonFinite));
        }
        events.start();
        supervision.start(run.t);
        if (!events.processEvents() || !intervene()) {
            return result(RunEnd.eventLoop(run.t));
        }
        breakpoints.update(tEnd);
        if (userEvents != null) {
            userEvents.start(run.t, run.y);
        }
        if (!outputs.emitThrough(run.t, run.y)) {
            return result(RunEnd.terminated(outputs.lastTime(), OUTPUT_HANDLER));
        }
        advancer = methods.choose(run.t, run.y);
        double tStop = startSegment();
        while (run.t < tEnd) {
            cut.found = false;
            switchRequested = false;
            Advancer.Outcome outcome = advancer.advance(tStop, this);
            if (stoppedBy != null) {
                return result(RunEnd.terminated(stopTime, stoppedBy));
            }
            if (maxStepsHit) {
                run.t = advancer.time();
                return result(RunEnd.maxSteps(run.t, options.maxSteps(), tEnd));
            }
            if (outcome == Advancer.Outcome.FAILED) {
                if (!methods.maySwitch() || advancer.failure().code() != ReturnCode.NON_FINITE) {
                    return result(RunEnd.solverFailure(advancer, run, function, options));
                }
                // AUTO: an explicit method gives up on a NaN in a trial stage (a discontinuous rate
                // probed beyond its domain); a Rosenbrock method retries smaller steps instead
                run.t = advancer.time();
                System.arraycopy(advancer.state(), 0, run.y, 0, run.n);
                advancer = methods.useStiffSolver(run.t);
                tStop = startSegment();
                continue;
            }
            if (cut.found) {
                run.t = cut.time;
                System.arraycopy(cut.state, 0, run.y, 0, run.n);
            } else {
                run.t = advancer.time();
                System.arraycopy(advancer.state(), 0, run.y, 0, run.n);
            }
            if (switchRequested) {
                advancer = methods.useStiffSolver(run.t);
            }
            if (userEvents != null && userEvents.fire(run.t, run.y)) {
                return stopHere(EVENT_HANDLER);
            }
            if (!events.processEvents() || !intervene()) {
                return result(RunEnd.eventLoop(run.t));
            }
            breakpoints.update(tEnd);
            if (userEvents != null && userEvents.fire(run.t, run.y)) {
                return stopHere(EVENT_HANDLER);
            }
            if (!outputs.emitThrough(run.t, run.y)) {
                return result(RunEnd.terminated(outputs.lastTime(), OUTPUT_HANDLER));
            }
            tStop = startSegment();
        }
        return result(RunEnd.success(run.t));
    }

    /**
     * Looks inside each accepted step: where a trigger changes, a detector's g crosses zero or a
     * supervisor's check acts, the step is cut; the outputs before the cut (or the step's end) are
     * recorded from the dense output and the step handlers see the step up to there. Returns true
     * to end the segment here.
     */
    @Override
    public boolean onStep(DenseStep step, double[] endState) {
        if (counters.steps >= options.maxSteps()) {
            maxStepsHit = true;
            return true;
        }
        double t1 = step.endTime();
        cut.found = triggers != null && triggers.locate(step, endState, cut);
        if (userEvents != null && userEvents.locate(step, endState, cut.found ? cut.time : t1, cut)) {
            cut.found = true;
        }
        if (supervision.checkWithin(step, endState, cut.found ? cut.time : t1, cut)) {
            cut.found = true;
        }
        double end = cut.found ? cut.time : t1;
        if (!outputs.emitBefore(step, end)) {
            stop(outputs.lastTime(), OUTPUT_HANDLER);
            if (observedStep != null) {
                step.interpolate(stopTime, yStop);
                observedStep.show(step, stopTime, yStop);
            }
            return true;
        }
        if (observedStep != null) {
            double[] endOfStep = cut.found ? cut.state : endState;
            if (observedStep.show(step, end, endOfStep)) {
                stop(end, STEP_HANDLER);
                outputs.emitThrough(end, endOfStep);
                return true;
            }
        }
        if (cut.found) {
            return true;
        }
        if (userEvents != null) {
            userEvents.stepEnded();
        }
        if (methods.shouldSwitch(step, endState)) {
            switchRequested = true;
            return true;
        }
        return false;
    }

    /** Notes that a handler stopped the run at {@code time}, inside a step. */
    private void stop(double time, String by) {
        stopTime = time;
        stoppedBy = by;
    }

    /** Ends the run at its current point, recording the rows due there from the state there. */
    private Solution stopHere(String by) {
        outputs.emitThrough(run.t, run.y);
        return result(RunEnd.terminated(run.t, by));
    }

    /**
     * Starts the segment from the current point to the next stop (a breakpoint, a delayed event
     * or the end) and returns the stop time.
     */
    private double startSegment() {
        double tStop = nextStop();
        function.window(breakpoints.contains(run.t) ? Math.nextUp(run.t) : Double.NEGATIVE_INFINITY,
                breakpoints.contains(tStop) ? Math.nextDown(tStop) : Double.POSITIVE_INFINITY);
        if (run.t < tEnd) {
            advancer.restart(run.t, run.y);
        }
        return tStop;
    }

    /**
     * The next point where the run must stop: a breakpoint, a delayed event's execution, a
     * scheduled intervention or the end. A supervisor's checks and the caller's detectors are not
     * stops: they are looked at on the dense output ({@link #onStep}).
     */
    private double nextStop() {
        double stop = breakpoints.next(run.t, tEnd);
        stop = events.nextExecution(run.t, stop);
        return Math.min(stop, supervision.nextInterventionTime());
    }

    /**
     * The changes from outside due at the current instant, then the model's events' response to
     * them; false if events loop endlessly.
     */
    private boolean intervene() {
        return !supervision.intervene() || events.processEvents();
    }

    private Solution result(RunEnd end) {
        String methodUsed = methods.methodUsed();
        return new Solution(outputs.times(), run.problem.outputs(), outputs.columns(), outputs.rows(),
                counters.snapshot(), end.code(), end.message(), end.time(), end.failedVariable(),
                methodUsed == null ? "none" : methodUsed, methods.methods());
    }
}
