package org.cytostorm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cytostorm.report.patient.ComparedRun;
import org.cytostorm.report.patient.ComparisonFiles;
import org.cytostorm.report.patient.ComparisonOutputs;
import org.cytostorm.report.patient.ComparisonSummary;
import org.cytostorm.report.patient.OutputFiles;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.run.SimulationFailedException;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.Treatments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cytostorm compare A B}: two virtual patients side by side, for example the same scenario
 * with and without a drug. Options without a side apply to both; {@code -a}/{@code -b} options to
 * one side ({@code --protocol-a} instead of {@code --protocol}, {@code --treat-a} on top of {@code --treat}).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulates two patients (A and B: scenario files or built-in names, the same one",
                "twice to compare treatments) and prints their key figures side by side. Writes",
                "report.html, both patients on each chart, and each run's usual files in A/ and B/.",
                "Example: cytostorm compare car-t-axi-cel car-t-axi-cel --treat-b tocilizumab:8mg/kg@72h"})
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "scenario YAML file or built-in scenario name of patient A")
    private String scenarioA;

    @Parameters(index = "1", paramLabel = "B", description = "scenario YAML file or built-in scenario name of patient B")
    private String scenarioB;

    @Option(names = "--out", paramLabel = "DIR",
            description = "directory for the output files (default: " + RunCommand.DEFAULT_OUT + "/compare-<A>-vs-<B>)")
    private Path out;

    @Option(names = "--no-files", description = "print the comparison only; write no files")
    private boolean noFiles;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "set a model parameter in both runs, applied after the scenario (repeatable)")
    private Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--protocol", paramLabel = "NAME", description = "for both: " + RunCommand.PROTOCOL_HELP)
    private String protocol;

    @Option(names = "--protocol-a", paramLabel = "NAME", description = "care protocol of A (instead of --protocol)")
    private String protocolA;

    @Option(names = "--protocol-b", paramLabel = "NAME", description = "care protocol of B (instead of --protocol)")
    private String protocolB;

    @Option(names = "--treat", paramLabel = "SPEC", description = "for both: " + RunCommand.TREAT_HELP)
    private List<String> treats = new ArrayList<>();

    @Option(names = "--treat-a", paramLabel = "SPEC", description = "give a drug to A only, as --treat (repeatable)")
    private List<String> treatsA = new ArrayList<>();

    @Option(names = "--treat-b", paramLabel = "SPEC", description = "give a drug to B only, as --treat (repeatable)")
    private List<String> treatsB = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (noFiles && out != null) {
            throw new IllegalArgumentException("--out and --no-files exclude each other");
        }
        Map<String, Double> overrides = ParameterSettings.read(settings);
        Side a = side("A", scenarioA, protocolA, "--protocol-a", treatsA, "--treat-a");
        Side b = side("B", scenarioB, protocolB, "--protocol-b", treatsB, "--treat-b");
        PrintWriter err = spec.commandLine().getErr();
        for (Side s : List.of(a, b)) {
            ScenarioArguments.lateDoseNotes(s.scenario()).forEach(n -> err.println(s.letter() + ": " + n));
        }
        err.println("simulating " + a.label() + ", " + Hours.format(a.scenario().durationH()) + " h; "
                + b.label() + ", " + Hours.format(b.scenario().durationH()) + " h...");
        err.flush();
        List<PatientRun> runs = simulate(a.scenario(), b.scenario(), overrides);
        ComparedRun runA = new ComparedRun(a.label(), runs.get(0));
        ComparedRun runB = new ComparedRun(b.label(), runs.get(1));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(ComparisonSummary.format(runA, runB));
        stdout.flush();
        if (!noFiles) {
            Path dir = out != null ? out
                    : Path.of(RunCommand.DEFAULT_OUT, "compare-" + a.scenario().name() + "-vs-" + b.scenario().name());
            ComparisonFiles files;
            try {
                files = ComparisonOutputs.writeAll(runA, runB, dir);
            } catch (IllegalArgumentException e) {
                // a NaN or infinite value in a run: the computation failed, not the input
                throw new SimulationFailedException("compare: " + e.getMessage());
            }
            stdout.println();
            stdout.println("wrote " + files.reportHtml());
            for (OutputFiles f : List.of(files.a(), files.b())) {
                stdout.println("wrote " + f.timeseriesCsv());
                stdout.println("wrote " + f.summaryJson());
                stdout.println("wrote " + f.reportHtml());
            }
            stdout.flush();
        }
        return ExitCodes.OK;
    }

    /**
     * One patient of the comparison.
     *
     * @param letter   A or B
     * @param scenario its scenario, protocol and doses applied
     * @param label    how the report and console name it
     */
    private record Side(String letter, Scenario scenario, String label) {
    }

    /** A side's scenario and label; the side's own protocol wins over --protocol, its doses add to --treat's. */
    private Side side(String letter, String nameOrPath, String ownProtocol, String protocolOption, List<String> ownTreats,
            String treatOption) {
        // doses first: a mistyped dose is reported before a scenario file is read
        Treatments doses = ScenarioArguments.doses(treats, "--treat").plus(ScenarioArguments.doses(ownTreats, treatOption));
        Scenario scenario = ownProtocol != null
                ? ScenarioArguments.resolve(nameOrPath, ownProtocol, protocolOption, doses)
                : ScenarioArguments.resolve(nameOrPath, protocol, "--protocol", doses);
        List<String> given = new ArrayList<>(treats);
        given.addAll(ownTreats);
        String plus = given.isEmpty() ? "" : " + " + String.join(" + ", given);
        return new Side(letter, scenario, letter + ": " + scenario.name() + plus + " (" + scenario.protocol() + ")");
    }

    /** Both runs at once: they are independent, and the simulator is thread-safe. */
    private static List<PatientRun> simulate(Scenario a, Scenario b, Map<String, Double> overrides) {
        PatientSimulator simulator = PatientSimulator.standard();
        CompletableFuture<PatientRun> runA = CompletableFuture.supplyAsync(() -> simulator.run(a, overrides));
        PatientRun runB = simulator.run(b, overrides);
        try {
            return List.of(runA.join(), runB);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
