package org.cytostorm.physiology.scenario;

import java.util.Map;

/**
 * The trigger as the scenario file wrote it (for display and the summary): its type from the
 * trigger catalogue and its options as written, for example {@code product: axi-cel}.
 */
public record TriggerChoice(String type, Map<String, String> options) {

    public TriggerChoice {
        options = Map.copyOf(options);
    }

    public static TriggerChoice none() {
        return new TriggerChoice("none", Map.of());
    }
}
