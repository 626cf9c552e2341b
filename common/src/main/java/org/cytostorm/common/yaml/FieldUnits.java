package org.cytostorm.common.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The units a scenario field accepts, each with its factor to the canonical unit.
 *
 * @param canonical     the unit values are converted to
 * @param factors       accepted unit to canonical factor, in the order messages list them
 * @param bareCanonical whether a number without a unit means the canonical unit
 */
public record FieldUnits(String canonical, Map<String, Double> factors, boolean bareCanonical) {
    public static final FieldUnits WEIGHT = new FieldUnits("kg", ordered("kg", 1, "lb", 0.45359237), true);
    public static final FieldUnits AGE = new FieldUnits("years", ordered("years", 1, "y", 1), true);
    public static final FieldUnits DURATION = new FieldUnits("h", ordered("h", 1, "d", 24, "hours", 1, "days", 24), false);
    public static final FieldUnits INTERVAL = new FieldUnits("h",
            ordered("min", 1.0 / 60, "h", 1, "d", 24, "hours", 1, "days", 24), false);

    public FieldUnits {
        factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
    }

    /** The accepted units, comma-separated. */
    public String list() {
        return String.join(", ", factors.keySet());
    }

    private static Map<String, Double> ordered(Object... unitFactor) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < unitFactor.length; i += 2) {
            m.put((String) unitFactor[i], ((Number) unitFactor[i + 1]).doubleValue());
        }
        return m;
    }
}
