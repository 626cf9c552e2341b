package org.cytostorm.engine.solve.rosenbrock;

import java.util.Arrays;
import org.cytostorm.engine.solve.Counters;
import org.cytostorm.engine.solve.OdeFunction;
import org.cytostorm.engine.solve.StepStatus;
import org.cytostorm.engine.solve.Stepper;
import org.cytostorm.engine.solve.Tolerances;

/**
 * Adaptive stiff stepper for stiffly accurate Rosenbrock(-Wanner) methods such as
 * {@link RosenbrockTableau#rodas5P() Rodas5P}, in the transformed form described at
 * {@link RosenbrockTableau}. It uses the analytic Jacobian and ∂f/∂t of the {@link OdeFunction}; no
 * Newton iteration is needed, each stage is one linear solve with the same LU factors of
 * W = I/(hγ) − J.
 *
 * <p>Work per step: one Jacobian (+ ∂f/∂t) and f(t, y) at the step start, both reused by retries
 * after a rejection (same t and y); per attempt one LU factorization, S linear solves and S−1 stage
 * evaluations of f. f at the new point is evaluated lazily when the next step begins (the last stage
 * is evaluated at u_S, not at y_new, so there is no FSAL reuse), so a restart after an event wastes
 * nothing.
 *
 * <p>Error control: RMS over components of k_S / {@link Tolerances#scale} (y_new − u_S = k_S is the
 * difference to the embedded solution), step-size choice by {@link StepSizeController}. A stage or
 * new state that is NaN or infinite, or an exactly singular W, rejects the attempt and retries with
 * h/10. Time stops are hit exactly (see {@link #step(double)}).
 *
 * <p>All work arrays are allocated in the constructor; {@link #start}, {@link #step} and
 * {@link #interpolate} allocate nothing (the tests measure this). Not thread-safe.
 *
 * <p>For the driver: {@link #state()} is always the same array (overwritten by each accepted step);
 * {@link #nextStepSize()} is a positive magnitude, meant to be passed back to {@link #start} after an
 * event; the stepper integrates backward when tDirection &lt; t0. After a failed {@link #step} the
 * stepper still describes its last accepted step (state, times, dense output), so calling it again
 * simply retries from there.
 */
public final class RosenbrockStepper implements Stepper {

    /** A step that would end within this fraction of h before tStop is stretched to end on it. */
    private static final double STRETCH_TO_STOP = 1e-4;
    /** h shrinks by this factor after an attempt with non-finite values or a singular matrix. */
    private static final double HARD_FAILURE_SHRINK = 0.1;

    private static final int TRIAL_OK = 0;
    private static final int TRIAL_NON_FINITE = 1;
    private static final int TRIAL_SINGULAR = 2;

    private final OdeFunction system;
    private final int n;
    private final Tolerances tolerances;
    private final Counters counters;
    private final double maxStep;

    // method coefficients, copied from the tableau
    private final int stages;
    private final int order;
    private final double gamma;
    private final double[][] a;
    private final double[][] cc;
    private final double[] c;
    private final double[] d;
    private final double[][] dense;

    private final StepSizeController controller;
    /**
     * W's dense factorization: with a sparse plan only its fallback, made at the first fallback (an
     * 85-state model's is 58 kB, which a run that never falls back need not allocate and clear).
     */
    private DenseLu lu;
    /** W's sparse factorization when the system has a plan, else null; {@link #lu} is its fallback. */
    private final SparseLu sparse;
    /** Whether the current factors are {@link #sparse}'s. */
    private boolean sparseFactors;
    private int denseFallbacks;

    // derivatives at (t, y), valid while the flags say so
    private final double[] f0;
    private final double[] dfdt;
    private final double[] jacobian;
    /** The variables' error scales at the step start, for the sparse factorization's pivot test. */
    private final double[] scale;
    private boolean f0Current;
    private boolean jacobianCurrent;

    // one attempt
    private final double[][] k;
    private final double[] u;
    private final double[] fStage;
    private final double[] yTrial;
    private double trialError;
    private int trialBadComponent;
    private double trialBadTime;

    // the last accepted step [tStart, t] with its dense output
    private final double[] yStart;
    private final double[] y;
    private final double[][] kd;
    /** Scratch for {@link #interpolate(double, double[])}. */
    private final double[] horner;
    private double tStart;
    private double t;
    private double direction = 1;
    private double hNext;
    private boolean started;

    private double failureTime = Double.NaN;
    private int failureComponent = -1;

