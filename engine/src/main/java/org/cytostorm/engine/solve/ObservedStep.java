package org.cytostorm.engine.solve;

import java.util.List;
import org.cytostorm.engine.solve.observe.Action;
import org.cytostorm.engine.solve.observe.Observation;
import org.cytostorm.engine.solve.observe.StepHandler;
import org.cytostorm.engine.solve.observe.StepView;

/**
 * Shows each accepted step to the step handlers: the step's span (ending at the cut when the step
 * was cut short), and the observables anywhere inside it from the dense output. One instance per run,
 * rebound to each step, so showing a step allocates nothing.
 */
final class ObservedStep implements StepView {

    private final StepHandler[] handlers;
    private final ObservationView atView;
    private final ObservationView endView;
    private final double[] yAt;
    private DenseStep step;
    private double end;
    private double[] endState;

    ObservedStep(RunState run, List<StepHandler> handlers) {
        this.handlers = handlers.toArray(new StepHandler[0]);
        this.atView = new ObservationView(run);
        this.endView = new ObservationView(run);
        this.yAt = new double[run.n];
    }

    /**
     * Shows the part of {@code step} up to {@code endTime}, where the state is {@code stateAtEnd}, to
     * every handler. Returns true when one asked to stop.
     */
    boolean show(DenseStep denseStep, double endTime, double[] stateAtEnd) {
        this.step = denseStep;
        this.end = endTime;
        this.endState = stateAtEnd;
        boolean stop = false;
        for (StepHandler h : handlers) {
            endView.at(end, endState);
            if (h.handleStep(this) == Action.STOP) {
                stop = true;
            }
        }
        return stop;
    }

    @Override
    public double startTime() {
        return step.startTime();
    }

    @Override
    public double endTime() {
        return end;
    }

    @Override
    public Observation at(double t) {
        if (!(t >= step.startTime() && t <= end)) {
            throw new IllegalArgumentException("time " + t + " is outside the step [" + step.startTime() + ", " + end
                    + "]");
        }
        if (t == end) {
            return atView.at(t, endState);
        }
        step.interpolate(t, yAt);
        return atView.at(t, yAt);
    }

    @Override
    public Observation end() {
        return endView;
    }
}
