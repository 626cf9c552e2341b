package org.cytostorm.engine.solve;

import java.util.List;
import org.cytostorm.engine.solve.rosenbrock.SparseLuPlan;

/**
 * Chooses the integration method of a run and, for {@link Method#AUTO}, changes it when the run
 * turns stiff. AUTO starts with Dormand-Prince 8(5,3) unless the Jacobian's largest row sum at the
 * start (a bound on its spectral radius) times the run's span exceeds 500, which an explicit
 * method's stability region cannot cover in a reasonable number of steps; it then checks every
 * {@value #STIFFNESS_CHECK_INTERVAL} steps whether the step size is bounded by stability
 * (h‖J‖ &gt; 3.3) and switches to Rodas5P after three such checks in a row. An explicit method that
 * meets a NaN in a trial stage also hands over to Rodas5P, which retries with smaller steps.
 */
final class MethodSelector {

    /** DOPRI853 checks for stiffness every this many steps (AUTO only). */
    private static final int STIFFNESS_CHECK_INTERVAL = 25;

    private final BoundFunction function;
    private final Counters counters;
    private final SolverOptions options;
    private final int n;
    private final double tEnd;
    /** The model's sparse factorization plan for the Rosenbrock methods, or null. */
    private final SparseLuPlan sparseLu;
    private final double[] jacobianScratch;
    /** The method chosen at the start, and the one switched to, or null. */
    private Method first;
    private Method then;
    private String methodUsed;
    private boolean autoSwitch;
    private int stiffChecks;
    private int stiffStrikes;

    MethodSelector(BoundFunction function, Counters counters, SolverOptions options, int n, double tEnd,
                   SparseLuPlan sparseLu) {
        this.function = function;
        this.sparseLu = sparseLu;
        this.counters = counters;
        this.options = options;
        this.n = n;
        this.tEnd = tEnd;
        this.jacobianScratch = new double[n * n];
    }

    /** The advancer for a run starting at (t, y). */
    Advancer choose(double t, double[] y) {
        if (n == 0) {
            Advancer advancer = new StatelessAdvancer(counters, tEnd - t);
            methodUsed = advancer.name();
            return advancer;
        }
        Method m = options.method();
        if (m == Method.AUTO) {
            autoSwitch = true;
            m = looksStiff(t, y) ? Method.RODAS5P : Method.DOPRI853;
            if (m == Method.RODAS5P) {
                autoSwitch = false;
            }
        }
        Advancer advancer = create(m, t);
        methodUsed = advancer.name();
        first = m;
        return advancer;
    }

    /** True while AUTO runs an explicit method and may still switch. */
    boolean maySwitch() {
        return autoSwitch;
    }

    /**
     * Called after each accepted step that was not cut short: true when AUTO's explicit method has
     * become limited by stability and the run should switch (see {@link #useStiffSolver}).
     */
    boolean shouldSwitch(DenseStep step, double[] endState) {
        return autoSwitch && ++stiffChecks % STIFFNESS_CHECK_INTERVAL == 0 && stiffnessLimited(step, endState);
    }

    /** The Rodas5P advancer that takes over from AUTO's explicit method at time t. */
    Advancer useStiffSolver(double t) {
        Advancer advancer = create(Method.RODAS5P, t);
        methodUsed = methodUsed + " then RODAS5P";
        then = Method.RODAS5P;
        autoSwitch = false;
        return advancer;
    }

    /** The method's display name ("DOPRI853", "DOPRI853 then RODAS5P"), or null before the choice. */
    String methodUsed() {
        return methodUsed;
    }

    /** The methods used, in order (none for a system without state variables). */
    List<Method> methods() {
        return first == null ? List.of() : then == null ? List.of(first) : List.of(first, then);
    }

    /**
     * A run looks stiff when the Jacobian's largest row sum at the start (a bound on its spectral
     * radius) times the run's span is far beyond what an explicit method's stability region covers
     * in a reasonable number of steps.
     */
    private boolean looksStiff(double t, double[] y) {
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

    private Advancer create(Method m, double t) {
        switch (m) {
            case DOPRI853:
                return new HipparchusAdvancer(function, counters, options, tEnd - t);
            case RODAS4:
                return new StepperAdvancer(Steppers.rodas4(function, options, counters, sparseLu), "RODAS4", tEnd,
                        options.initialStepSize());
            default:
                return new StepperAdvancer(Steppers.rodas5p(function, options, counters, sparseLu), "RODAS5P", tEnd,
                        options.initialStepSize());
        }
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
}
