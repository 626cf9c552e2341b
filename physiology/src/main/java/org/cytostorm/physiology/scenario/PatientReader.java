package org.cytostorm.physiology.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytostorm.common.input.Names;
import org.cytostorm.common.yaml.Expect;
import org.cytostorm.common.yaml.YamlNode;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.ParameterTable;

/**
 * Reads a scenario's {@code patient} section: covariates with units and ranges, and parameter
 * overrides checked against the parameter table (name known, value possible: finite, a switch 0 or
 * 1, not negative for a non-negative quantity). A value outside the plausible range is accepted;
 * the run records a warning.
 */
final class PatientReader {
    static final List<String> KEYS = List.of("weight", "age", "sex", "immunosuppressed", "parameters");
    static final List<String> SEXES = Patient.SEXES;
    static final double MIN_WEIGHT_KG = Patient.MIN_WEIGHT_KG;
    static final double MAX_WEIGHT_KG = Patient.MAX_WEIGHT_KG;
    static final double MIN_AGE = Patient.MIN_AGE_YEARS;
    static final double MAX_AGE = Patient.MAX_AGE_YEARS;

    private final ParameterTable table;

    PatientReader(ParameterTable table) {
        this.table = table;
    }

    Patient read(Optional<YamlNode> section) {
        Patient reference = Patient.reference();
        if (section.isEmpty()) {
            return reference;
        }
        YamlNode node = section.get();
        Expect.mapping(node, KEYS);
        double weight = node.get("weight").map(n -> {
            double v = Expect.measure(n, ScenarioUnits.WEIGHT);
            Expect.range(n, v, MIN_WEIGHT_KG, MAX_WEIGHT_KG, false, "kg");
            return v;
        }).orElse(reference.weightKg());
        double age = node.get("age").map(n -> {
            double v = Expect.measure(n, ScenarioUnits.AGE);
            Expect.range(n, v, MIN_AGE, MAX_AGE, false, "years");
            return v;
        }).orElse(reference.ageYears());
        String sex = node.get("sex").map(n -> Expect.oneOf(n, SEXES)).orElse(reference.sex());
        boolean immunosuppressed = node.get("immunosuppressed").map(Expect::bool).orElse(reference.immunosuppressed());
        Map<String, Double> overrides = node.get("parameters").map(this::overrides).orElse(Map.of());
        return new Patient(weight, age, sex, immunosuppressed, overrides);
    }

    private Map<String, Double> overrides(YamlNode node) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (YamlNode n : Expect.anyMapping(node, "model parameter names to numbers").values()) {
            ParameterEntry entry = table.find(n.key()).orElseThrow(() -> Expect.keyError(n, "unknown parameter '" + n.key()
                    + "'; " + suggestion(n.key())));
            if (n.key().equals("weight") || n.key().equals("age")) {
                throw Expect.keyError(n, n.key() + " is a covariate: set patient." + n.key() + ", so that per-kg amounts"
                        + " follow it");
            }
            if (!n.json().isNumber()) {
                throw Expect.error(n, "expected a number (plausible range " + entry.rangeText() + "), found " + n.describe());
            }
            double v = n.json().doubleValue();
            entry.whyImpossible(v).ifPresent(why -> {
                throw Expect.error(n, n.text() + " is not allowed: " + n.key() + " " + why);
            });
            // a value outside the plausible range is the user's to try: the run records a warning
            out.put(n.key(), v);
        }
        return out;
    }

    private String suggestion(String name) {
        List<String> names = table.entries().stream().map(ParameterEntry::name).toList();
        if (names.isEmpty()) {
            return "the parameter table has no entries yet";
        }
        return Names.nearest(name, names).map(s -> "did you mean '" + s + "'? ").orElse("")
                + "names are those of the parameter table (" + names.size() + " entries)";
    }
}