    public RosenbrockStepper(OdeFunction system, RosenbrockTableau tableau, Tolerances tolerances, Counters counters) {
        this(system, tableau, tolerances, counters, Double.POSITIVE_INFINITY);
    }

    /** @param maxStep largest step-size magnitude the stepper takes ({@code +∞} for none) */
    public RosenbrockStepper(OdeFunction system, RosenbrockTableau tableau, Tolerances tolerances, Counters counters,
                             double maxStep) {
        this(system, tableau, tolerances, counters, maxStep, null);
    }

    /**
     * @param maxStep largest step-size magnitude the stepper takes ({@code +∞} for none)
     * @param plan    the sparse factorization plan for the system's Jacobian structure, or null to
     *                factor W densely
     */
    public RosenbrockStepper(OdeFunction system, RosenbrockTableau tableau, Tolerances tolerances, Counters counters,
                             double maxStep, SparseLuPlan plan) {
        if (plan != null && plan.dimension() != system.dimension()) {
            throw new IllegalArgumentException("plan of dimension " + plan.dimension() + " for a system of "
                    + system.dimension());
        }
        if (!(maxStep > 0)) {
            throw new IllegalArgumentException("maximum step must be positive, not " + maxStep);
        }
        this.system = system;
        this.n = system.dimension();
        this.tolerances = tolerances;
        this.counters = counters;
        this.maxStep = maxStep;

        this.stages = tableau.stages();
        this.order = tableau.order();
        this.gamma = tableau.gamma();
        this.a = tableau.A();
        this.cc = tableau.C();
        this.c = tableau.c();
        this.d = tableau.d();
        this.dense = tableau.H();

        this.controller = new StepSizeController(tableau.embeddedOrder());
        this.lu = plan == null ? new DenseLu(n) : null;
        this.sparse = plan == null ? null : new SparseLu(plan);
        this.f0 = new double[n];
        this.dfdt = new double[n];
        this.jacobian = new double[n * n];
        this.scale = plan == null ? null : new double[n];
        this.k = new double[stages][n];
        this.u = new double[n];
        this.fStage = new double[n];
        this.yTrial = new double[n];
        this.yStart = new double[n];
        this.y = new double[n];
        this.kd = new double[dense.length][n];
        this.horner = new double[n];
    }

    /**
     * {@inheritDoc}
     *
     * <p>Evaluates f(t0, y0) (counted). With {@code suggestedStep > 0} that magnitude is the first
     * step size (capped by the maximum step); otherwise Hairer's starting-step algorithm chooses it at
     * the cost of one more f evaluation. Forgets the controller's history and the dense output: until
     * the first step, {@link #startTime()} = {@link #endTime()} = t0. Pass {@link #nextStepSize()} to
     * restart after an event without paying for, or being slowed down by, a fresh estimate.
     */
    @Override
    public void start(double t0, double[] y0, double tDirection, double suggestedStep) {
        if (y0.length != n) {
            throw new IllegalArgumentException("state has length " + y0.length + ", system dimension is " + n);
        }
        if (!Double.isFinite(t0) || Double.isNaN(tDirection) || tDirection == t0) {
            throw new IllegalArgumentException("need finite t0 and tDirection != t0, got " + t0 + ", " + tDirection);
        }
        direction = tDirection > t0 ? 1.0 : -1.0;
        System.arraycopy(y0, 0, y, 0, n);
        System.arraycopy(y0, 0, yStart, 0, n);
        t = t0;
        tStart = t0;
        system.derivatives(t, y, f0);
        counters.rhsEvaluations++;
        f0Current = true;
        jacobianCurrent = false;
        controller.reset();
        double span = Math.abs(tDirection - t0);
        double h = suggestedStep > 0 ? suggestedStep : initialStepSize(Math.min(span, maxStep));
        hNext = Math.min(h, maxStep);
        failureTime = Double.NaN;
        failureComponent = -1;
        started = true;
    }

