package org.cytostorm.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
 * the background ({@link BackgroundJobs}) on the cohort module's job, with the outputs of
 * {@code cytostorm trial}.
 */
final class TrialJobs implements AutoCloseable {

    /** The largest trial the dashboard runs (a bigger one belongs on the command line or Spark). */
    static final int MAX_PATIENTS = 2000;

    private final BackgroundJobs jobs;
    private final TrialSpecReader reader = TrialSpecReader.standard();
    private final Path root;

    TrialJobs(Path root) {
        this.root = root;
        this.jobs = new BackgroundJobs(root, "trial");
    }

    /**
     * Starts a trial, or refuses it: an unknown trial or a patient count out of range is an
     * {@link IllegalArgumentException}; while another trial runs, empty.
     */
    Optional<Integer> start(String trial, int patients, long seed) {
        if (!BuiltInTrials.names().contains(trial)) {
            throw new IllegalArgumentException("trial: no built-in trial '" + trial + "'; trials: "
                    + String.join(", ", BuiltInTrials.names()));
        }
        if (patients < 1 || patients > MAX_PATIENTS) {
            throw new IllegalArgumentException("patients: between 1 and " + MAX_PATIENTS + " in the dashboard, got "
                    + patients);
        }
        return jobs.start(trial, patients, job -> run(job, patients, seed));
    }

    Optional<BackgroundJobs.Job> job(String id) {
        return jobs.job(id);
    }

    private void run(BackgroundJobs.Job job, int patients, long seed) throws Exception {
        TrialSource source = BuiltInTrials.source(job.name);
        TrialSpec spec = source.read(reader);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        TrialJob.Options o = new TrialJob.Options(spec, source.text(), source.directoryPath(), patients, seed, threads,
                Shard.ALL, TrialRunner.DEFAULT_BATCH);
        Files.createDirectories(root);
        new TrialJob(reader.simulator(), TrialJob.outputs()).run(o, job.dir, "trial " + job.name, job::progress,
                new TrialReport());
    }

    @Override
    public void close() {
        jobs.close();
    }
}
