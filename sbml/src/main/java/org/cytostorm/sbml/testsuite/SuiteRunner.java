package org.cytostorm.sbml.testsuite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a set of cases on a fixed pool of threads. The results come back in the order of the cases,
 * and each depends only on its case, so they are the same for any thread count. No case can abort
 * the run: {@link CaseRunner#run} turns every exception into a failed result.
 */
public final class SuiteRunner {

    /** Told of each finished case; calls are serialised, so an implementation need not be thread-safe. */
    @FunctionalInterface
    public interface Progress {
        void caseDone(CaseResult result, int done, int total);

        Progress NONE = (r, d, t) -> { };
    }

    /** Worker stack size: deep expressions recurse; the same size for every thread count. */
    private static final long STACK_BYTES = 16L << 20;

    private final CaseRunner runner;
    private final int threads;

    /**
     * @param runner  runs one case
     * @param threads worker threads (at least 1)
     */
    public SuiteRunner(CaseRunner runner, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
        this.runner = runner;
        this.threads = threads;
    }

    public int threads() {
        return threads;
    }

    /** Runs the cases; the results are in the cases' order. */
    public List<CaseResult> run(List<SuiteCase> cases, Progress progress) throws InterruptedException {
        int total = cases.size();
        AtomicInteger done = new AtomicInteger();
        Object lock = new Object();
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(null, r, "sbml-suite-" + threadNumber.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, factory);
        try {
            List<Future<CaseResult>> futures = new ArrayList<>(total);
            for (SuiteCase c : cases) {
                futures.add(pool.submit(() -> {
                    CaseResult r = runner.run(c);
                    synchronized (lock) {
                        progress.caseDone(r, done.incrementAndGet(), total);
                    }
                    return r;
                }));
            }
            List<CaseResult> results = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    // only the progress listener can throw here: the case itself still has a verdict
                    SuiteCase c = cases.get(i);
                    results.add(CaseResult.failed(c, Outcome.INTERNAL_ERROR,
                            CaseRunner.clean(CaseRunner.describe(e.getCause()), c), 0));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
