package org.cytostorm.engine.solve;

/**
 * One run: the loop that drives the parts of a run in order. It computes the initial point, then
 * integrates segment by segment between the run's stops (breakpoints, delayed event executions,
 * interventions, the end), and after each accepted step lets the parts look inside it on the dense
 * output: {@link TriggerLocator} for the model's event triggers and {@link Supervision} for the
 * supervisor's checks, either of which may cut the step short; {@link OutputSampler} records the
 * rows before the cut; {@link MethodSelector} may switch AUTO to a stiff method. Wherever the run
 * stops, {@link EventScheduler} executes the model's events and {@link Supervision} applies the
 * changes from outside, and the integrator restarts from there.
 *
 * <p>Owns all mutable state of the run (through {@link RunState}); used by one thread, once.
 */
final class Integration implements StepObserver {

    private final RunState run;
    private final SolverOptions options;
    private final Counters counters = new Counters();
    private final double tEnd;
    private final BoundFunction function;
    private final EventScheduler events;
    private final TriggerLocator triggers;
    private final Supervision supervision;
    private final OutputSampler outputs;
    private final Breakpoints breakpoints;
    private final MethodSelector methods;
    private final StepCut cut;

    private Advancer advancer;
    private boolean switchRequested;
    private boolean maxStepsHit;

    Integration(OdeProblem problem, Supervisor supervisor) {
        this.run = new RunState(problem);
        this.options = problem.options();
        this.tEnd = problem.endTime();
        this.function = new BoundFunction(run.kernels, run.p, run.w, run.n, run.system.isAutonomous());
        this.events = new EventScheduler(run, counters);
        this.triggers = new TriggerLocator(run, events);
        this.supervision = new Supervision(run, supervisor);
        this.outputs = new OutputSampler(run);
        this.breakpoints = new Breakpoints(run);
        this.methods = new MethodSelector(function, counters, options, run.n, tEnd);
        this.cut = new StepCut(run.n);
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
        outputs.emitThrough(run.t, run.y);
        advancer = methods.choose(run.t, run.y);
        double tStop = startSegment();
        while (run.t < tEnd) {
            cut.found = false;
            switchRequested = false;
            Advancer.Outcome outcome = advancer.advance(tStop, this);
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
            if (!events.processEvents() || !intervene()) {
                return result(RunEnd.eventLoop(run.t));
            }
            breakpoints.update(tEnd);
            outputs.emitThrough(run.t, run.y);
            tStop = startSegment();
        }
        return result(RunEnd.success(run.t));
    }

    /**
     * Looks inside each accepted step: where a trigger changes or a supervisor's check acts, the
     * step is cut; the outputs before the cut (or the step's end) are recorded from the dense
     * output. Returns true to end the segment here.
     */
    @Override
    public boolean onStep(DenseStep step, double[] endState) {
        if (counters.steps >= options.maxSteps()) {
            maxStepsHit = true;
            return true;
        }
        double t1 = step.endTime();
        cut.found = !events.isEmpty() && triggers.locate(step, endState, cut);
        if (supervision.checkWithin(step, endState, cut.found ? cut.time : t1, cut)) {
            cut.found = true;
        }
        if (cut.found) {
            outputs.emitBefore(step, cut.time);
            return true;
        }
        outputs.emitBefore(step, t1);
        if (methods.shouldSwitch(step, endState)) {
            switchRequested = true;
            return true;
        }
        return false;
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
     * scheduled intervention or the end. A supervisor's checks are not stops: they are made on
     * the dense output ({@link #onStep}) unless one falls on a stop.
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
