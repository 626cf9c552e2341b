package org.cytostorm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cytostorm.cohort.TrialJob;
import org.cytostorm.cohort.analysis.OutcomeDistribution;
import org.cytostorm.cohort.analysis.TrialSummary;
import org.cytostorm.cohort.run.Shard;
import org.cytostorm.cohort.run.TrialRunner;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.cytostorm.common.input.InputFiles;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.report.OutputDirectories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cytostorm cohort SPEC|SCENARIO [--patients N] [--seed S] [--threads T] [--out DIR] [--shard K/N]}. */
@Command(name = "cohort", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a virtual cohort: draws patients from a population around a scenario, gives them all",
                "its care, and writes how the outcomes spread (DIR/patients.parquet, DIR/summary.json with the",
                "quantiles of each outcome and the counts of each grade, DIR/report.html). SPEC is a cohort spec",
                "(a trial spec without arms; docs/cohorts.md) or a built-in scenario with its default population.",
                "Interrupted runs resume. Exits 0 on success, 2 on a bad spec (file, line and key named)."})
final class CohortCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC|SCENARIO",
            description = "a cohort spec file (YAML), or a built-in scenario (the default population around it)")
    private String cohort;

    @Option(names = "--patients", paramLabel = "N", description = "patients to draw (default: the spec's, or 200)")
    private Integer patients;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "worker threads (default: the number of processors); results do not depend on it")
    private Integer threads;

    @Option(names = "--shard", paramLabel = "K/N", description = "run part K of N (merge the parts with 'cytostorm merge')")
    private String shard;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/cohort-NAME)")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        TrialSpecReader reader = TrialSpecReader.standard();
        Path file = Path.of(cohort);
        boolean isFile = Files.isRegularFile(file) || cohort.endsWith(".yaml") || cohort.endsWith(".yml");
        if (!isFile) {
            BuiltInScenarios.text(cohort); // refuses an unknown name, listing the built-in scenarios
        }
        String text = isFile ? InputFiles.read(file) : "name: " + cohort + "\nscenario: " + cohort + "\n";
        Path dirOfSpec = isFile ? file.toAbsolutePath().getParent() : null;
        TrialSpec t = reader.readCohort(text, isFile ? cohort : "cohort " + cohort, dirOfSpec);
        int n = patients == null ? t.patients() : patients;
        if (n < 1 || n > TrialSpec.MAX_PATIENTS) {
            throw new IllegalArgumentException("--patients must be between 1 and " + TrialSpec.MAX_PATIENTS + ", got " + n);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 1024) {
            throw new IllegalArgumentException("--threads must be between 1 and 1024, got " + workers);
        }
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        Path dir = out == null ? Path.of("out", "cohort-" + t.name()) : out;
        o.printf(Locale.ROOT, "cohort %s: %d patients, seed %d, %d thread%s%s%n", t.name(), n, seed, workers,
                workers == 1 ? "" : "s", part.count() > 1 ? ", shard " + part : "");
        o.flush();
        long t0 = System.nanoTime();
        var result = TrialCommand.run(new TrialJob(reader.simulator(), OutputDirectories.NAMES),
                new TrialJob.Options(t, text, dirOfSpec, n, seed, workers, part, TrialRunner.DEFAULT_BATCH), dir,
                out == null ? dir.toString() : "--out " + out, spec.commandLine().getErr());
        result.ifPresent(s -> print(o, s));
        o.printf(Locale.ROOT, "wrote %s (%s) in %.1f s%n", dir, result.isPresent()
                ? "patients.parquet, summary.json, report.html" : "patients.parquet of shard " + part,
                (System.nanoTime() - t0) / 1e9);
        o.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter o, TrialSummary s) {
        o.printf(Locale.ROOT, "enrolled %d of %d drawn%n", s.flow().enrolled(), s.flow().drawn());
        s.overall().arms().values().forEach(a -> o.printf(Locale.ROOT,
                "  28-day mortality %.1f%% (%.1f-%.1f), expected deaths %.1f of %d%n", 100 * a.mortality().estimate(),
                100 * a.mortality().lo(), 100 * a.mortality().hi(), a.deathsExpected(), a.n()));
        for (OutcomeDistribution d : s.distributions().values()) {
            o.printf(Locale.ROOT, "  highest CRS grade 0/1/2/3/4: %s%n",
                    String.join(" / ", d.maxCrs().stream().map(String::valueOf).toList()));
            OutcomeDistribution.Quantiles q = d.figures().get("survival");
            o.printf(Locale.ROOT, "  survival probability: median %.3f (5-95%%: %.3f-%.3f)%n", q.median(), q.p5(), q.p95());
        }
    }
}
