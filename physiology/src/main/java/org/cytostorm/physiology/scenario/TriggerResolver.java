package org.cytostorm.physiology.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.input.Names;
import org.cytostorm.common.yaml.Expect;
import org.cytostorm.common.yaml.Measure;
import org.cytostorm.common.yaml.YamlNode;

/**
 * Resolves a scenario's {@code trigger} section against the catalogue: the trigger's parameters,
 * then its choice options (the chosen or default choice's set), then its quantity options (the given
 * or default value in the canonical unit), each in catalogue order; later settings win.
 */
final class TriggerResolver {

    /** The trigger as written plus defaults, and the parameters it sets in the order they apply. */
    record Result(TriggerChoice choice, Map<String, Double> parameters) {
    }

    private final TriggerCatalogue catalogue;
    private final double weightKg;

    TriggerResolver(TriggerCatalogue catalogue, double weightKg) {
        this.catalogue = catalogue;
        this.weightKg = weightKg;
    }

    Result resolve(Optional<YamlNode> section) {
        if (section.isEmpty()) {
            return catalogue.find("none").map(t -> apply(t, Map.of()))
                    .orElseGet(() -> new Result(TriggerChoice.none(), Map.of()));
        }
        YamlNode node = section.get();
        if (!node.isMapping()) {
            throw Expect.error(node, "expected a mapping with type (one of: " + types() + ") and the trigger's options, found "
                    + node.describe());
        }
        YamlNode typeNode = node.get("type").orElseThrow(() -> new InputException(node.file(), node.keyLine(),
                node.path() + ".type", "missing; the trigger needs a type, one of: " + types()));
        String name = Expect.text(typeNode);
        TriggerType type = catalogue.find(name).orElseThrow(() -> Expect.error(typeNode, "unknown trigger type '" + name
                + "'; " + Names.didYouMean(name, catalogue.typeNames()) + "trigger types: " + types()));
        Map<String, YamlNode> given = new LinkedHashMap<>();
        for (YamlNode child : node.fields().values()) {
            if (child.key().equals("type")) {
                continue;
            }
            if (type.option(child.key()).isEmpty()) {
                throw Expect.keyError(child, "option '" + child.key() + "' is not defined for trigger " + name + "; "
                        + (type.options().isEmpty() ? "trigger " + name + " has no options"
                                : Names.didYouMean(child.key(), type.optionNames()) + "its options: "
                                        + String.join(", ", type.optionNames())));
            }
            if (!child.isNull()) {
                given.put(child.key(), child);
            }
        }
        return apply(type, given);
    }

    private String types() {
        return String.join(", ", catalogue.typeNames());
    }

    private Result apply(TriggerType type, Map<String, YamlNode> given) {
        Map<String, String> written = new LinkedHashMap<>();
        Map<String, Double> parameters = new LinkedHashMap<>();
        type.parameters().forEach((k, v) -> set(parameters, k, v));
        List<Runnable> quantities = new ArrayList<>();
        for (TriggerOption option : type.options()) {
            YamlNode n = given.get(option.name());
            if (option instanceof ChoiceOption c) {
                Optional<String> chosen = n == null ? c.defaultChoice() : Optional.of(choice(n, c, type));
                chosen.ifPresent(s -> {
                    written.put(c.name(), s);
                    c.choices().get(s).forEach((k, v) -> set(parameters, k, v));
                });
            } else {
                QuantityOption q = (QuantityOption) option;
                if (n != null) {
                    double v = quantity(n, q);
                    written.put(q.name(), n.text());
                    quantities.add(() -> set(parameters, q.parameter(), v));
                } else if (q.defaultValue().isPresent()) {
                    double v = q.defaultValue().getAsDouble();
                    written.put(q.name(), Measure.format(v, q.unit()));
                    quantities.add(() -> set(parameters, q.parameter(), v));
                }
            }
        }
        quantities.forEach(Runnable::run);
        return new Result(new TriggerChoice(type.name(), written, type.infection()), parameters);
    }

    private static String choice(YamlNode n, ChoiceOption c, TriggerType type) {
        String s = n.isScalar() ? n.text() : null;
        if (s == null || !c.choices().containsKey(s)) {
            String found = s == null ? n.describe() : "'" + s + "'";
            throw Expect.error(n, found + " is not a " + c.name() + " of trigger " + type.name() + "; "
                    + (s == null ? "" : Names.didYouMean(s, c.choiceNames())) + c.name() + " is one of: "
                    + String.join(", ", c.choiceNames()));
        }
        return s;
    }

    private double quantity(YamlNode n, QuantityOption q) {
        String accepted = "accepted units: " + String.join(", ", q.units().keySet()) + " (a bare number is "
                + q.unit() + ")" + (q.levels().isEmpty() ? "" : "; levels: " + String.join(", ", q.levels().keySet()));
        double v;
        if (n.json().isNumber()) {
            v = Expect.number(n);
        } else if (n.json().isTextual() && q.levels().containsKey(n.text())) {
            v = q.levels().get(n.text());
        } else if (n.json().isTextual()) {
            Measure m = Measure.parse(n.text()).orElseThrow(() -> Expect.error(n, "expected a number with a unit"
                    + (q.levels().isEmpty() ? "" : " or a level") + ", found '" + n.text() + "'; "
                    + Names.didYouMean(n.text(), q.levels().keySet()) + accepted));
            if (m.unit().isEmpty()) {
                v = m.number();
            } else {
                UnitConversion c = q.units().get(m.unit());
                if (c == null) {
                    throw Expect.error(n, "unknown unit '" + m.unit() + "'; "
                            + Names.didYouMean(m.unit(), q.units().keySet()) + accepted);
                }
                v = c.apply(m.number(), weightKg);
            }
        } else {
            throw Expect.error(n, "expected a number with a unit, found " + n.describe() + "; " + accepted);
        }
        Expect.range(n, v, q.min(), q.max(), false, q.unit());
        if (!q.fitsCount(v)) {
            throw Expect.error(n, q.name() + " is a count: expected a whole number, found " + n.text());
        }
        return v;
    }

    private static void set(Map<String, Double> parameters, String name, double value) {
        parameters.remove(name);
        parameters.put(name, value);
    }
}
