package org.cytostorm.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cytostorm.common.distribute.Cluster;
import org.cytostorm.common.input.InputException;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.io.ModelReaders;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.run.ScenarioValues;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.report.OutputDirectories;
import org.cytostorm.report.sensitivity.SensitivityReport;
import org.cytostorm.sensitivity.Factor;
import org.cytostorm.sensitivity.Factors;
import org.cytostorm.sensitivity.Method;
import org.cytostorm.sensitivity.Space;
import org.cytostorm.sensitivity.estimate.MorrisEffect;
import org.cytostorm.sensitivity.estimate.SobolIndex;
import org.cytostorm.sensitivity.evaluate.Evaluator;
import org.cytostorm.sensitivity.evaluate.ModelEvaluator;
import org.cytostorm.sensitivity.evaluate.Readout;
import org.cytostorm.sensitivity.evaluate.ScenarioEvaluator;
import org.cytostorm.sensitivity.run.SensitivityJob;
import org.cytostorm.sensitivity.run.SensitivityResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cytostorm sensitivity SCENARIO|MODEL --method morris|sobol ...}. */
@Command(name = "sensitivity", header = "Global sensitivity analysis (Morris or Sobol) of a scenario or model.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Global sensitivity analysis of a scenario or a model file: Morris screening",
                "(mu*, sigma) or Sobol indices (first-order S1 and total ST, with 95% bootstrap",
                "intervals) of each readout to each parameter, over the parameters' distributions",
                "(a scenario: the parameter table's) or ranges. Writes DIR/indices.csv (ranked),",
                "DIR/evaluations.csv, DIR/summary.json and DIR/report.html; work in progress is",
                "kept in .DIR.partial, so an interrupted analysis started again resumes.",
                "Exits 0 on success, 2 on bad input."})
final class SensitivityCommand implements Callable<Integer> {

