package org.cytostorm.engine.solve;

import java.util.Locale;

/**
 * How a run ended, as the {@link Solution} reports it: the return code, the time reached, a
 * message for people and, for a numerical failure, the state variable responsible. The factories
 * diagnose each kind of ending; the messages name the variable and the time.
 *
 * @param code           how the run ended
 * @param time           the time reached
 * @param message        why the run stopped early, or empty
 * @param failedVariable the state variable that became non-finite or forced the step size down, or null
 */
record RunEnd(ReturnCode code, double time, String message, String failedVariable) {

    /** The run reached its end time. */
    static RunEnd success(double time) {
        return new RunEnd(ReturnCode.SUCCESS, time, "", null);
    }

    /** A handler ({@code by}, "an event handler") stopped the run at {@code time}, as it may. */
    static RunEnd terminated(double time, String by) {
        return new RunEnd(ReturnCode.TERMINATED, time, "stopped by " + by + " at t = " + fmt(time), null);
    }

    /** A state's initial value is NaN or infinite. */
    static RunEnd initialValue(RunState run, int component) {
        String name = run.system.stateNames().get(component);
        return new RunEnd(ReturnCode.NON_FINITE, run.t, "the initial value of " + name + " is " + run.y[component],
                name);
    }

    /** The step limit was reached at {@code time}. */
    static RunEnd maxSteps(double time, long maxSteps, double tEnd) {
        return new RunEnd(ReturnCode.MAX_STEPS, time, "the maximum of " + maxSteps
                + " steps was reached at t = " + fmt(time) + " before the end time " + fmt(tEnd)
                + "; raise the limit or loosen the tolerances", null);
    }

    /** Events kept firing at the current instant. */
    static RunEnd eventLoop(double time) {
        return new RunEnd(ReturnCode.EVENT_LOOP, time, "events kept firing at t = " + fmt(time)
                + " without time advancing", null);
    }

    /**
     * The advancer failed (its {@link Advancer#failure()}): a rate became NaN or infinite, or the
     * step size fell below what double precision resolves. Moves the run's point to the failure.
     */
    static RunEnd solverFailure(Advancer advancer, RunState run, OdeFunction function, SolverOptions options) {
        Advancer.Failure failure = advancer.failure();
        ReturnCode code = failure.code();
        double at = failure.time();
        run.t = at;
        int component = failure.component();
        if (code == ReturnCode.NON_FINITE) {
            String name = component >= 0 ? run.system.stateNames().get(component) : null;
            String what = "the rate of change of " + (name == null ? "a variable" : name)
                    + " became NaN or infinite at t = " + fmt(at) + valueless(run);
            return new RunEnd(code, at, what, name);
        }
        System.arraycopy(advancer.state(), 0, run.y, 0, run.n);
        String name = null;
        String detail = "";
        if (run.n > 0) {
            // the variable changing fastest relative to its tolerance: the one forcing the step size down
            double[] f = new double[run.n];
            function.derivatives(advancer.time(), run.y, f);
            int worst = -1;
            double worstRate = -1;
            for (int i = 0; i < run.n; i++) {
                double rate = Math.abs(f[i]) / (options.absoluteTolerance() + options.relativeTolerance() * Math.abs(run.y[i]));
                if (!(rate <= worstRate)) {
                    worst = i;
                    worstRate = rate;
                }
            }
            name = run.system.stateNames().get(worst);
            detail = " (fastest-changing variable: " + name + " = " + fmt(run.y[worst]) + ", d/dt = " + fmt(f[worst]) + ")";
        }
        String what = "the step size fell below what double precision resolves at t = " + fmt(at)
                + detail + "; the solution may blow up there, or the model is discontinuous";
        return new RunEnd(code, at, what, name);
    }

    /**
     * The parameters that hold no value (NaN: declared without one, and neither an initial
     * assignment nor a setting gave one), the likeliest cause of a NaN rate, as a hint; empty when
     * every parameter has a number. SBML lets a parameter be declared without a value, so the
     * model is not refused for it at load: only a run that reads one fails.
     */
    private static String valueless(RunState run) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int k = 0; k < run.p.length; k++) {
            if (Double.isNaN(run.p[k])) {
                names.add(run.system.parameterNames().get(k));
            }
        }
        if (names.isEmpty()) {
            return "";
        }
        int shown = Math.min(names.size(), 5);
        return "; " + (names.size() == 1 ? "parameter " : "parameters ") + String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "")
                + (names.size() == 1 ? " has" : " have") + " no value: give " + (names.size() == 1 ? "it" : "them")
                + " one in the model or with a setting";
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
