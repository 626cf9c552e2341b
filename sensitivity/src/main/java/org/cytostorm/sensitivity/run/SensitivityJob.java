package org.cytostorm.sensitivity.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.cytostorm.common.distribute.BatchTask;
import org.cytostorm.common.distribute.Cluster;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.common.io.OutputSet;
import org.cytostorm.common.io.ResumableWork;
import org.cytostorm.sensitivity.Factor;
import org.cytostorm.sensitivity.Method;
import org.cytostorm.sensitivity.design.Design;
import org.cytostorm.sensitivity.design.MorrisDesign;
import org.cytostorm.sensitivity.design.SaltelliDesign;
import org.cytostorm.sensitivity.estimate.MorrisEffect;
import org.cytostorm.sensitivity.estimate.MorrisEstimator;
import org.cytostorm.sensitivity.estimate.SobolEstimator;
import org.cytostorm.sensitivity.estimate.SobolIndex;
import org.cytostorm.sensitivity.evaluate.Evaluator;

/**
 * A sensitivity analysis from options to files: evaluates the design's points in batches on
 * {@code threads} threads, then estimates the indices and writes DIR/indices.csv,
 * DIR/evaluations.csv, DIR/summary.json, DIR/run.json and, through a caller's hook, DIR/report.html,
 * committed as one set ({@link OutputSet}).
 *
 * <p>Work in progress lives in {@code .DIR.partial}: {@code run.json} says what is being run, each
 * finished batch is a file of its own written whole ({@link AtomicFiles}). A restart with the same
 * options resumes with the batches not yet done; anything else starts afresh. A point's readouts
 * are a pure function of its row, so the result does not depend on threads, batches or restarts.
 */
public final class SensitivityJob {

    public static final String INDICES = "indices.csv";
    public static final String EVALUATIONS = "evaluations.csv";
    public static final String SUMMARY = "summary.json";
    public static final String REPORT = "report.html";
    public static final String RUN = "run.json";
    static final String BATCHES = "batches";
    static final Set<String> OUTPUTS = Set.of(INDICES, EVALUATIONS, SUMMARY, REPORT, RUN);

    /** The most points of one analysis. */
    public static final long MAX_EVALUATIONS = 10_000_000L;

    /** Reports evaluations done of the total, from any thread. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    /** Writes the report of a finished analysis (the report module's job) into {@code file}. */
    @FunctionalInterface
    public interface ReportWriter {
        void write(SensitivityResult result, Path file) throws IOException;
    }

