package org.cytostorm.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.engine.model.Model;
import org.cytostorm.physiology.export.ScenarioExport;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.sbml.units.NumberUnits;
import org.cytostorm.sbml.units.UnitsExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cytostorm export SCENARIO OUT [--protocol NAME|FILE] [--set NAME=VALUE]... [--treat SPEC]...}:
 * one scenario's patient model as SBML or the text format ({@link ScenarioExport}).
 */
@Command(name = "export", header = "Write a scenario's patient model as SBML or model text.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the patient model of a scenario (a YAML file or a built-in name) as SBML Level 3",
                "Version 2 (.xml, .sbml) or the text format (.ant, .txt, .antimony): the scenario's",
                "parameter values, its scheduled doses as events at their times, every variable's unit",
                "declared, time in hours. Protocol rules cannot be exported (docs/sbml.md). The file is",
                "written whole or not at all."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario YAML file or built-in scenario name")
    private String scenarioName;

    @Parameters(index = "1", paramLabel = "OUT", description = "file to write: .xml/.sbml or .ant/.txt/.antimony")
    private Path out;

    /** --set, --protocol and --treat, as for run. */
    @Mixin
    private PatientOptions patient;

    @Override
    public Integer call() throws Exception {
        boolean toSbml = ModelFileFormat.of(out) == ModelFileFormat.SBML;
        AtomicFiles.requireWritable(out, "OUT");
        Scenario scenario = patient.apply(scenarioName);
        ScenarioExport export = ScenarioExport.of(ScenarioArguments.reader().model(), scenario);
        export.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        Model model = export.model();
        int unitDefinitions = model.unitDefinitions().size();
        String numbers = "";
        if (toSbml) {
            NumberUnits.Summary s = UnitsExport.write(model, out);
            unitDefinitions += s.definitionsAdded();
            numbers = String.format(Locale.ROOT, ", %d of %d numbers with units", s.numbers() - s.left().size(),
                    s.numbers());
        } else {
            ModelFileFormat.writeText(model, out);
        }
        int doseCount = export.doses().size();
        spec.commandLine().getErr().printf(Locale.ROOT, "wrote %s (%s): scenario %s, %d parameters (%d set), %d rules,"
                        + " %d events (%d for %d scheduled dose%s), %d unit definitions%s%n", out,
                toSbml ? "SBML Level 3 Version 2" : "text format", scenario.name(), model.parameters().size(),
                export.settings().size(), model.rules().size(), model.events().size(), export.doseEvents(), doseCount,
                doseCount == 1 ? "" : "s", unitDefinitions, numbers);
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }
}
