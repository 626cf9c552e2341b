package org.cytostorm.physiology.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.scenario.Scenario;

/**
 * The parameter values a scenario puts in force on a model, in the order they apply: the
 * scenario's own (trigger, options, covariates, patient overrides), the care switch
 * {@code care_on} that its protocol implies (1 with supportive care, 0 without; a patient override
 * wins), then the user's settings. The protocol is the one source of the care switch, so a scenario
 * changed to another protocol cannot carry a stale one. The simulator and the export both read
 * the values from here.
 */
public final class ScenarioValues {

    /** The model parameter that switches supportive care on (1) and off (0). */
    public static final String CARE_SWITCH = "care_on";

    private ScenarioValues() {
    }

    /** The scenario's values and the care switch: what the user's settings apply over. */
    public static Map<String, Double> beforeSettings(Scenario s, ParameterTable table) {
        Map<String, Double> values = new LinkedHashMap<>(s.parameters());
        if (table.find(CARE_SWITCH).isPresent() && !s.patient().overrides().containsKey(CARE_SWITCH)) {
            values.put(CARE_SWITCH, s.protocol().supportiveCare() ? 1.0 : 0.0);
        }
        return values;
    }

    /** Every value the scenario sets, the user's settings last. */
    public static Map<String, Double> inForce(Scenario s, ParameterTable table) {
        Map<String, Double> values = beforeSettings(s, table);
        s.settings().forEach((k, v) -> {
            values.remove(k);
            values.put(k, v);
        });
        return values;
    }

    /**
     * For each user setting of a table parameter, the value it replaced: the scenario's, the care
     * switch's, or the table's default. Settings of states (initial values) are not listed.
     */
    public static Map<String, Double> replaced(Scenario s, ParameterTable table) {
        Map<String, Double> before = beforeSettings(s, table);
        Map<String, Double> out = new LinkedHashMap<>();
        for (String name : s.settings().keySet()) {
            Double v = before.get(name);
            if (v == null) {
                v = table.find(name).map(e -> e.value()).orElse(null);
            }
            if (v != null) {
                out.put(name, v);
            }
        }
        return out;
    }
}
