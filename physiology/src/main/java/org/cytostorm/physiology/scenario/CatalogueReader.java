package org.cytostorm.physiology.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.yaml.Expect;
import org.cytostorm.common.yaml.Measure;
import org.cytostorm.common.yaml.YamlDocument;
import org.cytostorm.common.yaml.YamlNode;

/**
 * Reads the trigger catalogue's YAML (format in the header of {@code triggers.yaml}) into
 * {@link TriggerType}s. Problems are {@link InputException}s naming file, line and key path.
 */
final class CatalogueReader {
    private static final List<String> TRIGGER_KEYS = List.of("description", "infection", "parameters", "options");
    private static final List<String> CHOICE_KEYS = List.of("default", "choices");
    private static final List<String> QUANTITY_KEYS = List.of("parameter", "unit", "default", "units", "range", "levels",
            "whole");
    private static final List<String> UNIT_KEYS = List.of("factor", "per_kg");

    private CatalogueReader() {
    }

    static List<TriggerType> read(String yaml, String file) {
        YamlNode root = YamlDocument.parse(yaml, file)
                .orElseThrow(() -> new InputException(file, 1, "", "the trigger catalogue is empty"));
        List<TriggerType> types = new ArrayList<>();
        for (YamlNode t : Expect.anyMapping(root, "trigger types to their descriptions, parameters and options").values()) {
            types.add(trigger(t));
        }
        return types;
    }

    private static TriggerType trigger(YamlNode node) {
        Map<String, YamlNode> f = Expect.mapping(node, TRIGGER_KEYS);
        String description = Expect.text(required(node, "description"));
        Map<String, Double> parameters = node.get("parameters").map(CatalogueReader::parameters).orElse(Map.of());
        List<TriggerOption> options = new ArrayList<>();
        if (f.containsKey("options") && !f.get("options").isNull()) {
            for (YamlNode o : Expect.anyMapping(f.get("options"), "option names to options").values()) {
                options.add(option(o));
            }
        }
        boolean infection = node.get("infection").map(Expect::bool).orElse(false);
        return new TriggerType(node.key(), description, parameters, options, infection, node.keyLine());
    }

    private static TriggerOption option(YamlNode node) {
        if ("type".equals(node.key())) {
            throw Expect.keyError(node, "'type' is reserved (a scenario's trigger.type); name the option otherwise");
        }
        if (node.isMapping() && node.fields().containsKey("choices")) {
            return choice(node);
        }
        if (node.isMapping() && node.fields().containsKey("parameter")) {
            return quantity(node);
        }
        throw Expect.error(node, "an option is a mapping with either choices (a choice: " + String.join(", ", CHOICE_KEYS)
                + ") or parameter (a quantity: " + String.join(", ", QUANTITY_KEYS) + ")");
    }

    private static ChoiceOption choice(YamlNode node) {
        Expect.mapping(node, CHOICE_KEYS);
        Map<String, Map<String, Double>> choices = new LinkedHashMap<>();
        for (YamlNode c : Expect.anyMapping(required(node, "choices"), "choice names to parameter sets").values()) {
            choices.put(c.key(), c.isNull() ? Map.of() : parameters(c));
        }
        if (choices.isEmpty()) {
            throw Expect.error(node.fields().get("choices"), "a choice option needs at least one choice");
        }
        Optional<String> dflt = node.get("default").map(d -> Expect.oneOf(d, choices.keySet()));
        return new ChoiceOption(node.key(), dflt, choices, node.keyLine());
    }

    private static QuantityOption quantity(YamlNode node) {
        Expect.mapping(node, QUANTITY_KEYS);
        String parameter = Expect.text(required(node, "parameter"));
        YamlNode unitNode = required(node, "unit");
        if (!unitNode.isScalar()) {
            throw Expect.error(unitNode, "expected the canonical unit as text, found " + unitNode.describe());
        }
        String unit = unitNode.text();
        Map<String, UnitConversion> units = new LinkedHashMap<>();
        units.put(unit, new UnitConversion(1, false));
        node.get("units").ifPresent(u -> Expect.anyMapping(u, "units to factors").values()
                .forEach(c -> units.put(c.key(), conversion(c))));
        double[] range = range(required(node, "range"));
        boolean whole = node.get("whole").map(Expect::bool).orElse(false);
        Map<String, Double> levels = new LinkedHashMap<>();
        node.get("levels").ifPresent(l -> Expect.anyMapping(l, "level names to values").values()
                .forEach(v -> levels.put(v.key(), wholeIf(whole, v, inRange(v, Expect.number(v), range, unit)))));
        OptionalDouble dflt = OptionalDouble.empty();
        Optional<YamlNode> d = node.get("default");
        if (d.isPresent()) {
            YamlNode n = d.get();
            if (n.json().isTextual() && levels.containsKey(n.text())) {
                dflt = OptionalDouble.of(levels.get(n.text()));
            } else if (n.json().isNumber()) {
                dflt = OptionalDouble.of(wholeIf(whole, n, inRange(n, Expect.number(n), range, unit)));
            } else {
                throw Expect.error(n, "expected a number in " + unit + (levels.isEmpty() ? "" : " or a level ("
                        + String.join(", ", levels.keySet()) + ")") + ", found " + n.describe());
            }
        }
        return new QuantityOption(node.key(), parameter, unit, dflt, units, range[0], range[1], levels, whole,
                node.keyLine());
    }

    private static UnitConversion conversion(YamlNode n) {
        if (n.isMapping()) {
            Expect.mapping(n, UNIT_KEYS);
            double factor = positive(required(n, "factor"));
            boolean perKg = n.get("per_kg").map(Expect::bool).orElse(false);
            return new UnitConversion(factor, perKg);
        }
        if (n.json().isNumber()) {
            return new UnitConversion(positive(n), false);
        }
        throw Expect.error(n, "expected a factor to the canonical unit (a number) or a mapping with the keys "
                + String.join(", ", UNIT_KEYS) + ", found " + n.describe());
    }

    private static double positive(YamlNode n) {
        double v = Expect.number(n);
        if (v <= 0) {
            throw Expect.error(n, "a unit factor must be more than 0, found " + n.text());
        }
        return v;
    }

    private static double[] range(YamlNode n) {
        if (!n.isSequence() || n.items().size() != 2) {
            throw Expect.error(n, "expected [min, max] in the canonical unit, found " + n.describe());
        }
        double min = Expect.number(n.items().get(0));
        double max = Expect.number(n.items().get(1));
        if (min > max) {
            throw Expect.error(n, "expected [min, max] with min <= max, found [" + Measure.format(min) + ", "
                    + Measure.format(max) + "]");
        }
        return new double[] {min, max};
    }

    private static double wholeIf(boolean whole, YamlNode n, double v) {
        if (whole && v != Math.rint(v)) {
            throw Expect.error(n, "expected a whole number (this option is a count), found " + n.text());
        }
        return v;
    }

    private static double inRange(YamlNode n, double v, double[] range, String unit) {
        Expect.range(n, v, range[0], range[1], false, unit);
        return v;
    }

    private static Map<String, Double> parameters(YamlNode n) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (YamlNode p : Expect.anyMapping(n, "parameter names to numbers").values()) {
            m.put(p.key(), Expect.number(p));
        }
        return m;
    }

    private static YamlNode required(YamlNode mapping, String key) {
        return mapping.get(key).orElseThrow(() -> new InputException(mapping.file(), mapping.keyLine(),
                mapping.path() + "." + key, "missing; " + mapping.key() + " needs " + key));
    }
}