    /** The most readouts of one analysis. */
    static final int MAX_OUTPUTS = 50;
    private static final int BATCH = 50;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO|MODEL",
            description = "a built-in scenario or scenario file (.yaml), or a model file (.ant/.txt/.antimony, .xml/.sbml)")
    private String subject;

    @Option(names = "--method", paramLabel = "morris|sobol", defaultValue = "morris",
            description = "morris (screening, r(k + 1) runs) or sobol (variance shares, N(k + 2) runs); default: ${DEFAULT-VALUE}")
    private String method;

    @Option(names = "--parameters", paramLabel = "LIST",
            description = "parameters to vary, comma-separated: NAME (its table distribution or range) or NAME=DIST"
                    + " (uniform(LO..HI), lognormal(CV), normal(SD, LO..HI), ...); a model file needs NAME=DIST."
                    + " Default for a scenario: every parameter the table varies")
    private String parameters;

    @Option(names = "--outputs", paramLabel = "LIST",
            description = "readouts, comma-separated: peak_il6, max_crs_grade, max_sofa, survival_day28,"
                    + " max_icans_grade, or max:COLUMN, min:COLUMN, end:COLUMN (a model: its variables, NAME for the"
                    + " end value). Default for a scenario: peak_il6, max_crs_grade, max_sofa, survival_day28")
    private String outputs;

    @Option(names = "--samples", paramLabel = "N",
            description = "sobol: base samples N (a power of two, default 256); morris: trajectories r (default 20)")
    private Integer samples;

    @Option(names = "--levels", paramLabel = "P", defaultValue = "4", description = "morris grid levels, even (default: ${DEFAULT-VALUE})")
    private int levels;

    @Option(names = "--space", paramLabel = "distribution|range", defaultValue = "distribution",
            description = "a scenario's parameters named without a distribution vary over the table's distribution"
                    + " around the scenario's value, or uniformly over the plausible range (default: ${DEFAULT-VALUE})")
    private String space;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "500",
            description = "bootstrap resamples for the 95% intervals (default: ${DEFAULT-VALUE})")
    private int bootstrap;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the seed of the Morris design and the bootstrap (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "worker threads (default: the number of processors); results do not depend on it")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/sensitivity-NAME)")
    private Path out;

    @Option(names = "--end", paramLabel = "T", description = "a model file: end time (model time units)")
    private Double end;

    @Option(names = "--points", paramLabel = "N", defaultValue = "101",
            description = "a model file: output times, 0 to --end, for max: and min: (default: ${DEFAULT-VALUE})")
    private int points;

    @Mixin
    private PatientOptions patient;

    @Mixin
    private ClusterOption cluster;

    /** What the command runs: its options checked, its evaluator built, its output directory. */
    record Prepared(String name, Setup setup, SensitivityJob.Options options, Path dir) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (cluster.requested() && threads != null) {
            throw new IllegalArgumentException("--threads and --spark: on Spark the executors' cores set the parallelism;"
                    + " give one of the two");
        }
        Prepared p = prepare();
        SensitivityJob.Options options = p.options();
        Setup s = p.setup();
        long evaluations = options.design().rows();
        firstPoint(options);
        Optional<Cluster> spark = cluster.connect("cytostorm sensitivity " + p.name());
        try {
            o.printf(Locale.ROOT, "sensitivity %s (%s): %d parameters, %d readouts, %d evaluations, %s%n", p.name(),
                    options.method().label(), s.factors().size(), s.evaluator().outputs().size(), evaluations,
                    spark.map(Cluster::describe).orElse(options.threads() + " thread" + (options.threads() == 1 ? "" : "s")));
            o.flush();
            long t0 = System.nanoTime();
            SensitivityJob job = new SensitivityJob(OutputDirectories.NAMES);
            if (spark.isPresent()) {
                job = job.onCluster(spark.get(), new SensitivityBatchTask(ClusterArguments.absolute(
                        spec.commandLine().getParseResult().originalArgs(), subject, FILE_OPTIONS)));
            }
            SensitivityResult r = run(job, options, p.dir(), out == null ? p.dir().toString() : "--out " + out, err,
                    evaluations, new SensitivityReport(s.table()));
            print(o, r);
            o.printf(Locale.ROOT, "wrote %s (indices.csv, evaluations.csv, summary.json, report.html) in %.1f s%n", p.dir(),
                    (System.nanoTime() - t0) / 1e9);
            o.flush();
        } finally {
            spark.ifPresent(Cluster::close);
        }
        return ExitCodes.OK;
    }

    /** The options naming files, whose relative names a cluster executor could not resolve. */
    private static final java.util.Set<String> FILE_OPTIONS = java.util.Set.of("--protocol", "--doses");

    /**
     * Checks the options and builds what the analysis needs; called by the command and, from the same
     * arguments, on each cluster executor ({@link SensitivityBatchTask}).
     */
    Prepared prepare() throws Exception {
        Method m = switch (method.toLowerCase(Locale.ROOT)) {
            case "morris" -> Method.MORRIS;
            case "sobol" -> Method.SOBOL;
            default -> throw new IllegalArgumentException("--method must be morris or sobol, not '" + method + "'");
        };
        int n = samples != null ? samples : m == Method.SOBOL ? 256 : 20;
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > TrialRunOptions.MAX_THREADS) {
            throw new IllegalArgumentException("--threads must be between 1 and " + TrialRunOptions.MAX_THREADS + ", got " + workers);
        }
        if (m == Method.SOBOL && (n < 2 || n > (1 << 20))) {
            throw new IllegalArgumentException("--samples must be 2 to 1048576 base samples for sobol, got " + n);
        }
        if (m == Method.MORRIS && (n < 2 || n > 100_000)) {
            throw new IllegalArgumentException("--samples must be 2 to 100000 trajectories for morris, got " + n);
        }
        List<String> written = parameters == null ? List.of() : Factors.splitList(parameters);
        List<String> reads = outputs == null ? List.of() : Factors.splitList(outputs);
        if (reads.size() > MAX_OUTPUTS) {
            throw new IllegalArgumentException("--outputs: " + reads.size() + " readouts, at most " + MAX_OUTPUTS);
        }
        Setup s = isModelFile(subject) ? model(written, reads) : scenario(written, reads);
        String name = Path.of(subject).getFileName().toString().replaceFirst("\\.(ya?ml|ant|txt|antimony|xml|sbml)$", "");
        Path dir = out == null ? Path.of("out", "sensitivity-" + name) : out;
        SensitivityJob.Options options = new SensitivityJob.Options(m, subject, Map.of("identity", s.identity()),
                s.factors(), s.evaluator(), n, levels, seed, bootstrap, workers, BATCH);
        return new Prepared(name, s, options, dir);
    }

    /**
     * Evaluates the design's first point before anything is written: an input the simulator refuses
     * at every point (a setting it does not take) is bad input, reported at once, not thousands of
     * failed evaluations. A simulation that fails there is not: other points may run.
     */
    private static void firstPoint(SensitivityJob.Options options) {
        double[] u = new double[options.factors().size()];
        options.design().point(0, u);
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            x[i] = options.factors().get(i).value(u[i]);
        }
        try {
            options.evaluator().evaluate(x);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--parameters: " + e.getMessage(), e);
        }
    }

    /** What an analysis of a model file or a scenario needs. */
    private record Setup(List<Factor> factors, Evaluator evaluator, String identity, Optional<ParameterTable> table) {
    }

    private static boolean isModelFile(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.endsWith(".ant") || lower.endsWith(".txt") || lower.endsWith(".antimony") || lower.endsWith(".xml")
                || lower.endsWith(".sbml");
    }

    private Setup model(List<String> written, List<String> reads) throws Exception {
        if (end == null || !Double.isFinite(end) || !(end > 0)) {
            throw new IllegalArgumentException("--end: a model file needs a positive end time, e.g. --end 24");
        }
        if (points < 2 || points > 100_000) {
            throw new IllegalArgumentException("--points must be between 2 and 100000, got " + points);
        }
        if (reads.isEmpty()) {
            throw new IllegalArgumentException("--outputs: name the model's readouts, e.g. --outputs max:IL6,end:P");
        }
        Path file = Path.of(subject);
        Model model = ModelReaders.read(file);
        CompiledModel compiled;
        try {
            compiled = CompiledModel.compile(model);
        } catch (ModelException e) {
            throw new InputException(file.toString(), 0, e.elementId() == null ? "" : e.elementId(), e.getMessage());
        }
        List<Factor> factors;
        try {
            factors = Factors.ofModel(written, p -> {
                compiled.problem().with(p, 0.0); // refuses an unknown name or a rule-defined variable
                // the centre of a log-normal or normal: the parameter's value, or the species' initial value
                return model.parameter(p).map(org.cytostorm.engine.model.Parameter::value)
                        .or(() -> model.species(p).map(sp -> Double.isNaN(sp.initialConcentration())
                                ? sp.initialAmount() : sp.initialConcentration()))
                        .filter(Double::isFinite).orElse(0.0);
            });
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--parameters: " + e.getMessage(), e);
        }
        ModelEvaluator evaluator;
        try {
            evaluator = new ModelEvaluator(compiled, factors.stream().map(Factor::name).toList(),
                    reads.stream().map(Readout::parse).toList(), 0, end, points);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--outputs: " + e.getMessage(), e);
        }
        String identity = sha256(Files.readString(file, StandardCharsets.UTF_8)) + " end " + end + " points " + points;
        return new Setup(factors, evaluator, identity, Optional.empty());
    }

    private Setup scenario(List<String> written, List<String> reads) {
        Scenario sc = patient.apply(subject);
        PatientSimulator simulator = PatientSimulator.standard();
        ParameterTable table = simulator.model().table();
        Space sp = switch (space.toLowerCase(Locale.ROOT)) {
            case "distribution" -> Space.DISTRIBUTION;
            case "range" -> Space.RANGE;
            default -> throw new IllegalArgumentException("--space must be distribution or range, not '" + space + "'");
        };
        List<Factor> factors;
        try {
            factors = Factors.ofPatient(written, table, ScenarioValues.beforeSettings(sc, table), sp);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--parameters: " + e.getMessage(), e);
        }
        ScenarioEvaluator evaluator;
        try {
            evaluator = new ScenarioEvaluator(simulator, sc, factors.stream().map(Factor::name).toList(),
                    reads.isEmpty() ? ScenarioEvaluator.DEFAULT_READOUTS : reads);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--outputs: " + e.getMessage(), e);
        }
        return new Setup(factors, evaluator, sha256(sc.toString()) + " space " + sp.label(), Optional.of(table));
    }

    private static SensitivityResult run(SensitivityJob job, SensitivityJob.Options options, Path dir, String label,
            PrintWriter err, long total, SensitivityReport report) throws Exception {
        if (System.console() == null) {
            return job.run(options, dir, label, new PlainProgress(err, "sensitivity", "evaluations")::update, report);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("sensitivity").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setUnit(" runs", 1).showSpeed().build()) {
            return job.run(options, dir, label, (done, all) -> {
                synchronized (bar) {
                    bar.maxHint(all);
                    bar.stepTo(done);
                }
            }, report);
        }
    }

    private static void print(PrintWriter o, SensitivityResult r) {
        if (r.failed() > 0) {
            o.printf(Locale.ROOT, "%d of %d evaluations failed (left out); first: %s%n", r.failed(), r.evaluations(),
                    r.failures().get(0));
        }
        for (String output : r.outputs()) {
            StringBuilder line = new StringBuilder("  " + output + ":");
            if (r.isSobol()) {
                for (SobolIndex s : r.sobol(output).stream().limit(5).toList()) {
                    line.append(String.format(Locale.ROOT, " %s ST %.3f S1 %.3f;", s.parameter(), s.total().estimate(),
                            s.first().estimate()));
                }
            } else {
                for (MorrisEffect e : r.morris(output).stream().limit(5).toList()) {
                    line.append(String.format(Locale.ROOT, " %s mu* %.4g;", e.parameter(), e.muStar().estimate()));
                }
            }
            o.println(line);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
