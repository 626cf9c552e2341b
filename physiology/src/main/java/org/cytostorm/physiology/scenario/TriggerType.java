package org.cytostorm.physiology.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One trigger of the catalogue: the parameters it always sets and the options a scenario may set.
 *
 * @param name        the key a scenario's {@code trigger.type} names
 * @param description one line for people
 * @param parameters  parameters set whenever this trigger is chosen, in catalogue order
 * @param options     its options, in catalogue order
 * @param infection   true for an infection (the catalogue's {@code infection: true})
 * @param line        line in the catalogue file
 */
public record TriggerType(String name, String description, Map<String, Double> parameters,
        List<TriggerOption> options, boolean infection, int line) {

    public TriggerType {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        options = List.copyOf(options);
    }

    public Optional<TriggerOption> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    /** The option names, in catalogue order. */
    public List<String> optionNames() {
        return options.stream().map(TriggerOption::name).toList();
    }
}
