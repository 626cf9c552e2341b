package org.cytostorm.engine.solve.rosenbrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.cytostorm.engine.solve.Counters;
import org.cytostorm.engine.solve.StepStatus;
import org.cytostorm.engine.solve.Tolerances;
import org.junit.jupiter.api.Test;

/** After warm-up, stepping, dense output and restarts allocate nothing on the calling thread. */
class AllocationTest {

    private static final int STEPS = 10_000;
    /** Slack for the measurement itself. */
    private static final long SLACK_BYTES = 512;

    @Test
    void stepsDoNotAllocate() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        long thread = Thread.currentThread().getId();

        Counters counters = new Counters();
        RosenbrockStepper stepper = new RosenbrockStepper(new TestProblems.Oscillator(), RosenbrockTableau.rodas5P(),
                new Tolerances(1e-8, 1e-10), counters, 0.01);
        double[] y0 = {1, 0, 1};
        double[] out = new double[3];
        double tEnd = 1e9;
        stepper.start(0, y0, tEnd, 0);

        double sink = run(stepper, out, 3 * STEPS, tEnd); // warm-up: let the JIT compile the hot paths
        long before = threads.getThreadAllocatedBytes(thread);
        sink += run(stepper, out, STEPS, tEnd);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        System.out.printf("%d steps allocated %d bytes (%s)%n", STEPS, allocated, counters.snapshot());
        assertTrue(Double.isFinite(sink));
        assertTrue(allocated <= SLACK_BYTES, allocated + " bytes allocated in " + STEPS + " steps");
    }

    /** Steps with dense output, time stops and an occasional restart (with and without a suggested step). */
    private static double run(RosenbrockStepper stepper, double[] out, int steps, double tEnd) {
        double sink = 0;
        for (int i = 0; i < steps; i++) {
            double stop = i % 7 == 0 ? stepper.endTime() + 0.003 : tEnd;
            assertEquals(StepStatus.OK, stepper.step(stop));
            stepper.interpolate(0.5 * (stepper.startTime() + stepper.endTime()), out);
            sink += out[0];
            if (i % 1000 == 999) {
                double[] y = stepper.state();
                stepper.start(stepper.endTime(), y, tEnd, i % 2000 == 999 ? stepper.nextStepSize() : 0);
            }
        }
        return sink;
    }
}
