package org.cytostorm.engine.solve;

import java.util.List;

/**
 * Changes made to a run from outside the model: the scheduled interventions of the problem and
 * those a {@link Supervisor} answers with at its checks. A check falls between the run's stops, so
 * it is made on the dense output of the step that passes it and costs nothing unless it answers:
 * then the step is cut there and the run stops at the check time, where the answer is applied and
 * the model's events can respond. A check that falls exactly on a stop is made after the changes
 * due there. Intervention times are stops of the run (see {@link #nextInterventionTime()}).
 */
final class Supervision {

    private final RunState run;
    private final InterventionQueue interventions;
    private final Supervisor supervisor;
    /** The supervisor's view of the observables; only with a supervisor. */
    private final ObservationView view;
    private final double[] yOut;
    private double nextCheck = Double.POSITIVE_INFINITY;
    /** Interventions a check within a step answered with, applied at the stop it caused. */
    private List<Intervention> fromCheck;

    Supervision(RunState run, Supervisor supervisor) {
        this.run = run;
        this.supervisor = supervisor;
        this.interventions = new InterventionQueue(run.problem);
        this.view = supervisor == null ? null : new ObservationView(run);
        this.yOut = supervisor == null ? null : new double[run.n];
    }

    /** Makes the first check at the start time (with a supervisor). */
    void start(double t) {
        if (supervisor != null) {
            nextCheck = t;
        }
    }

    /** The time of the next scheduled intervention, or positive infinity. */
    double nextInterventionTime() {
        return interventions.nextTime();
    }

    /**
     * Lets the supervisor look at each of its check times within the step, up to {@code limit}, on
     * the dense output. A check that answers with nothing costs no stop; the first that answers
     * with interventions cuts the step there (time and state into {@code cut}) and its
     * interventions wait for {@link #intervene()}. Returns true then.
     */
    boolean checkWithin(DenseStep step, double[] endState, double limit, StepCut cut) {
        if (supervisor == null || nextCheck > limit) {
            return false;
        }
        while (nextCheck <= limit) {
            double tc = nextCheck;
            if (tc == step.endTime()) {
                System.arraycopy(endState, 0, yOut, 0, run.n);
            } else {
                step.interpolate(tc, yOut);
            }
            List<Intervention> answer = supervisor.check(tc, view.observe(tc, yOut));
            scheduleNextCheck(tc);
            if (!answer.isEmpty()) {
                fromCheck = answer;
                cut.time = tc;
                System.arraycopy(yOut, 0, cut.state, 0, run.n);
                return true;
            }
        }
        return false;
    }

    /**
     * Applies the interventions due at the run's current point (with those a check within the last
     * step answered with), then lets the supervisor look if a check falls exactly here (its answers
     * due now are applied at once). Returns true when something changed, so that the model's
     * events can respond.
     */
    boolean intervene() {
        if (fromCheck != null) {
            fromCheck.forEach(interventions::add);
            fromCheck = null;
        }
        boolean changed = interventions.applyDue(run.t, run.y, run.p);
        if (changed) {
            run.updateDerived();
        }
        if (supervisor != null && run.t >= nextCheck) {
            for (Intervention i : supervisor.check(run.t, view.observe(run.t, run.y))) {
                interventions.add(i);
            }
            if (interventions.applyDue(run.t, run.y, run.p)) {
                run.updateDerived();
                changed = true;
            }
            scheduleNextCheck(run.t);
        }
        return changed;
    }

    private void scheduleNextCheck(double after) {
        double next = supervisor.nextCheck(after);
        if (!(next > after)) {
            throw new IllegalStateException("the supervisor's next check (" + next + ") must come after " + after);
        }
        nextCheck = next;
    }
}
