package org.cytostorm.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.cytostorm.cohort.TrialJob;
import org.cytostorm.cohort.run.Shard;
import org.cytostorm.cohort.run.TrialRunner;
import org.cytostorm.cohort.trial.BuiltInTrials;
import org.cytostorm.cohort.trial.TrialSource;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.cytostorm.report.trial.TrialReport;

/**
 * The dashboard's in-silico trials: a built-in trial of up to {@value #MAX_PATIENTS} patients run in
 * the background, one at a time, on the cohort module's job (the same outputs as
 * {@code cytostorm trial}), each into its own folder under the server's output folder, with its
 * progress readable while it runs. A trial's files are found by its number only, so no request
 * names a path.
 */
final class TrialJobs implements AutoCloseable {

    /** The largest trial the dashboard runs (a bigger one belongs on the command line or Spark). */
    static final int MAX_PATIENTS = 2000;

    /** A trial's state, read by the page while it runs. */
    static final class Job {
        final String trial;
        final AtomicLong done = new AtomicLong();
        final AtomicLong total = new AtomicLong();
        final AtomicReference<String> error = new AtomicReference<>();
        volatile boolean finished;
        final Path dir;

        Job(String trial, long patients, Path dir) {
            this.trial = trial;
            this.total.set(patients);
            this.dir = dir;
        }
    }

    private final Path root;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dashboard-trial");
        t.setDaemon(true);
        return t;
    });
    private final Map<Integer, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger(1);
    private final TrialSpecReader reader = TrialSpecReader.standard();

    TrialJobs(Path root) {
        this.root = root;
    }

    /**
     * Starts a trial, or refuses it: an unknown trial or a patient count out of range is an
     * {@link IllegalArgumentException}; while another trial runs, empty.
     */
    synchronized Optional<Integer> start(String trial, int patients, long seed) {
        if (!BuiltInTrials.names().contains(trial)) {
            throw new IllegalArgumentException("trial: no built-in trial '" + trial + "'; trials: "
                    + String.join(", ", BuiltInTrials.names()));
        }
        if (patients < 1 || patients > MAX_PATIENTS) {
            throw new IllegalArgumentException("patients: between 1 and " + MAX_PATIENTS + " in the dashboard, got "
                    + patients);
        }
        if (jobs.values().stream().anyMatch(j -> !j.finished)) {
            return Optional.empty();
        }
        int id = next.getAndIncrement();
        Job job = new Job(trial, patients, root.resolve("trial-" + id));
        jobs.put(id, job);
        worker.submit(() -> run(job, patients, seed));
        return Optional.of(id);
    }

    Optional<Job> job(int id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job, int patients, long seed) {
        try {
            TrialSource source = BuiltInTrials.source(job.trial);
            TrialSpec spec = source.read(reader);
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
            TrialJob.Options o = new TrialJob.Options(spec, source.text(), source.directoryPath(), patients, seed,
                    threads, Shard.ALL, TrialRunner.DEFAULT_BATCH);
            Files.createDirectories(root);
            new TrialJob(reader.simulator(), TrialJob.outputs()).run(o, job.dir, "trial " + job.trial,
                    (done, total) -> {
                        job.done.set(done);
                        job.total.set(total);
                    }, new TrialReport());
        } catch (IOException | RuntimeException e) {
            job.error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            job.finished = true;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
