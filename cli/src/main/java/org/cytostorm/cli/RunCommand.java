package org.cytostorm.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.output.ConsoleSummary;
import org.cytostorm.physiology.output.OutputFiles;
import org.cytostorm.physiology.output.RunOutputs;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.run.SimulationFailedException;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cytostorm run SCENARIO [--out DIR | --no-files] [--set NAME=VALUE]...}: one virtual patient. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulates one virtual patient through a scenario: a YAML file or a built-in",
                "name (see 'cytostorm list'). Prints the summary and writes timeseries.csv,",
                "summary.json and report.html into the output directory (docs/outputs.md)."})
final class RunCommand implements Callable<Integer> {

    /** Where the files go when neither --out nor --no-files is given: {@value}/&lt;scenario name&gt;. */
    static final String DEFAULT_OUT = "cytostorm-out";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario YAML file or built-in scenario name")
    private String scenarioName;

    @Option(names = "--out", paramLabel = "DIR",
            description = "directory for the output files (default: " + DEFAULT_OUT + "/<scenario name>)")
    private Path out;

    @Option(names = "--no-files", description = "print the summary only; write no files")
    private boolean noFiles;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "set a model parameter (or a state's initial value), applied after the scenario (repeatable)")
    private Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        if (noFiles && out != null) {
            throw new IllegalArgumentException("--out and --no-files exclude each other");
        }
        Map<String, Double> overrides = overrides(settings);
        Scenario scenario = Scenarios.resolve(scenarioName);
        try {
            PatientModel.compiled().problem().with(overrides); // checks the names before the run starts
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--set: " + e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("simulating " + scenario.name() + " (" + hours(scenario.durationH()) + " h)...");
        err.flush();
        PatientRun run = PatientSimulator.standard().run(scenario, overrides);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(ConsoleSummary.format(run));
        stdout.flush();
        if (!noFiles) {
            Path dir = out != null ? out : Path.of(DEFAULT_OUT, scenario.name());
            OutputFiles files;
            try {
                files = RunOutputs.writeAll(run, dir);
            } catch (IllegalArgumentException e) {
                // a NaN or infinite value in the run: the computation failed, not the input
                throw new SimulationFailedException("scenario '" + scenario.name() + "': " + e.getMessage());
            }
            stdout.println();
            stdout.println("wrote " + files.timeseriesCsv());
            stdout.println("wrote " + files.summaryJson());
            stdout.println("wrote " + files.reportHtml());
            stdout.flush();
        }
        return ExitCodes.OK;
    }

    /** Parses the --set values, naming the option and the setting when a value is not a number. */
    static Map<String, Double> overrides(Map<String, String> settings) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String name = e.getKey().strip();
            String text = e.getValue().strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("--set " + e.getKey() + "=" + e.getValue() + ": missing the parameter name");
            }
            double v;
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException ex) {
                v = Double.NaN;
            }
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("--set " + name + "=" + e.getValue() + ": '" + e.getValue()
                        + "' is not a finite number");
            }
            values.put(name, v);
        }
        return values;
    }

    private static String hours(double h) {
        return new BigDecimal(h).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
