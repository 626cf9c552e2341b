package org.cytostorm.engine.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cytostorm.engine.solve.observe.EventDetector;
import org.cytostorm.engine.solve.observe.EventHandler;
import org.cytostorm.engine.solve.observe.OutputHandler;
import org.cytostorm.engine.solve.observe.StepHandler;

/**
 * What watches a run and may act on it, attached as one bundle to {@link OdeProblem#solve(Observers)}:
 * step handlers, output handlers, event detectors each paired with a handler, and at most one
 * {@link Supervisor} (the way clinical protocols change a run). The run calls them as it goes; see
 * {@link org.cytostorm.engine.solve.observe} for what each sees and when.
 *
 * <pre>{@code
 * Solution s = problem.solve(Observers.none()
 *         .withOutputHandler(row -> { chart.add(row.time(), row.value("IL6")); return Action.CONTINUE; })
 *         .withEvent(EventDetector.threshold("IL6", 1000.0, Direction.RISING), EventHandler.stop()));
 * }</pre>
 *
 * <p>Immutable: every {@code with} returns an extended copy, handlers kept in the order given (the
 * order they are called in). The handlers themselves usually keep state (a count, a chart, doses
 * given): give each run a bundle of its own handlers. A run with {@link #none()} takes exactly the
 * path of {@link OdeProblem#solve()}.
 */
public final class Observers {

    private static final Observers NONE = new Observers(List.of(), List.of(), List.of(), null);

    /** A detector with its handler. */
    record Event(EventDetector detector, EventHandler handler) {
    }

    private final List<StepHandler> stepHandlers;
    private final List<OutputHandler> outputHandlers;
    private final List<Event> events;
    private final Supervisor supervisor;

    private Observers(List<StepHandler> stepHandlers, List<OutputHandler> outputHandlers, List<Event> events,
                      Supervisor supervisor) {
        this.stepHandlers = stepHandlers;
        this.outputHandlers = outputHandlers;
        this.events = events;
        this.supervisor = supervisor;
    }

    /** Nothing watches: the run as {@link OdeProblem#solve()} makes it. */
    public static Observers none() {
        return NONE;
    }

    /** Adds a handler called after each accepted step. */
    public Observers withStepHandler(StepHandler handler) {
        return new Observers(plus(stepHandlers, Objects.requireNonNull(handler, "handler")), outputHandlers, events,
                supervisor);
    }

    /** Adds a handler called for each output row as it is recorded. */
    public Observers withOutputHandler(OutputHandler handler) {
        return new Observers(stepHandlers, plus(outputHandlers, Objects.requireNonNull(handler, "handler")), events,
                supervisor);
    }

    /** Adds an event: {@code handler} is called at each sign change of {@code detector}'s g in its direction. */
    public Observers withEvent(EventDetector detector, EventHandler handler) {
        Event e = new Event(Objects.requireNonNull(detector, "detector"), Objects.requireNonNull(handler, "handler"));
        return new Observers(stepHandlers, outputHandlers, plus(events, e), supervisor);
    }

    /**
     * Sets the run's supervisor, which checks the run at times of its choosing and answers with
     * interventions.
     *
     * @throws IllegalStateException if this bundle already has one (a run has at most one)
     */
    public Observers withSupervisor(Supervisor newSupervisor) {
        Objects.requireNonNull(newSupervisor, "supervisor");
        if (supervisor != null) {
            throw new IllegalStateException("a run has at most one supervisor; this bundle already has " + supervisor);
        }
        return new Observers(stepHandlers, outputHandlers, events, newSupervisor);
    }

    /** True when nothing watches the run. */
    public boolean isEmpty() {
        return stepHandlers.isEmpty() && outputHandlers.isEmpty() && events.isEmpty() && supervisor == null;
    }

    List<StepHandler> stepHandlers() {
        return stepHandlers;
    }

    List<OutputHandler> outputHandlers() {
        return outputHandlers;
    }

    List<Event> events() {
        return events;
    }

    /** The supervisor, or null. */
    Supervisor supervisor() {
        return supervisor;
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }

    @Override
    public String toString() {
        return "Observers[" + stepHandlers.size() + " step handlers, " + outputHandlers.size() + " output handlers, "
                + events.size() + " events, " + (supervisor == null ? "no supervisor" : "a supervisor") + "]";
    }
}
