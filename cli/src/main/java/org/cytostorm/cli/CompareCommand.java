package org.cytostorm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cytostorm.common.io.OutputSet;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.Treatments;
import org.cytostorm.report.patient.ComparedRun;
import org.cytostorm.report.patient.ComparisonFiles;
import org.cytostorm.report.patient.ComparisonOutputs;
import org.cytostorm.report.patient.ComparisonSummary;
import org.cytostorm.report.patient.OutputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cytostorm compare A B}: two virtual patients side by side, for example the same scenario
 * with and without a drug. Options without a side apply to both; {@code -a}/{@code -b} options to
 * one side ({@code --protocol-a} instead of {@code --protocol}, {@code --treat-a} on top of {@code --treat}).
 */
@Command(name = "compare", header = "Simulate two patients (or one under two treatments) side by side.",
        mixinStandardHelpOptions = true, sortOptions = false,
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

    @Mixin
    private OutputOptions output;

    /** --set, --protocol and --treat: for both patients. */
    @Mixin
    private PatientOptions both;

    @Option(names = "--protocol-a", paramLabel = "NAME|FILE", description = "care protocol of A (instead of --protocol)")
    private String protocolA;

    @Option(names = "--protocol-b", paramLabel = "NAME|FILE", description = "care protocol of B (instead of --protocol)")
    private String protocolB;

    @Option(names = "--treat-a", paramLabel = "SPEC", description = "give a drug to A only, as --treat (repeatable)")
    private List<String> treatsA = new ArrayList<>();

    @Option(names = "--treat-b", paramLabel = "SPEC", description = "give a drug to B only, as --treat (repeatable)")
    private List<String> treatsB = new ArrayList<>();

    @Option(names = "--set-a", paramLabel = "NAME=VALUE", description = "set a parameter of A only, as --set (repeatable)")
    private Map<String, String> settingsA = new LinkedHashMap<>();

    @Option(names = "--set-b", paramLabel = "NAME=VALUE", description = "set a parameter of B only, as --set (repeatable)")
    private Map<String, String> settingsB = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        output.directory("-"); // refuses --out with --no-files before anything is read
        Side a = side("A", scenarioA, protocolA, "--protocol-a", treatsA, "--treat-a", settingsA);
        Side b = side("B", scenarioB, protocolB, "--protocol-b", treatsB, "--treat-b", settingsB);
        try (OutputSet set = output.open("compare-" + a.scenario().name() + "-vs-" + b.scenario().name()).orElse(null)) {
            compare(a, b, set);
        }
        return ExitCodes.OK;
    }

    /** Simulates both sides, prints the comparison and writes its files into {@code set} (if any). */
    private void compare(Side a, Side b, OutputSet set) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        err.println("simulating " + a.label() + ", " + Hours.format(a.scenario().durationH()) + " h; "
                + b.label() + ", " + Hours.format(b.scenario().durationH()) + " h...");
        err.flush();
        List<PatientRun> runs = simulate(a.scenario(), b.scenario());
        for (int i = 0; i < 2; i++) {
            String letter = i == 0 ? "A" : "B";
            runs.get(i).provenance().warnings().forEach(w -> err.println("warning: " + letter + ": " + w));
        }
        err.flush();
        runs.forEach(PatientRun::orThrow);
        ComparedRun runA = new ComparedRun(a.label(), runs.get(0));
        ComparedRun runB = new ComparedRun(b.label(), runs.get(1));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(ComparisonSummary.format(runA, runB));
        stdout.flush();
        if (set != null) {
            ComparisonFiles files = ComparisonOutputs.writeAll(runA, runB, set);
            stdout.println();
            stdout.println("wrote " + files.reportHtml());
            for (OutputFiles f : List.of(files.a(), files.b())) {
                stdout.println("wrote " + f.timeseriesCsv());
                stdout.println("wrote " + f.summaryJson());
                stdout.println("wrote " + f.reportHtml());
            }
            stdout.flush();
        }
    }

    /**
     * One patient of the comparison.
     *
     * @param scenario its scenario, protocol and doses applied
     * @param label    how the report and console name it
     */
    private record Side(Scenario scenario, String label) {
    }

    /**
     * A side's scenario and label; the side's own protocol wins over --protocol, its doses add to
     * --treat's, its settings to --set's (its own winning for a parameter set by both).
     */
    private Side side(String letter, String nameOrPath, String ownProtocol, String protocolOption, List<String> ownTreats,
            String treatOption, Map<String, String> ownSettings) {
        ScenarioArguments.doses(both.treats, "--treat"); // a bad --treat is named as such, not as the side's
        List<String> treats = new ArrayList<>(both.treats);
        treats.addAll(ownTreats);
        // --trigger, --duration and --doses apply to both sides, as --set does
        Treatments doses = ScenarioArguments.doses(treats, treatOption, both.doseFiles);
        Map<String, String> settings = new LinkedHashMap<>(both.settings);
        settings.putAll(ownSettings);
        Scenario scenario = ownProtocol != null
                ? ScenarioArguments.resolve(nameOrPath, ownProtocol, protocolOption, doses, treatOption, settings,
                        both.triggerOptions, both.duration)
                : ScenarioArguments.resolve(nameOrPath, both.protocol, "--protocol", doses, treatOption, settings,
                        both.triggerOptions, both.duration);
        return new Side(scenario, ComparedRun.label(letter, scenario, treats));
    }

    /** Both runs at once: they are independent, and the simulator is thread-safe. */
    private static List<PatientRun> simulate(Scenario a, Scenario b) {
        PatientSimulator simulator = PatientSimulator.of(ScenarioArguments.reader().model());
        CompletableFuture<PatientRun> runA = CompletableFuture.supplyAsync(() -> simulator.run(a));
        PatientRun runB = simulator.run(b);
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
