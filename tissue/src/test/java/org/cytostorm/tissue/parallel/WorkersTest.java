package org.cytostorm.tissue.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WorkersTest {

    /** Records, per index, which chunk ran it and on which thread. */
    private static final class Recorder implements RangeTask {
        final int[] hits;
        final long[] chunkFrom;
        final String[] thread;

        Recorder(int n) {
            hits = new int[n];
            chunkFrom = new long[n];
            thread = new String[n];
        }

        @Override
        public void run(int from, int to) {
            for (int i = from; i < to; i++) {
                hits[i]++;
                chunkFrom[i] = from;
                thread[i] = Thread.currentThread().getName();
            }
        }
    }

    @Test
    void aPoolHasBetweenOneAndMaxThreads() {
        assertThrows(IllegalArgumentException.class, () -> Workers.of(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Workers.of(Workers.MAX_THREADS + 1));
        assertTrue(e.getMessage().contains(Integer.toString(Workers.MAX_THREADS + 1)), e.getMessage());
        try (Workers w = Workers.of(Workers.MAX_THREADS)) {
            assertEquals(Workers.MAX_THREADS, w.threads());
        }
    }

    @Test
    void eachIndexRunsOnceInTheFixedChunkOfItsThread() {
        // 3 threads over 10 indices: chunks [0,3), [3,6), [6,10) by n·t/T, the caller taking the first
        try (Workers w = Workers.of(3)) {
            for (int repeat = 0; repeat < 50; repeat++) {
                Recorder r = new Recorder(10);
                w.forRange(10, r);
                assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, r.hits);
                assertArrayEquals(new long[] {0, 0, 0, 3, 3, 3, 6, 6, 6, 6}, r.chunkFrom);
                assertEquals(Thread.currentThread().getName(), r.thread[0]);
                assertEquals("cytostorm-worker-1", r.thread[3]);
                assertEquals("cytostorm-worker-2", r.thread[9]);
            }
        }
    }

    @Test
    void fewerIndicesThanThreadsSkipsEmptyChunks() {
        try (Workers w = Workers.of(4)) {
            int[] calls = new int[1];
            Recorder r = new Recorder(2);
            w.forRange(2, (from, to) -> {
                synchronized (calls) {
                    calls[0]++;
                }
                r.run(from, to);
            });
            assertArrayEquals(new int[] {1, 1}, r.hits);
            assertEquals(2, calls[0], "two non-empty chunks of four");
            w.forRange(0, (from, to) -> {
                throw new AssertionError("no chunk for an empty range");
            });
        }
    }

    @Test
    void manyCallsInARowSeeEachOthersWrites() {
        // each call adds 1 to every element; a lost hand-off or a stale read would show as a wrong count
        int n = 1000;
        long[] data = new long[n];
        try (Workers w = Workers.of(2)) {
            RangeTask add = (from, to) -> {
                for (int i = from; i < to; i++) {
                    data[i]++;
                }
            };
            for (int call = 0; call < 5_000; call++) {
                w.forRange(n, add);
            }
        }
        for (long v : data) {
            assertEquals(5_000, v);
        }
    }

    @Test
    void anExceptionInAnyChunkReachesTheCallerAndThePoolStaysUsable() {
        try (Workers w = Workers.of(2)) {
            IllegalStateException inHelper = new IllegalStateException("helper chunk");
            assertSame(inHelper, assertThrows(IllegalStateException.class, () -> w.forRange(10, (from, to) -> {
                if (from > 0) {
                    throw inHelper;
                }
            })));
            ArithmeticException inCaller = new ArithmeticException("caller chunk");
            assertSame(inCaller, assertThrows(ArithmeticException.class, () -> w.forRange(10, (from, to) -> {
                if (from == 0) {
                    throw inCaller;
                }
            })));
            // both fail: the first chunk's exception, the other suppressed
            RuntimeException both = assertThrows(RuntimeException.class, () -> w.forRange(10, (from, to) -> {
                throw new RuntimeException("chunk at " + from);
            }));
            assertEquals("chunk at 0", both.getMessage());
            assertEquals("chunk at 5", both.getSuppressed()[0].getMessage());
            Recorder r = new Recorder(10);
            w.forRange(10, r);
            assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, r.hits);
        }
    }

    @Test
    void nestedCallsClosedPoolsAndBadArgumentsAreRejected() {
        Workers w = Workers.of(2);
        IllegalStateException nested = assertThrows(IllegalStateException.class,
                () -> w.forRange(4, (from, to) -> w.forRange(2, (a, b) -> { })));
        assertTrue(nested.getMessage().contains("one forRange at a time"), nested.getMessage());
        assertThrows(IllegalArgumentException.class, () -> w.forRange(-1, (from, to) -> { }));
        w.close();
        w.close();
        assertThrows(IllegalStateException.class, () -> w.forRange(4, (from, to) -> { }));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> Workers.of(0));
        assertTrue(none.getMessage().contains("got 0"), none.getMessage());
    }

    @Test
    void serialRunsTheWholeRangeOnTheCaller() {
        try (Workers w = Workers.serial()) {
            assertEquals(1, w.threads());
            Recorder r = new Recorder(7);
            w.forRange(7, r);
            assertArrayEquals(new long[7], r.chunkFrom);
            assertEquals(Thread.currentThread().getName(), r.thread[6]);
        }
    }

    @Test
    void aCallAllocatesNothingOnTheCaller() {
        // the pool is used several times per diffusion step: no garbage per call
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        AtomicLong sink = new AtomicLong();
        RangeTask task = (from, to) -> sink.addAndGet(to - from);
        try (Workers w = Workers.of(2)) {
            for (int i = 0; i < 5_000; i++) {
                w.forRange(100, task);
            }
            long a0 = mx.getThreadAllocatedBytes(tid);
            for (int i = 0; i < 10; i++) {
                w.forRange(100, task);
            }
            long a1 = mx.getThreadAllocatedBytes(tid);
            for (int i = 0; i < 2_010; i++) {
                w.forRange(100, task);
            }
            long a2 = mx.getThreadAllocatedBytes(tid);
            long extra = (a2 - a1) - (a1 - a0);
            assertTrue(extra < 1024, "2,000 more calls allocated " + extra + " more bytes");
        }
        assertEquals(100L * 7_020, sink.get());
    }
}
