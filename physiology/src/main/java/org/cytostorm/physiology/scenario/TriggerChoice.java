package org.cytostorm.physiology.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trigger as the scenario file wrote it (for display and the summary): its type from the
 * trigger catalogue and its options as written, for example {@code product: axi-cel}, plus the
 * defaults that applied (a quantity's default as {@code value canonical-unit}), in catalogue order.
 *
 * @param type      the trigger type's name
 * @param options   the options as written, and the defaults that applied
 * @param infection true when the trigger is an infection (the catalogue's {@code infection: true}):
 *                  Sepsis-3 needs a suspected infection
 */
public record TriggerChoice(String type, Map<String, String> options, boolean infection) {

    public TriggerChoice {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public static TriggerChoice none() {
        return new TriggerChoice("none", Map.of(), false);
    }
}
