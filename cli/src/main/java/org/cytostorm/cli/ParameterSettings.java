package org.cytostorm.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cytostorm.physiology.model.PatientModel;

/** The {@code --set NAME=VALUE} options of the patient commands: read, and checked against the model before any run. */
final class ParameterSettings {

    private ParameterSettings() {
    }

    /**
     * The settings as numbers, their names checked against the patient model.
     *
     * @throws IllegalArgumentException naming the option and the setting when a value is not a
     *                                  finite number or the model has no such name
     */
    static Map<String, Double> read(Map<String, String> settings) {
        Map<String, Double> values = parse(settings);
        try {
            PatientModel.compiled().problem().with(values); // checks the names before the run starts
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--set: " + e.getMessage(), e);
        }
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
