package org.cytostorm.tissue.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.tissue.rules.BehaviourKind;

/**
 * Mechanism switches. The built-in mechanisms each silence a family of behaviours; a config may
 * declare more, which silence the rules tagged with them (such as {@code il10_brake}).
 */
public record Switches(Map<String, Boolean> on) {

    /** Built-in mechanisms and the behaviour each holds at zero when off. */
    public static final Map<String, BehaviourKind> BUILT_IN;

    static {
        Map<String, BehaviourKind> m = new LinkedHashMap<>();
        m.put("inflammatory_death", BehaviourKind.INFLAMMATORY_DEATH);
        m.put("apoptosis", BehaviourKind.APOPTOSIS);
        m.put("migration", BehaviourKind.MIGRATION_SPEED);
        m.put("chemotaxis", BehaviourKind.CHEMOTAXIS);
        m.put("killing", BehaviourKind.KILL);
        m.put("proliferation", BehaviourKind.PROLIFERATE);
        m.put("recruitment", BehaviourKind.RECRUIT);
        m.put("plasma_exchange", BehaviourKind.PLASMA_EXCHANGE);
        m.put("secretion", BehaviourKind.SECRETE);
        m.put("uptake", BehaviourKind.UPTAKE);
        m.put("transformation", BehaviourKind.TRANSFORM);
        BUILT_IN = Collections.unmodifiableMap(m);
    }

    public Switches {
        on = Collections.unmodifiableMap(new LinkedHashMap<>(on));
    }

    /** Whether a mechanism is on; unknown names are on (the reader rejects them earlier). */
    public boolean isOn(String mechanism) {
        return mechanism == null || mechanism.isEmpty() || on.getOrDefault(mechanism, true);
    }

    /** Whether the built-in switch governing behaviour kind {@code kind} is on. */
    public boolean allows(BehaviourKind kind) {
        for (Map.Entry<String, BehaviourKind> e : BUILT_IN.entrySet()) {
            if (e.getValue() == kind) {
                return isOn(e.getKey());
            }
        }
        return true;
    }

    public List<String> names() {
        return List.copyOf(on.keySet());
    }
}
