package org.cytostorm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cytostorm.cohort.analysis.OutcomeDistribution;
import org.cytostorm.cohort.analysis.TrialSummary;
import org.cytostorm.cohort.trial.TrialSource;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.cytostorm.common.input.InputFiles;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cytostorm cohort SPEC|SCENARIO [--patients N] [--seed S] [--threads T] [--out DIR] [--shard K/N] [--spark MASTER]}. */
@Command(name = "cohort", header = "Run a virtual cohort of patients drawn around a scenario.",
        mixinStandardHelpOptions = true, sortOptions = false,
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

    @Mixin
    private TrialRunOptions options;

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
        TrialSource source = TrialSource.cohort(text, isFile ? cohort : "cohort " + cohort,
                isFile ? file.toAbsolutePath().getParent() : null);
        TrialSpec t = source.read(reader);
        options.run("cohort", source, t, reader, o, spec.commandLine().getErr(), summary -> print(o, summary));
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
