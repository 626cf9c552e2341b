package org.cytostorm.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cytostorm.common.io.OutputSet;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.report.patient.ConsoleSummary;
import org.cytostorm.report.patient.OutputFiles;
import org.cytostorm.report.patient.RunOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cytostorm run SCENARIO [--out DIR | --no-files] [--set NAME=VALUE]... [--protocol NAME|FILE]
 * [--treat SPEC]... [--seed S [--patient K]]}: one virtual patient, and with a seed its sampled fate.
 */
@Command(name = "run", header = "Simulate one virtual patient through a scenario.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulates one virtual patient through a scenario: a YAML file or a built-in",
                "name (see 'cytostorm list'). Prints the summary and writes timeseries.csv,",
                "summary.json and report.html into the output directory (docs/outputs.md)."})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario YAML file or built-in scenario name")
    private String scenarioName;

    @Mixin
    private OutputOptions output;

    @Mixin
    private PatientOptions patient;

    @Mixin
    private SampleOptions sample;

    @Override
    public Integer call() throws Exception {
        output.directory("-"); // refuses --out with --no-files before anything is read
        Optional<SampleOptions.Draw> draw = sample.draw();
        Scenario scenario = patient.apply(scenarioName);
        try (OutputSet set = output.open(scenario.name()).orElse(null)) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("simulating " + scenario.name() + " (" + Hours.format(scenario.durationH()) + " h)...");
            err.flush();
            PatientRun run = PatientSimulator.of(ScenarioArguments.reader().model()).run(scenario);
            run.provenance().warnings().forEach(w -> err.println("warning: " + w));
            err.flush();
            run.orThrow();
            if (draw.isPresent()) {
                run = run.withSample(draw.get().seed(), draw.get().patient());
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(ConsoleSummary.format(run));
            run.sampled().ifPresent(fate -> stdout.println("Sampled outcome (seed " + fate.seed() + ", patient "
                    + fate.patient() + "): " + fate.describe()));
            stdout.flush();
            if (set != null) {
                OutputFiles files = RunOutputs.writeAll(run, set);
                stdout.println();
                stdout.println("wrote " + files.timeseriesCsv());
                stdout.println("wrote " + files.summaryJson());
                stdout.println("wrote " + files.reportHtml());
                stdout.flush();
            }
        }
        return ExitCodes.OK;
    }
}