    /**
     * What to run.
     *
     * @param method    Morris or Sobol
     * @param subject   what is analysed, for files and the report (a scenario's name, a model file)
     * @param identity  what must match for a restart to resume (the model's digest, the scenario's
     *                  settings): added to run.json
     * @param factors   the factors
     * @param evaluator the readouts at a point
     * @param samples   base samples N (Sobol) or trajectories r (Morris)
     * @param levels    Morris grid levels p (even)
     * @param seed      the Morris design's and the bootstrap's seed
     * @param bootstrap resamples for the 95% intervals
     * @param threads   worker threads
     * @param batchSize points per committed batch
     */
    public record Options(Method method, String subject, Map<String, Object> identity, List<Factor> factors,
            Evaluator evaluator, int samples, int levels, long seed, int bootstrap, int threads, int batchSize) {

        public Options {
            factors = List.copyOf(factors);
            identity = Map.copyOf(identity);
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("--threads must be 1 to 256, not " + threads);
            }
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be positive, not " + batchSize);
            }
            if (bootstrap < 0 || bootstrap > 10_000) {
                throw new IllegalArgumentException("--bootstrap must be 0 to 10000, not " + bootstrap);
            }
        }

        /** The design these options describe. */
        public Design design() {
            Design d = method == Method.SOBOL ? new SaltelliDesign(samples, factors.size())
                    : new MorrisDesign(samples, factors.size(), levels, seed);
            if (d.rows() > MAX_EVALUATIONS) {
                throw new IllegalArgumentException(d.rows() + " evaluations (" + samples + " samples, " + factors.size()
                        + " parameters): at most " + MAX_EVALUATIONS + " in one analysis");
            }
            return d;
        }
    }

    private final Set<String> names;
    private final Optional<Cluster> remote;
    private final Optional<BatchTask> remoteTask;

    /**
     * @param names the names an output directory may hold (this job's {@link #outputs()} and those
     *              of other commands, so that a directory that held a run may take an analysis)
     */
    public SensitivityJob(Set<String> names) {
        this(names, Optional.empty(), Optional.empty());
    }

    private SensitivityJob(Set<String> names, Optional<Cluster> remote, Optional<BatchTask> remoteTask) {
        this.names = Set.copyOf(names);
        this.remote = remote;
        this.remoteTask = remoteTask;
    }

    /**
     * This job with the design's points evaluated on {@code cluster}'s executors; resuming, the
     * estimates and the files stay here, so the outputs are those of a local run.
     *
     * @param task evaluates a batch of the very options the job is run with and returns
     *             {@link BatchEvaluation#csv}'s text in UTF-8; it rebuilds the evaluator on the executor
     *             (the caller knows from what: a command line, a file)
     */
    public SensitivityJob onCluster(Cluster cluster, BatchTask task) {
        return new SensitivityJob(names, Optional.of(cluster), Optional.of(task));
    }

    /** The output directory's entries. */
    public static Set<String> outputs() {
        return OUTPUTS;
    }

    /** Runs the analysis into {@code out} (named {@code label} in messages). */
    public SensitivityResult run(Options o, Path out, String label, Progress progress, ReportWriter report)
            throws IOException, InterruptedException {
        Design design = o.design();
        List<String> outputs = o.evaluator().outputs();
        try (OutputSet set = OutputSet.open(out, label, names)) {
            Path work = set.resumable();
            Map<String, Object> manifest = manifest(o, design);
            ResumableWork.startOrResume(work, RUN, BATCHES, OUTPUTS, manifest);
            Path batches = work.resolve(BATCHES);
            Files.createDirectories(batches);
            evaluate(o, design, batches, progress);
            Readouts r = Readouts.read(batches, design.rows(), outputs.size(), o.batchSize());
            SensitivityResult result = estimate(o, design, outputs, r);
            EvaluationsFile.write(work.resolve(EVALUATIONS), design, o.factors(), outputs, r);
            IndicesFile.write(work.resolve(INDICES), result);
            AtomicFiles.writeString(work.resolve(SUMMARY), SummaryJson.write(result, manifest));
            if (report != null) {
                report.write(result, work.resolve(REPORT));
            }
            ResumableWork.deleteFolder(batches);
            set.commit();
            return result;
        }
    }

    private void evaluate(Options o, Design design, Path dir, Progress progress)
            throws IOException, InterruptedException {
        long rows = design.rows();
        long count = (rows + o.batchSize() - 1) / o.batchSize();
        List<Long> todo = new ArrayList<>();
        long done = 0;
        for (long b = 0; b < count; b++) {
            if (Files.isRegularFile(Readouts.file(dir, b))) {
                done += Math.min(o.batchSize(), rows - b * o.batchSize());
            } else {
                todo.add(b);
            }
        }
        AtomicLong finished = new AtomicLong(done);
        progress.update(done, rows);
        if (remote.isPresent()) {
            if (!todo.isEmpty()) {
                remote.get().run(remoteTask.orElseThrow(), todo, (b, csv) -> {
                    AtomicFiles.writeBinary(Readouts.file(dir, b), out -> out.write(csv));
                    progress.update(finished.addAndGet(Math.min(o.batchSize(), rows - b * o.batchSize())), rows);
                });
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> {
            Thread t = new Thread(r, "sensitivity");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (long b : todo) {
                futures.add(pool.submit(() -> {
                    writeBatch(o, design, dir, b, finished, rows, progress);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void writeBatch(Options o, Design design, Path dir, long batch, AtomicLong finished, long rows,
            Progress progress) throws IOException {
        String csv = BatchEvaluation.csv(o, design, batch, () -> progress.update(finished.incrementAndGet(), rows));
        AtomicFiles.writeString(Readouts.file(dir, batch), csv);
    }

    private static SensitivityResult estimate(Options o, Design design, List<String> outputs, Readouts r) {
        List<String> factorNames = o.factors().stream().map(Factor::name).toList();
        List<SobolIndex> sobol = new ArrayList<>();
        List<MorrisEffect> morris = new ArrayList<>();
        for (int j = 0; j < outputs.size(); j++) {
            if (design instanceof SaltelliDesign s) {
                sobol.addAll(new SobolEstimator(o.bootstrap(), o.seed()).estimate(factorNames, outputs.get(j),
                        r.values(j), s.baseSamples()));
            } else if (design instanceof MorrisDesign m) {
                morris.addAll(new MorrisEstimator(o.bootstrap(), o.seed()).estimate(m, factorNames, outputs.get(j),
                        r.values(j)));
            }
        }
        return new SensitivityResult(o.method(), o.subject(), o.factors(), outputs, o.samples(), o.seed(),
                o.bootstrap(), design.rows(), r.failed(), r.firstFailures(), sobol, morris);
    }

    private static Map<String, Object> manifest(Options o, Design design) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", o.method().label());
        m.put("subject", o.subject());
        m.putAll(new java.util.TreeMap<>(o.identity()));
        List<Map<String, Object>> factors = new ArrayList<>();
        for (Factor f : o.factors()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.name());
            fm.put("distribution", f.distribution().toString());
            factors.add(fm);
        }
        m.put("parameters", factors);
        m.put("outputs", o.evaluator().outputs());
        m.put("samples", o.samples());
        if (o.method() == Method.MORRIS) {
            m.put("levels", o.levels());
        }
        m.put("evaluations", design.rows());
        m.put("seed", o.seed());
        m.put("bootstrap", o.bootstrap());
        m.put("batch_size", o.batchSize());
        m.put("cytostorm", org.cytostorm.common.build.BuildInfo.current().describe());
        return m;
    }
}
