package org.cytostorm.web;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;

/**
 * A runner for tests of the cap on concurrent runs: each run holds its slot until {@link #release}
 * (at most a minute), then answers a short healthy run.
 */
final class HeldRuns implements Function<RunRequest, PatientRun> {

    private final CountDownLatch started;
    private final CountDownLatch released = new CountDownLatch(1);
    private final PatientRun healthy = PatientSimulator.standard().run(BuiltInScenarios.load("healthy").withDuration(2));

    /** A runner for which {@link #awaitStarted} waits until {@code runs} runs hold their slots. */
    HeldRuns(int runs) {
        this.started = new CountDownLatch(runs);
    }

    @Override
    public PatientRun apply(RunRequest request) {
        started.countDown();
        try {
            released.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return healthy;
    }

    /** True once the runs expected hold their slots (within 30 s). */
    boolean awaitStarted() throws InterruptedException {
        return started.await(30, TimeUnit.SECONDS);
    }

    /** Lets every held run finish. */
    void release() {
        released.countDown();
    }
}
