package org.cytostorm.cli;

import org.cytostorm.common.input.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.Scenarios;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.TreatOption;
import org.cytostorm.physiology.treat.Treatments;

/**
 * A scenario as the command line asks for it: a scenario file or built-in name, under the care
 * protocol of {@code --protocol}, with the doses of {@code --treat} added to its own.
 */
final class ScenarioArguments {

    private ScenarioArguments() {
    }

    /**
     * The doses of some {@code --treat} values ({@link TreatOption#GRAMMAR}).
     *
     * @param option the option that gave them, for messages
     * @throws org.cytostorm.common.input.InputException for a dose that cannot be given
     */
    static Treatments doses(List<String> treats, String option) {
        List<Dosing> doses = new ArrayList<>();
        for (String spec : treats) {
            doses.addAll(TreatOption.parse(spec, option));
        }
        return new Treatments(doses, List.of());
    }

    /**
     * The scenario under a protocol, with doses added to its own.
     *
     * @param protocol       a built-in protocol name, or null to keep the scenario's
     * @param protocolOption the option that named it, for messages
     * @throws IllegalArgumentException for an unknown protocol, listing the protocols
     * @throws org.cytostorm.common.input.InputException for a bad scenario
     */
    static Scenario resolve(String nameOrPath, String protocol, String protocolOption, Treatments doses) {
        Scenario scenario = Scenarios.resolve(nameOrPath);
        if (protocol != null) {
            try {
                scenario = scenario.withProtocol(protocol);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(protocolOption + ": " + e.getMessage(), e);
            }
        }
        return doses.isEmpty() ? scenario : scenario.withTreatments(doses);
    }

    /**
     * A note for each drug with scheduled doses after the end of the run: they are not given, and
     * a dose typed in days where hours were meant is easy to miss otherwise.
     */
    static List<String> lateDoseNotes(Scenario scenario) {
        Map<String, Integer> late = new LinkedHashMap<>();
        for (Dosing d : scenario.allTreatments().schedule()) {
            for (int k = 0; k <= d.additional(); k++) {
                if (d.timeH() + k * d.intervalH() > scenario.durationH()) {
                    late.merge(d.drug().name(), 1, Integer::sum);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        late.forEach((drug, n) -> notes.add("note: " + (n == 1 ? "a dose" : n + " doses") + " of " + drug + " after the"
                + " end of the run (" + Hours.format(scenario.durationH()) + " h) " + (n == 1 ? "is" : "are")
                + " not given"));
        return notes;
    }
}
