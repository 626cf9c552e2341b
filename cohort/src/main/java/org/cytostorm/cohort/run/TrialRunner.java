package org.cytostorm.cohort.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.cytostorm.cohort.store.ParquetRows;

/**
 * Runs a trial's patients in batches over threads. Batch {@code b} holds patients
 * {@code b·size} to {@code (b+1)·size - 1}; each finished batch is written as one Parquet file
 * ({@code batch-NNNNNNNN.parquet}, whole or absent) in the work directory, so a run killed midway
 * and started again skips the batches already there and recomputes nothing else. Since every
 * patient is a pure function of (spec, seed, index), the rows are the same for any thread count,
 * batch order or shard.
 */
public final class TrialRunner {

    /** Patients per batch: small enough that a kill loses little, large enough that files stay few. */
    public static final int DEFAULT_BATCH = 50;

    /** Progress, as patients finish (called from worker threads, in no particular order). */
    public interface Progress {
        void update(long done, long total);
    }

    private final TrialPatient patient;
    private final ParquetRows rows;
    private final int batchSize;

    public TrialRunner(TrialPatient patient, ParquetRows rows, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one patient");
        }
        this.patient = patient;
        this.rows = rows;
        this.batchSize = batchSize;
    }

    /** The file of batch {@code b} in {@code dir}. */
    public static Path batchFile(Path dir, long b) {
        return dir.resolve(String.format(Locale.ROOT, "batch-%08d.parquet", b));
    }

    /** The batches of a trial of {@code patients} that {@code shard} owns, in order. */
    public List<Long> batches(long patients, Shard shard) {
        return batches(patients, batchSize, shard);
    }

    /** The batches of {@code batchSize} patients of a trial of {@code patients} that {@code shard} owns, in order. */
    public static List<Long> batches(long patients, int batchSize, Shard shard) {
        List<Long> out = new ArrayList<>();
        long n = (patients + batchSize - 1) / batchSize;
        for (long b = 0; b < n; b++) {
            if (shard.owns(b)) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Simulates the shard's patients not yet committed in {@code dir} and returns the shard's batch
     * files, in order.
     *
     * <p>Threads take patients, not batches, one at a time in index order, and the thread that
     * finishes the last of a batch's patients writes the batch. With whole batches as the unit of work, a
     * trial of few batches (200 patients are 4 batches) ended with one thread idle while the other
     * finished a batch; now the threads end within a patient of each other. A batch's rows are
     * still its patients' rows in index order, so its file is the same whoever computed them.
     */
    public List<Path> run(long patients, Shard shard, int threads, Path dir, Progress progress) throws IOException {
        Files.createDirectories(dir);
        List<Long> all = batches(patients, shard);
        List<Pending> todo = new ArrayList<>();
        long total = 0;
        long done = 0;
        for (long b : all) {
            long first = b * batchSize;
            int n = (int) (Math.min(patients, first + batchSize) - first);
            total += n;
            if (Files.isRegularFile(batchFile(dir, b))) {
                done += n;
            } else {
                todo.add(new Pending(b, first, n));
            }
        }
        long[] starts = new long[todo.size() + 1];
        for (int k = 0; k < todo.size(); k++) {
            starts[k + 1] = starts[k] + todo.get(k).count;
        }
        long work = starts[todo.size()];
        AtomicLong finished = new AtomicLong(done);
        long totalPatients = total;
        progress.update(done, total);
        AtomicLong next = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        int workers = (int) Math.max(1, Math.min(threads, work));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "cytostorm-trial");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    try {
                        for (long k = next.getAndIncrement(); k < work && !stop.get(); k = next.getAndIncrement()) {
                            int at = Arrays.binarySearch(starts, k);
                            int position = at >= 0 ? at : -at - 2;
                            Pending batch = todo.get(position);
                            int slot = (int) (k - starts[position]);
                            batch.rows[slot] = patient.simulate(batch.first + slot);
                            progress.update(finished.incrementAndGet(), totalPatients);
                            if (batch.remaining.decrementAndGet() == 0) {
                                rows.write(batch.rows(), batchFile(dir, batch.index));
                            }
                        }
                    } catch (IOException | RuntimeException | Error e) {
                        // the other threads stop after their current patient, so that no batch is
                        // written once the run has failed
                        stop.set(true);
                        throw e;
                    }
                    return null;
                }));
            }
            Throwable failure = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                }
            }
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException re) {
                throw re;
            }
            if (failure instanceof Error err) {
                throw err;
            }
            if (failure != null) {
                throw new IOException(failure);
            }
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        List<Path> files = new ArrayList<>();
        for (long b : all) {
            files.add(batchFile(dir, b));
        }
        return files;
    }

    /** A batch being computed: its patients' rows by slot, and how many are still to come. */
    private static final class Pending {
        final long index;
        final long first;
        final int count;
        final List<PatientResult>[] rows;
        final AtomicInteger remaining;

        @SuppressWarnings("unchecked")
        Pending(long index, long first, int count) {
            this.index = index;
            this.first = first;
            this.count = count;
            this.rows = new List[count];
            this.remaining = new AtomicInteger(count);
        }

        /**
         * The batch's rows in patient order. Called by the thread whose decrement of
         * {@link #remaining} reached 0, after every other thread's decrement, so it sees every slot.
         */
        List<PatientResult> rows() {
            List<PatientResult> out = new ArrayList<>();
            for (List<PatientResult> r : rows) {
                out.addAll(r);
            }
            return out;
        }
    }
}