    /**
     * {@inheritDoc}
     *
     * <p>If the proposed step would pass {@code tStop}, or end within 10<sup>-4</sup> h before it,
     * the step is taken to {@code tStop} and {@link #endTime()} is exactly {@code tStop}; the proposal
     * for the following step is then not reduced to the clipped size. Fails with
     * STEP_SIZE_UNDERFLOW (failureTime = t) when |h| &lt; 10 ulp(t), or NON_FINITE when the attempts
     * that drove h that low produced NaN/infinity (failureTime = time of the offending stage,
     * failureComponent = first bad component), or at once when f at the accepted state itself is not
     * finite.
     *
     * @throws IllegalArgumentException when tStop is not after the current time (in the run's direction)
     */
    @Override
    public StepStatus step(double tStop) {
        if (!started) {
            throw new IllegalStateException("start() first");
        }
        final double remaining = (tStop - t) * direction;
        if (!(remaining > 0)) {
            throw new IllegalArgumentException("tStop " + tStop + " is not after the current time " + t);
        }
        int bad = prepareStepStart();
        if (bad >= 0) {
            return fail(StepStatus.NON_FINITE, t, bad);
        }
        double hAbs = Math.min(hNext, maxStep);
        boolean rejected = false;
        boolean lastNonFinite = false;
        int badComponent = -1;
        double badTime = Double.NaN;
        while (true) {
            final double proposal = hAbs;
            final boolean clipped = hAbs * (1 + STRETCH_TO_STOP) >= remaining;
            if (clipped) {
                hAbs = remaining;
            }
            final double h = direction * hAbs;
            if (!clipped && (hAbs < 10 * Math.ulp(t) || t + h == t)) {
                return lastNonFinite ? fail(StepStatus.NON_FINITE, badTime, badComponent)
                        : fail(StepStatus.STEP_SIZE_UNDERFLOW, t, -1);
            }
            final int outcome = attempt(h);
            if (outcome == TRIAL_OK && trialError <= 1) {
                double next = controller.accepted(hAbs, trialError, rejected);
                if (clipped && !rejected) {
                    next = Math.max(next, proposal);
                }
                hNext = Math.min(next, maxStep);
                accept(clipped ? tStop : t + h);
                return StepStatus.OK;
            }
            counters.rejectedSteps++;
            rejected = true;
            if (outcome == TRIAL_OK) {
                hAbs = controller.rejected(hAbs, trialError);
                lastNonFinite = false;
            } else {
                hAbs *= HARD_FAILURE_SHRINK;
                lastNonFinite = outcome == TRIAL_NON_FINITE;
                if (lastNonFinite) {
                    badComponent = trialBadComponent;
                    badTime = trialBadTime;
                }
            }
        }
    }

    /**
     * Test hook: one step of exactly {@code hAbs} in the run's direction, accepted whatever its error
     * (for convergence-order measurements). Does not touch the controller's proposal.
     */
    StepStatus stepFixed(double hAbs) {
        int bad = prepareStepStart();
        if (bad >= 0) {
            return fail(StepStatus.NON_FINITE, t, bad);
        }
        final double h = direction * hAbs;
        final int outcome = attempt(h);
        if (outcome == TRIAL_NON_FINITE) {
            return fail(StepStatus.NON_FINITE, trialBadTime, trialBadComponent);
        }
        if (outcome == TRIAL_SINGULAR) {
            return fail(StepStatus.STEP_SIZE_UNDERFLOW, t, -1);
        }
        accept(t + h);
        return StepStatus.OK;
    }

