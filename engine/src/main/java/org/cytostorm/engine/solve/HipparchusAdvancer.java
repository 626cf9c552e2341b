package org.cytostorm.engine.solve;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.LocalizedODEFormats;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;

/**
 * Drives Hipparchus's Dormand-Prince 8(5,3). Hipparchus integrates to a target time and reports
 * steps to a handler; an observer's request to stop (an event inside a step) ends the call by an
 * exception that this class catches. Hipparchus's API returns a new array per derivative
 * evaluation, so unlike the Rosenbrock path this one allocates per step.
 */
final class HipparchusAdvancer implements Advancer {

    /** Thrown from the step handler to end an integrate() call early; carries no stack trace. */
    /** Relative length below which Hipparchus refuses to integrate an interval (1e-12), with a margin. */
    private static final double TOO_SHORT = 2e-12;

    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private final OdeFunction f;
    private final Counters counters;
    private final int n;
    private final DormandPrince853Integrator integrator;
    private final double[] y;
    private final double[] yEnd;
    private double t;
    private double lastStep = Double.NaN;
    private Failure failure;
    /** The last derivative evaluation that was not finite: Hipparchus reports NaN without saying where. */
    private int nonFiniteComponent = -1;
    private double nonFiniteTime = Double.NaN;

    HipparchusAdvancer(OdeFunction f, Counters counters, SolverOptions options, double span) {
        this.f = f;
        this.counters = counters;
        this.n = f.dimension();
        double minStep = 0.0;
        double maxStep = Math.min(options.maxStepSize(), Math.abs(span) > 0 ? Math.abs(span) : 1.0);
        this.integrator = new DormandPrince853Integrator(minStep, maxStep, options.absoluteTolerance(),
                options.relativeTolerance());
        if (!Double.isNaN(options.initialStepSize())) {
            integrator.setInitialStepSize(options.initialStepSize());
        }
        integrator.setMaxEvaluations(Integer.MAX_VALUE);
        this.y = new double[n];
        this.yEnd = new double[n];
    }

    @Override
    public void restart(double t0, double[] y0) {
        t = t0;
        System.arraycopy(y0, 0, y, 0, n);
        if (!Double.isNaN(lastStep)) {
            integrator.setInitialStepSize(lastStep);
        }
    }

    /** The dense output of one Hipparchus step, seen through the engine's interface. */
    private static final class Step implements DenseStep {
        ODEStateInterpolator interpolator;
        double t0;
        double t1;

        @Override
        public double startTime() {
            return t0;
        }

        @Override
        public double endTime() {
            return t1;
        }

        @Override
        public void interpolate(double time, double[] out) {
            double[] s = (time == t1 ? interpolator.getCurrentState() : interpolator.getInterpolatedState(time))
                    .getPrimaryState();
            System.arraycopy(s, 0, out, 0, out.length);
        }
    }

    @Override
    public Outcome advance(double tStop, StepObserver observer) {
        if (tStop <= t) {
            return Outcome.REACHED;
        }
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return n;
            }

            @Override
            public double[] computeDerivatives(double time, double[] state) {
                counters.rhsEvaluations++;
                double[] dy = new double[n];
                f.derivatives(time, state, dy);
                for (int i = 0; i < n; i++) {
                    if (!Double.isFinite(dy[i])) {
                        nonFiniteComponent = i;
                        nonFiniteTime = time;
                        break;
                    }
                }
                return dy;
            }
        };
        Step step = new Step();
        boolean[] stopped = {false};
        boolean[] nonFinite = {false};
        integrator.clearStepHandlers();
        integrator.addStepHandler(interpolator -> {
            step.interpolator = interpolator;
            step.t0 = interpolator.getPreviousState().getTime();
            step.t1 = interpolator.getCurrentState().getTime();
            counters.steps++;
            lastStep = step.t1 - step.t0;
            double[] s = interpolator.getCurrentState().getPrimaryState();
            System.arraycopy(s, 0, yEnd, 0, n);
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(yEnd[i])) {
                    // an explicit method cannot narrow this down: the step from t0 to t1 went non-finite
                    failure = new Failure(ReturnCode.NON_FINITE, step.t1, i);
                    nonFinite[0] = true;
                    throw new Stop();
                }
            }
            t = step.t1;
            System.arraycopy(yEnd, 0, y, 0, n);
            if (observer.onStep(step, yEnd)) {
                stopped[0] = true;
                throw new Stop();
            }
        });
        if (Math.abs(tStop - t) <= TOO_SHORT * Math.max(Math.abs(t), Math.abs(tStop))) {
            // Hipparchus refuses an interval this short (an event just before an output time or a
            // dose); the state cannot change by more than rounding over it, so time simply moves on
            t = tStop;
            return Outcome.REACHED;
        }
        try {
            ODEStateAndDerivative end = integrator.integrate(ode, new ODEState(t, y.clone()), tStop);
            t = end.getTime();
            System.arraycopy(end.getPrimaryState(), 0, y, 0, n);
            return Outcome.REACHED;
        } catch (Stop s) {
            if (nonFinite[0]) {
                return Outcome.FAILED;
            }
            return Outcome.STOPPED;
        } catch (MathIllegalArgumentException e) {
            failure = new Failure(ReturnCode.STEP_SIZE_UNDERFLOW, t, -1);
            return Outcome.FAILED;
        } catch (MathIllegalStateException e) {
            failure = e.getSpecifier() == LocalizedODEFormats.NAN_APPEARING_DURING_INTEGRATION
                    ? new Failure(ReturnCode.NON_FINITE, nonFiniteTime, nonFiniteComponent)
                    : new Failure(ReturnCode.STEP_SIZE_UNDERFLOW, t, -1);
            return Outcome.FAILED;
        }
    }

    @Override
    public double time() {
        return t;
    }

    @Override
    public double[] state() {
        return y;
    }

    @Override
    public Failure failure() {
        return failure;
    }

    @Override
    public String name() {
        return "DOPRI853";
    }
}
