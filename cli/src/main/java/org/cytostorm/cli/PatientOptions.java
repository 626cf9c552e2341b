package org.cytostorm.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.TreatOption;
import picocli.CommandLine.Option;

/**
 * What a user may change about a scenario on the command line, shared by the patient commands:
 * {@code --set NAME=VALUE}, {@code --protocol NAME|FILE} and {@code --treat SPEC}. Every change is
 * recorded in the scenario, so the run's outputs say what was changed.
 */
final class PatientOptions {

    /** The --treat help. */
    static final String TREAT_HELP = "give a drug: " + TreatOption.GRAMMAR + ", e.g. tocilizumab:8mg/kg@72h,"
            + " dexamethasone:10mg@0h,24h,48h, anakinra:100mg:sc@24h, antibiotics:5d@6h (repeatable)";

    /** The --protocol help. Not a list of names: those live in the protocol index. */
    static final String PROTOCOL_HELP = "care protocol instead of the scenario's: a built-in name such as standard,"
            + " none or car-t-crs (a wrong name lists them all), or a protocol file (.yaml)";

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "set a model parameter (or a state's initial value) after the scenario; a value outside"
                    + " the parameter's plausible range is accepted with a warning (repeatable)")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--trigger", paramLabel = "OPTION=VALUE",
            description = "set one of the trigger's options, as the scenario file's trigger section would, e.g."
                    + " tumour_burden=high or product=tisa-cel ('cytostorm list' names each trigger's options) (repeatable)")
    Map<String, String> triggerOptions = new LinkedHashMap<>();

    @Option(names = "--duration", paramLabel = "TIME",
            description = "run for this long instead of the scenario's duration, e.g. 7d or 72h (at most 365 d)")
    String duration;

    @Option(names = "--protocol", paramLabel = "NAME|FILE", description = PROTOCOL_HELP)
    String protocol;

    @Option(names = "--treat", paramLabel = "SPEC", description = TREAT_HELP)
    List<String> treats = new ArrayList<>();

    @Option(names = "--doses", paramLabel = "FILE.csv", description = "give the doses of a NONMEM-style dosing file"
            + " (docs/treatments.md), from any folder (a scenario's own 'file:' must lie in its folder) (repeatable)")
    List<Path> doseFiles = new ArrayList<>();

    /**
     * The scenario as these options ask for it.
     *
     * @throws IllegalArgumentException or {@link org.cytostorm.common.input.InputException} naming
     *                                  the option and the value for bad input
     */
    Scenario apply(String nameOrPath) {
        return ScenarioArguments.resolve(nameOrPath, protocol, "--protocol",
                ScenarioArguments.doses(treats, "--treat", doseFiles), "--treat", settings, triggerOptions, duration);
    }
}
