package org.cytostorm.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.run.InputChecks;

/** The {@code --set NAME=VALUE} options of the patient commands: read, and checked against the model before any run. */
final class ParameterSettings {

    private ParameterSettings() {
    }

    /**
     * The settings as numbers, each checked against the patient model: a known name, a finite
     * number, a possible value (a switch 0 or 1, no negative amount). A value outside the plausible
     * range passes here; the run records the warning.
     *
     * @throws IllegalArgumentException naming the option and the setting otherwise
     */
    static Map<String, Double> read(Map<String, String> settings, PatientModel model) {
        Map<String, Double> values = parse(settings);
        // the warnings are the run's to record; here only what would refuse the run
        List<String> warningsOfTheRun = new ArrayList<>();
        values.forEach((name, v) -> InputChecks.setting(model, model.compiled().system(), "--set " + name, name, v,
                warningsOfTheRun));
        return values;
    }

    /** Parses the values, naming the option and the setting when a value is not a number. */
    static Map<String, Double> parse(Map<String, String> settings) {
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
}
