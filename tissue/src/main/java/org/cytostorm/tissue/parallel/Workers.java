package org.cytostorm.tissue.parallel;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed set of threads that run one {@link RangeTask} over a fixed partition of {@code [0, n)}:
 * chunk {@code t} of {@code T} threads is {@code [n·t/T, n·(t+1)/T)}. The calling thread runs chunk
 * 0 itself, pool thread {@code t} runs chunk {@code t}, and {@link #forRange} returns when all are
 * done.
 *
 * <p>Why not an executor: a diffusion step makes two or three such calls and may take only a
 * millisecond, so the hand-off must cost microseconds and allocate nothing. The pool threads spin
 * briefly on a generation counter and then park; the caller publishes the task by bumping that
 * counter and waits the same way on a countdown. Nothing is allocated per call, and the static
 * partition means a voxel is always handled by the same chunk of code for a given thread count.
 *
 * <p>An exception thrown in any chunk is rethrown to the caller once every chunk has finished (the
 * first chunk's first, the others added as suppressed), so the pool is always ready for the next
 * call. One {@code forRange} at a time: with pool threads, a nested or concurrent call is
 * rejected (a serial instance just runs it). Pool threads are daemons; {@link #close()} ends them.
 */
public final class Workers implements AutoCloseable {

    /**
     * Pause-loop iterations before a waiting thread parks: on the order of tens of microseconds,
     * enough to catch the next sweep of the same step without burning a core between steps.
     */
    private static final int SPINS = 1 << 10;

    /**
     * The most threads a pool may have: {@value}. Every call hands out one chunk per thread and
     * waits for all, so threads beyond the cores only add hand-offs (5000 threads made a run 60
     * times slower); 256 is more cores than any machine this runs on.
     */
    public static final int MAX_THREADS = 256;

    private final int threads;
    private final Helper[] helpers;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicInteger pending = new AtomicInteger();

    /** Bumped by the caller to hand out a task; its volatile write publishes {@link #task} and {@link #n}. */
    private volatile int generation;
    private volatile boolean closed;
    private volatile Thread caller;
    private volatile boolean callerParked;
    private RangeTask task;
    private int n;

    private Workers(int threads) {
        this.threads = threads;
        this.helpers = new Helper[threads - 1];
        for (int t = 1; t < threads; t++) {
            Helper h = new Helper(t);
            h.thread.start();
            helpers[t - 1] = h;
        }
    }

    /** Everything on the calling thread; no pool threads. */
    public static Workers serial() {
        return new Workers(1);
    }

    /**
     * The calling thread plus {@code threads − 1} pool threads.
     *
     * @param threads number of chunks per call, 1 to {@link #MAX_THREADS}
     */
    public static Workers of(int threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("workers need between 1 and " + MAX_THREADS + " threads, got "
                    + threads);
        }
        return new Workers(threads);
    }

    /** Number of threads (and chunks per call), the caller included. */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code task} over {@code [0, n)} split into {@link #threads()} contiguous chunks, one per
     * thread (empty chunks are skipped), and waits for all of them.
     *
     * @throws IllegalStateException after {@link #close()}, or when called from inside a task or
     *     while another thread's call is running
     */
    public void forRange(int n, RangeTask task) {
        Objects.requireNonNull(task, "task");
        if (n < 0) {
            throw new IllegalArgumentException("range length must be ≥ 0, got " + n);
        }
        if (closed) {
            throw new IllegalStateException("workers are closed");
        }
        if (threads == 1) {
            if (n > 0) {
                task.run(0, n);
            }
            return;
        }
        if (n == 0) {
            return;
        }
        if (!busy.compareAndSet(false, true)) {
            throw new IllegalStateException("workers run one forRange at a time: nested or concurrent call");
        }
        try {
            runAll(n, task);
        } finally {
            busy.set(false);
        }
    }

    private void runAll(int n, RangeTask task) {
        this.task = task;
        this.n = n;
        caller = Thread.currentThread();
        pending.set(threads - 1);
        generation = generation + 1;
        for (Helper h : helpers) {
            if (h.parked) {
                LockSupport.unpark(h.thread);
            }
        }
        Throwable failure = null;
        try {
            int to = chunkStart(n, 1);
            if (to > 0) {
                task.run(0, to);
            }
        } catch (Throwable t) {
            failure = t;
        }
        awaitHelpers();
        this.task = null;
        for (Helper h : helpers) {
            Throwable t = h.failure;
            if (t != null) {
                h.failure = null;
                if (failure == null) {
                    failure = t;
                } else {
                    failure.addSuppressed(t);
                }
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("a range task failed", failure);
        }
    }

    private void awaitHelpers() {
        for (int spin = 0; spin < SPINS; spin++) {
            if (pending.get() == 0) {
                return;
            }
            Thread.onSpinWait();
        }
        callerParked = true;
        while (pending.get() != 0) {
            LockSupport.park(this);
        }
        callerParked = false;
    }

    private int chunkStart(int n, int t) {
        return (int) ((long) n * t / threads);
    }

    /** Ends the pool threads; later calls to {@link #forRange} fail. Idempotent. */
    @Override
    public void close() {
        closed = true;
        for (Helper h : helpers) {
            LockSupport.unpark(h.thread);
        }
    }

    /** One pool thread, running chunk {@link #index} of each call. */
    private final class Helper implements Runnable {

        private final int index;
        private final Thread thread;
        private volatile boolean parked;
        /** Written before the countdown, read by the caller after it: visible without being volatile. */
        private Throwable failure;

        Helper(int index) {
            this.index = index;
            this.thread = new Thread(this, "cytostorm-worker-" + index);
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            int seen = 0;
            while (awaitWork(seen)) {
                seen = generation;
                int n = Workers.this.n;
                int from = chunkStart(n, index);
                int to = chunkStart(n, index + 1);
                try {
                    if (from < to) {
                        task.run(from, to);
                    }
                } catch (Throwable t) {
                    failure = t;
                }
                if (pending.decrementAndGet() == 0 && callerParked) {
                    LockSupport.unpark(caller);
                }
            }
        }

        /** Waits for a generation other than {@code seen}; false once the pool is closed. */
        private boolean awaitWork(int seen) {
            for (int spin = 0; spin < SPINS; spin++) {
                if (closed) {
                    return false;
                }
                if (generation != seen) {
                    return true;
                }
                Thread.onSpinWait();
            }
            parked = true;
            while (generation == seen && !closed) {
                LockSupport.park(this);
            }
            parked = false;
            return !closed;
        }
    }
}
