package org.cytostorm.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytostorm.common.input.InputException;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.ScenarioReader;
import org.cytostorm.physiology.scenario.Scenarios;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.NonmemDoses;
import org.cytostorm.physiology.treat.TreatOption;
import org.cytostorm.physiology.treat.Treatments;

/**
 * A scenario as the command line asks for it: a scenario file or built-in name, under the care
 * protocol of {@code --protocol}, with the doses of {@code --treat} added to its own and the
 * settings of {@code --set} recorded; every value checked before anything runs.
 */
final class ScenarioArguments {

    private ScenarioArguments() {
    }

    /** The reader of the patient model the command line runs. */
    static ScenarioReader reader() {
        return ScenarioReader.standard();
    }

    /**
     * The doses of some {@code --treat} values ({@link TreatOption#GRAMMAR}).
     *
     * @param option the option that gave them, for messages
     * @throws InputException for a dose that cannot be given
     */
    static Treatments doses(List<String> treats, String option) {
        return doses(treats, option, List.of());
    }

    /** The doses of some {@code --treat} values and of the dosing files of {@code --doses}. */
    static Treatments doses(List<String> treats, String option, List<Path> files) {
        List<Dosing> doses = new ArrayList<>();
        for (String spec : treats) {
            doses.addAll(TreatOption.parse(spec, option));
        }
        for (Path file : files) {
            doses.addAll(NonmemDoses.read(file));
        }
        return new Treatments(doses, List.of());
    }

    /**
     * The scenario under a protocol, with doses added to its own and settings recorded.
     *
     * @param protocol a built-in protocol name or a protocol file, or null to keep the scenario's
     * @throws IllegalArgumentException for an unknown protocol (listing the protocols), an unknown or
     *                                  impossible setting
     * @throws InputException           for a bad scenario, protocol file or dose, or a dose after
     *                                  the end of the run
     */
    static Scenario resolve(String nameOrPath, String protocol, String protocolOption, List<String> treats,
            String treatOption, Map<String, String> settings) {
        return resolve(nameOrPath, protocol, protocolOption, doses(treats, treatOption), treatOption, settings,
                Map.of(), null);
    }

    /** As {@link #resolve(String, String, String, List, String, Map)}, with the doses already read. */
    static Scenario resolve(String nameOrPath, String protocol, String protocolOption, Treatments doses,
            String treatOption, Map<String, String> settings, Map<String, String> triggerOptions, String duration) {
        // doses and settings first: a mistyped option is reported before a scenario file is read
        Map<String, Double> values = ParameterSettings.read(settings, reader().model());
        Scenario scenario = Scenarios.resolve(nameOrPath, reader());
        scenario = reader().withTriggerOptions(scenario, triggerOptions, "--trigger");
        if (duration != null) {
            scenario = ScenarioReader.withDuration(scenario, duration, "--duration");
        }
        if (protocol != null) {
            try {
                scenario = scenario.withProtocol(reader().protocols().resolve(protocol, Path.of("")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(protocolOption + ": " + e.getMessage(), e);
            }
        }
        if (!doses.isEmpty()) {
            scenario = scenario.withTreatments(doses);
        }
        List<String> late = scenario.lateDoses();
        if (!late.isEmpty()) {
            throw new InputException(doses.isEmpty() ? protocolOption : treatOption, 0, "", String.join("; ", late)
                    + ": a dose after the end of the run would never be given; give it within the run");
        }
        return values.isEmpty() ? scenario : scenario.withSettings(values);
    }
}
