package org.cytostorm.physiology.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A trigger option naming one of several parameter sets, for example a CAR-T product.
 *
 * @param name          the option's key
 * @param defaultChoice the choice applied when the scenario does not name one (may be absent)
 * @param choices       choice name to the parameters it sets, in catalogue order
 * @param line          line in the catalogue file
 */
public record ChoiceOption(String name, Optional<String> defaultChoice, Map<String, Map<String, Double>> choices,
        int line) implements TriggerOption {

    public ChoiceOption {
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        choices.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        choices = Collections.unmodifiableMap(copy);
    }

    /** The choice names, in catalogue order. */
    public List<String> choiceNames() {
        return List.copyOf(choices.keySet());
    }

    @Override
    public String describe() {
        return name + ": " + String.join(" | ", choices.keySet()) + defaultChoice.map(d -> " [" + d + "]").orElse("");
    }

    @Override
    public List<String> parameterNames() {
        Set<String> names = new LinkedHashSet<>();
        choices.values().forEach(set -> names.addAll(set.keySet()));
        return List.copyOf(names);
    }
}
