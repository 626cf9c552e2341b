package org.cytostorm.common.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The units a field of a YAML file accepts, each with its factor to the canonical unit (the
 * readers that use it define their fields' units).
 *
 * @param canonical     the unit values are converted to
 * @param factors       accepted unit to canonical factor, in the order messages list them
 * @param bareCanonical whether a number without a unit means the canonical unit
 */
public record FieldUnits(String canonical, Map<String, Double> factors, boolean bareCanonical) {
    public FieldUnits {
        factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
    }

    /** The accepted units, comma-separated. */
    public String list() {
        return String.join(", ", factors.keySet());
    }

    /**
     * Units from pairs of a unit and its factor, listed in messages in this order:
     * {@code FieldUnits.of("h", false, "h", 1, "d", 24)}.
     */
    public static FieldUnits of(String canonical, boolean bareCanonical, Object... unitFactor) {
        return new FieldUnits(canonical, ordered(unitFactor), bareCanonical);
    }

    private static Map<String, Double> ordered(Object... unitFactor) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < unitFactor.length; i += 2) {
            m.put((String) unitFactor[i], ((Number) unitFactor[i + 1]).doubleValue());
        }
        return m;
    }
}
