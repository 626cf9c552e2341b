package org.cytostorm.engine.solve;

/** Drives a step-by-step {@link Stepper} (the Rosenbrock methods). */
final class StepperAdvancer implements Advancer {

    private final Stepper stepper;
    private final String name;
    private final double tEnd;
    private final double initialStep;
    private Failure failure;
    private double lastStep = Double.NaN;

    StepperAdvancer(Stepper stepper, String name, double tEnd, double initialStep) {
        this.stepper = stepper;
        this.name = name;
        this.tEnd = tEnd;
        this.initialStep = initialStep;
    }

    @Override
    public void restart(double t, double[] y) {
        double suggested = Double.isNaN(lastStep) ? (Double.isNaN(initialStep) ? 0.0 : initialStep) : lastStep;
        stepper.start(t, y, tEnd, suggested);
    }

    @Override
    public Outcome advance(double tStop, StepObserver observer) {
        while (stepper.endTime() < tStop) {
            StepStatus status = stepper.step(tStop);
            if (status != StepStatus.OK) {
                failure = new Failure(status == StepStatus.NON_FINITE ? ReturnCode.NON_FINITE
                        : ReturnCode.STEP_SIZE_UNDERFLOW, stepper.failureTime(), stepper.failureComponent());
                return Outcome.FAILED;
            }
            lastStep = stepper.nextStepSize();
            if (observer.onStep(stepper, stepper.state())) {
                return Outcome.STOPPED;
            }
        }
        return Outcome.REACHED;
    }

    @Override
    public double time() {
        return stepper.endTime();
    }

    @Override
    public double[] state() {
        return stepper.state();
    }

    @Override
    public Failure failure() {
        return failure;
    }

    @Override
    public String name() {
        return name;
    }
}
