package org.cytostorm.cohort.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
     */
    public List<Path> run(long patients, Shard shard, int threads, Path dir, Progress progress) throws IOException {
        Files.createDirectories(dir);
        List<Long> all = batches(patients, shard);
        List<Long> todo = new ArrayList<>();
        long total = 0;
        long done = 0;
        for (long b : all) {
            long n = Math.min(patients, (b + 1) * batchSize) - b * batchSize;
            total += n;
            if (Files.isRegularFile(batchFile(dir, b))) {
                done += n;
            } else {
                todo.add(b);
            }
        }
        AtomicLong finished = new AtomicLong(done);
        long totalPatients = total;
        progress.update(done, total);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "cytostorm-trial");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (long b : todo) {
                futures.add(pool.submit(() -> {
                    runBatch(b, patients, dir, () -> progress.update(finished.incrementAndGet(), totalPatients));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(c);
        } finally {
            pool.shutdownNow();
        }
        List<Path> files = new ArrayList<>();
        for (long b : all) {
            files.add(batchFile(dir, b));
        }
        return files;
    }

    private void runBatch(long b, long patients, Path dir, Runnable onePatient) throws IOException {
        List<PatientResult> out = new ArrayList<>();
        long end = Math.min(patients, (b + 1) * batchSize);
        for (long i = b * batchSize; i < end; i++) {
            out.addAll(patient.simulate(i));
            onePatient.run();
        }
        rows.write(out, batchFile(dir, b));
    }
}
