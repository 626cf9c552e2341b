package org.cytostorm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cytostorm.cohort.TrialJob;
import org.cytostorm.cohort.analysis.ArmSummary;
import org.cytostorm.cohort.analysis.Comparison;
import org.cytostorm.cohort.analysis.TrialSummary;
import org.cytostorm.cohort.run.TrialRunner;
import org.cytostorm.cohort.trial.BuiltInTrials;
import org.cytostorm.cohort.trial.TrialSource;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.cytostorm.common.input.InputFiles;
import org.cytostorm.report.trial.TrialReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cytostorm trial SPEC|NAME [--patients N] [--seed S] [--threads T] [--out DIR] [--shard K/N] [--spark MASTER]}. */
@Command(name = "trial", header = "Run an in-silico randomized trial.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs an in-silico randomized trial: draws virtual patients, enrols them,",
                "simulates every enrolled patient under every arm, randomizes, and writes",
                "DIR/patients.parquet (a row per patient and arm), DIR/summary.json and",
                "DIR/report.html. Work in progress is kept in .DIR.partial, so an interrupted",
                "trial started again with the same options resumes. Built-in trials:",
                "car-t-axi-cel, car-t-tisa-cel, car-t-liso-cel, car-t-ide-cel,",
                "car-t-cilta-cel, sepsis-anti-tnf, sepsis-anakinra, covid-dexamethasone,",
                "covid-tocilizumab.",
                "Exits 0 on success, 2 on a bad spec (the message names file, line and key)."})
final class TrialCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC|NAME", description = "a trial spec file (YAML) or a built-in trial")
    private String trial;

    @Mixin
    private TrialRunOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TrialSpecReader reader = TrialSpecReader.standard();
        Path file = Path.of(trial);
        boolean isFile = Files.isRegularFile(file) || trial.endsWith(".yaml") || trial.endsWith(".yml");
        TrialSource source = isFile ? TrialSource.trial(InputFiles.read(file), trial, file.toAbsolutePath().getParent())
                : BuiltInTrials.source(trial);
        TrialSpec t = source.read(reader);
        options.run("trial", source, t, reader, o, err, summary -> print(o, summary));
        return ExitCodes.OK;
    }

    static java.util.Optional<TrialSummary> run(TrialJob job, TrialJob.Options options, Path dir, String label,
            PrintWriter err) throws Exception {
        TrialReport report = new TrialReport();
        if (System.console() == null) {
            return job.run(options, dir, label, new PlainProgress(err, "trial", "patients")::update, report);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("trial").setInitialMax(options.patients())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setUnit(" patients", 1)
                .showSpeed().build()) {
            return job.run(options, dir, label, (done, total) -> {
                synchronized (bar) {
                    bar.maxHint(total);
                    bar.stepTo(done);
                }
            }, report);
        }
    }

    static void print(PrintWriter o, TrialSummary s) {
        o.printf(Locale.ROOT, "enrolled %d of %d drawn%n", s.flow().enrolled(), s.flow().drawn());
        for (ArmSummary a : s.overall().arms().values()) {
            o.printf(Locale.ROOT, "  %-28s n %5d  28-day mortality %5.1f%% (%.1f-%.1f)%s%n", a.name(), a.n(),
                    100 * a.mortality().estimate(), 100 * a.mortality().lo(), 100 * a.mortality().hi(),
                    a.crsGrade3Plus().map(r -> String.format(Locale.ROOT, "  CRS grade >= 3 %.1f%%", 100 * r.estimate()))
                            .orElse(""));
        }
        for (Map.Entry<String, Comparison> e : s.overall().comparisons().entrySet()) {
            Comparison c = e.getValue();
            o.printf(Locale.ROOT, "  %s vs control: risk ratio %.2f (%.2f-%.2f), log-rank p %.3g%n", e.getKey(),
                    c.riskRatio().estimate(), c.riskRatio().lo(), c.riskRatio().hi(), c.logrankP());
        }
    }
}