    /** Scaled error norm of the last attempt (test hook). */
    double lastError() {
        return trialError;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Before the first step after {@link #start} it returns the start state. Times slightly outside
     * the step are extrapolated with the same polynomial.
     */
    @Override
    public void interpolate(double time, double[] out) {
        if (time == t || t == tStart) {
            System.arraycopy(y, 0, out, 0, n);
            return;
        }
        if (time == tStart) {
            System.arraycopy(yStart, 0, out, 0, n);
            return;
        }
        final double theta = (time - tStart) / (t - tStart);
        final double rest = 1 - theta;
        final int m = kd.length;
        // Horner form of kd_1 + θ (kd_2 + θ (kd_3 + ...)) for every component at once, one
        // coefficient at a time (the same operations per component as one at a time, but loops
        // over the components that the compiler vectorizes)
        final double[] inner = horner;
        System.arraycopy(kd[m - 1], 0, inner, 0, n);
        for (int j = m - 2; j >= 0; j--) {
            final double[] kj = kd[j];
            for (int i = 0; i < n; i++) {
                inner[i] = kj[i] + theta * inner[i];
            }
        }
        for (int i = 0; i < n; i++) {
            out[i] = rest * yStart[i] + theta * (y[i] + rest * inner[i]);
        }
    }

    /** {@inheritDoc} Same arithmetic per component as {@link #interpolate(double, double[])}. */
    @Override
    public void interpolate(double time, double[] out, int[] components) {
        if (time == t || t == tStart) {
            for (int i : components) {
                out[i] = y[i];
            }
            return;
        }
        if (time == tStart) {
            for (int i : components) {
                out[i] = yStart[i];
            }
            return;
        }
        final double theta = (time - tStart) / (t - tStart);
        final double rest = 1 - theta;
        final int m = kd.length;
        for (int i : components) {
            double inner = kd[m - 1][i];
            for (int j = m - 2; j >= 0; j--) {
                inner = kd[j][i] + theta * inner;
            }
            out[i] = rest * yStart[i] + theta * (y[i] + rest * inner);
        }
    }

    @Override
    public double startTime() {
        return tStart;
    }

    @Override
    public double endTime() {
        return t;
    }

    @Override
    public double[] state() {
        return y;
    }

    /** The magnitude (positive) of the step size proposed for the next step; suitable for {@link #start}. */
    @Override
    public double nextStepSize() {
        return hNext;
    }

    /** Time of the last failure (kept until the next one; NaN after {@link #start}). */
    @Override
    public double failureTime() {
        return failureTime;
    }

    @Override
    public int failureComponent() {
        return failureComponent;
    }

    public double maxStep() {
        return maxStep;
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Makes f0 = f(t, y), J and ∂f/∂t current at the step start (each evaluated once per accepted state).
     *
     * @return the first non-finite component of f0, or -1
     */
    private int prepareStepStart() {
        if (!f0Current) {
            system.derivatives(t, y, f0);
            counters.rhsEvaluations++;
            f0Current = true;
        }
        int bad = firstNonFinite(f0);
        if (bad >= 0) {
            return bad;
        }
        if (!jacobianCurrent) {
            // the array is the stepper's own and zero outside the structure: only the nonzeros change
            system.jacobianEntries(t, y, jacobian);
            system.timeDerivative(t, y, dfdt);
            counters.jacobianEvaluations++;
            jacobianCurrent = true;
            if (sparse != null) {
                for (int i = 0; i < n; i++) {
                    scale[i] = tolerances.scale(y[i], y[i]);
                }
                sparse.scales(scale);
            }
        }
        return -1;
    }

    /** Factorizations that fell back from the sparse plan to dense partial pivoting (test hook). */
    int denseFallbacks() {
        return denseFallbacks;
    }

    /** Factors W = I/(hγ) − J: sparsely when there is a plan and its pivots pass, else densely. */
    private boolean factorW(double h) {
        final double diagonal = 1.0 / (h * gamma);
        counters.luDecompositions++;
        if (sparse != null) {
            sparse.load(jacobian, diagonal);
            sparseFactors = sparse.factor();
            if (sparseFactors) {
                return true;
            }
            denseFallbacks++;
            if (lu == null) {
                lu = new DenseLu(n);
            }
        }
        final double[] w = lu.matrix();
        for (int i = 0; i < n * n; i++) {
            w[i] = -jacobian[i];
        }
        for (int i = 0; i < n; i++) {
            w[i * n + i] += diagonal;
        }
        return lu.factor();
    }

    private void solveW(double[] x) {
        if (sparseFactors) {
            sparse.solve(x, x);
        } else {
            lu.solve(x, x);
        }
    }

    /** One attempt with (signed) step h from (t, y): fills yTrial and trialError, or reports why not. */
    private int attempt(double h) {
        if (!factorW(h)) {
            return TRIAL_SINGULAR;
        }

        // stage 1: W k_1 = f(t, y) + h d_1 f_t
        final double[] k1 = k[0];
        double hd = h * d[0];
        for (int i = 0; i < n; i++) {
            k1[i] = f0[i] + hd * dfdt[i];
        }
        solveW(k1);
        counters.linearSolves++;

        final double invH = 1.0 / h;
        for (int s = 1; s < stages; s++) {
            // u = y + Σ_{j<s} A[s][j] k_j
            final double[] as = a[s];
            System.arraycopy(y, 0, u, 0, n);
            for (int j = 0; j < s; j++) {
                final double aj = as[j];
                if (aj != 0) {
                    final double[] kj = k[j];
                    for (int i = 0; i < n; i++) {
                        u[i] += aj * kj[i];
                    }
                }
            }
            final double ts = t + c[s] * h;
            system.derivatives(ts, u, fStage);
            counters.rhsEvaluations++;
            final int bad = firstNonFinite(fStage);
            if (bad >= 0) {
                trialBadComponent = bad;
                trialBadTime = ts;
                return TRIAL_NON_FINITE;
            }
            // W k_s = f(t + c_s h, u) + h d_s f_t + Σ_{j<s} (C[s][j]/h) k_j
            final double[] ks = k[s];
            final double[] cs = cc[s];
            hd = h * d[s];
            for (int i = 0; i < n; i++) {
                ks[i] = fStage[i] + hd * dfdt[i];
            }
            for (int j = 0; j < s; j++) {
                final double cj = cs[j] * invH;
                if (cj != 0) {
                    final double[] kj = k[j];
                    for (int i = 0; i < n; i++) {
                        ks[i] += cj * kj[i];
                    }
                }
            }
            solveW(ks);
            counters.linearSolves++;
        }

        // stiffly accurate: y_new = u_S + k_S, and u_S (the embedded solution) differs from it by k_S
        final double[] kLast = k[stages - 1];
        for (int i = 0; i < n; i++) {
            yTrial[i] = u[i] + kLast[i];
        }
        final int bad = firstNonFinite(yTrial);
        if (bad >= 0) {
            trialBadComponent = bad;
            trialBadTime = t + h;
            return TRIAL_NON_FINITE;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            final double e = kLast[i];
            if (e != 0) { // a zero scale (atol = 0, y = 0) only matters when there is an error
                final double r = e / tolerances.scale(y[i], yTrial[i]);
                sum += r * r;
            }
        }
        trialError = Math.sqrt(sum / n);
        return TRIAL_OK;
    }

    /** Makes the last attempt the current step ending at {@code tEnd}, with its dense output. */
    private void accept(double tEnd) {
        System.arraycopy(y, 0, yStart, 0, n);
        System.arraycopy(yTrial, 0, y, 0, n);
        for (int j = 0; j < kd.length; j++) {
            final double[] hj = dense[j];
            final double[] out = kd[j];
            Arrays.fill(out, 0.0);
            for (int s = 0; s < stages; s++) {
                final double coefficient = hj[s];
                if (coefficient != 0) {
                    final double[] ks = k[s];
                    for (int i = 0; i < n; i++) {
                        out[i] += coefficient * ks[i];
                    }
                }
            }
        }
        tStart = t;
        t = tEnd;
        f0Current = false;
        jacobianCurrent = false;
        counters.steps++;
    }

    private StepStatus fail(StepStatus status, double time, int component) {
        failureTime = time;
        failureComponent = component;
        return status;
    }

    /**
     * Hairer's starting step size (Solving ODEs I, §II.4, and HINIT in DOPRI5), with RMS norms:
     * h0 = 0.01‖y0‖/‖f0‖ from the scaled sizes, one explicit Euler step of h0 to estimate the second
     * derivative, then h = min(100 h0, (0.01 / max(‖f'‖, ‖f0‖))^(1/p), hMax). Costs one f evaluation.
     */
    private double initialStepSize(double hMax) {
        double normF = 0;
        double normY = 0;
        for (int i = 0; i < n; i++) {
            final double sk = tolerances.scale(y[i], y[i]);
            if (sk > 0) { // components with atol = 0 and y = 0 have no scale to measure by
                normF += sq(f0[i] / sk);
                normY += sq(y[i] / sk);
            }
        }
        normF = Math.sqrt(normF / n);
        normY = Math.sqrt(normY / n);
        double h0 = normF <= 1e-5 || normY <= 1e-5 ? 1e-6 : 0.01 * normY / normF;
        h0 = Math.min(h0, hMax);

        for (int i = 0; i < n; i++) {
            u[i] = y[i] + direction * h0 * f0[i];
        }
        system.derivatives(t + direction * h0, u, fStage);
        counters.rhsEvaluations++;
        double normDf = 0;
        for (int i = 0; i < n; i++) {
            final double sk = tolerances.scale(y[i], y[i]);
            if (sk > 0) {
                normDf += sq((fStage[i] - f0[i]) / sk);
            }
        }
        final double secondDerivative = Math.sqrt(normDf / n) / h0;
        final double larger = Math.max(secondDerivative, normF);
        final double h1 = larger <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : Math.pow(0.01 / larger, 1.0 / order);
        final double h = Math.min(Math.min(100 * h0, h1), hMax);
        // NaN or infinity in f make every estimate above meaningless; start small and let the step decide
        return h > 0 && Double.isFinite(h) ? h : Math.min(1e-6, hMax);
    }

    private static double sq(double x) {
        return x * x;
    }

    private static int firstNonFinite(double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                return i;
            }
        }
        return -1;
    }
}
