package org.cytostorm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cytostorm.report.patient.ConsoleSummary;
import org.cytostorm.report.patient.OutputFiles;
import org.cytostorm.report.patient.RunOutputs;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.run.SimulationFailedException;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.TreatOption;
import org.cytostorm.physiology.treat.Treatments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cytostorm run SCENARIO [--out DIR | --no-files] [--set NAME=VALUE]... [--protocol NAME]
 * [--treat SPEC]...}: one virtual patient.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulates one virtual patient through a scenario: a YAML file or a built-in",
                "name (see 'cytostorm list'). Prints the summary and writes timeseries.csv,",
                "summary.json and report.html into the output directory (docs/outputs.md)."})
final class RunCommand implements Callable<Integer> {

    /** Where the files go when neither --out nor --no-files is given: {@value}/&lt;scenario name&gt;. */
    static final String DEFAULT_OUT = "cytostorm-out";

    /** The --treat help, shared with compare. */
    static final String TREAT_HELP = "give a drug: " + TreatOption.GRAMMAR + ", e.g. tocilizumab:8mg/kg@72h,"
            + " dexamethasone:10mg@0h,24h,48h, anakinra:100mg:sc@24h, antibiotics:5d@6h (repeatable)";

    /** The --protocol help, shared with compare. Not a list of names: those live in the protocol index. */
    static final String PROTOCOL_HELP = "care protocol instead of the scenario's: a built-in name such as standard,"
            + " none or car-t-crs (a wrong name lists them all)";

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

    @Option(names = "--protocol", paramLabel = "NAME",
            description = PROTOCOL_HELP)
    private String protocol;

    @Option(names = "--treat", paramLabel = "SPEC", description = TREAT_HELP)
    private List<String> treats = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (noFiles && out != null) {
            throw new IllegalArgumentException("--out and --no-files exclude each other");
        }
        Map<String, Double> overrides = ParameterSettings.read(settings);
        // doses first: a mistyped dose is reported before a scenario file is read
        Treatments doses = ScenarioArguments.doses(treats, "--treat");
        Scenario scenario = ScenarioArguments.resolve(scenarioName, protocol, "--protocol", doses);
        PrintWriter err = spec.commandLine().getErr();
        ScenarioArguments.lateDoseNotes(scenario).forEach(err::println);
        err.println("simulating " + scenario.name() + " (" + Hours.format(scenario.durationH()) + " h)...");
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
}
