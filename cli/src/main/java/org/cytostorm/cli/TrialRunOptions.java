package org.cytostorm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.cytostorm.cohort.TrialJob;
import org.cytostorm.cohort.analysis.TrialSummary;
import org.cytostorm.cohort.run.Shard;
import org.cytostorm.cohort.run.TrialRunner;
import org.cytostorm.cohort.trial.TrialSource;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.cytostorm.common.distribute.Cluster;
import org.cytostorm.report.OutputDirectories;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options {@code trial} and {@code cohort} share (how many patients, seed, threads, shard,
 * output directory, Spark), their checks, and running the job with its first and last lines.
 */
final class TrialRunOptions {

    /** The most worker threads. */
    static final int MAX_THREADS = 1024;

    @Option(names = "--patients", paramLabel = "N", description = "patients to draw (default: the spec's, or 200)")
    private Integer patients;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "worker threads (default: the number of processors); results do not depend on it")
    private Integer threads;

    @Option(names = "--shard", paramLabel = "K/N", description = "run part K of N (merge the parts with 'cytostorm merge')")
    private String shard;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/KIND-NAME)")
    private Path out;

    @Mixin
    private ClusterOption cluster;

    /**
     * Checks the options, runs the spec and prints what runs and what was written.
     *
     * @param kind    {@code trial} or {@code cohort}: the first word of the lines and of the default directory
     * @param source  the spec's text and place (kept with the outputs; read again by cluster executors)
     * @param t       the spec, read from {@code source}
     * @param summary prints the summary of a whole run (a shard has none) before the last line
     */
    void run(String kind, TrialSource source, TrialSpec t, TrialSpecReader reader, PrintWriter o, PrintWriter err,
            java.util.function.Consumer<TrialSummary> summary) throws Exception {
        int n = patients == null ? t.patients() : patients;
        if (n < 1 || n > TrialSpec.MAX_PATIENTS) {
            throw new IllegalArgumentException("--patients must be between 1 and " + TrialSpec.MAX_PATIENTS + ", got " + n);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > MAX_THREADS) {
            throw new IllegalArgumentException("--threads must be between 1 and " + MAX_THREADS + ", got " + workers);
        }
        if (cluster.requested() && threads != null) {
            throw new IllegalArgumentException("--threads and --spark: on Spark the executors' cores set the parallelism;"
                    + " give one of the two");
        }
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        Path dir = out == null ? Path.of("out", kind + "-" + t.name()) : out;
        TrialJob.Options options = new TrialJob.Options(t, source.text(), source.directoryPath(), n, seed, workers, part,
                TrialRunner.DEFAULT_BATCH);
        TrialJob job = new TrialJob(reader.simulator(), OutputDirectories.NAMES);
        String label = out == null ? dir.toString() : "--out " + out;
        Optional<Cluster> spark = cluster.connect("cytostorm " + kind + " " + t.name());
        try {
            String where = spark.map(Cluster::describe)
                    .orElse(workers + " thread" + (workers == 1 ? "" : "s"));
            o.printf(Locale.ROOT, "%s %s: %d patients%s, seed %d, %s%s%n", kind, t.name(), n,
                    t.arms().size() > 1 ? ", " + t.arms().size() + " arms" : "", seed, where,
                    part.count() > 1 ? ", shard " + part : "");
            o.flush();
            long t0 = System.nanoTime();
            Optional<TrialSummary> result = TrialCommand.run(spark.map(c -> job.onCluster(c, source)).orElse(job),
                    options, dir, label, err);
            double seconds = (System.nanoTime() - t0) / 1e9;
            result.ifPresent(summary);
            o.printf(Locale.ROOT, "wrote %s (%s) in %.1f s%n", dir, result.isPresent()
                    ? "patients.parquet, summary.json, report.html" : "patients.parquet of shard " + part, seconds);
            o.flush();
        } finally {
            spark.ifPresent(Cluster::close);
        }
    }
}
