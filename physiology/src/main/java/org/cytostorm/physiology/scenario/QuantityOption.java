package org.cytostorm.physiology.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.cytostorm.common.yaml.Measure;

/**
 * A trigger option setting one parameter to an amount, for example an endotoxin dose. Values,
 * range, default and levels are in the canonical unit {@code unit}.
 *
 * @param name         the option's key
 * @param parameter    the model parameter it sets
 * @param unit         canonical unit (the parameter's unit in the parameter table)
 * @param defaultValue value applied when the scenario does not give one (may be absent)
 * @param units        accepted units and their conversions, in catalogue order (includes {@code unit})
 * @param min          lowest plausible value (inclusive)
 * @param max          highest plausible value (inclusive)
 * @param levels       named values, for example {@code high}, in catalogue order
 * @param whole        true for a count (a number of repeated doses): only whole numbers are accepted
 * @param line         line in the catalogue file
 */
public record QuantityOption(String name, String parameter, String unit, OptionalDouble defaultValue,
        Map<String, UnitConversion> units, double min, double max, Map<String, Double> levels, boolean whole, int line)
        implements TriggerOption {

    public QuantityOption {
        units = Collections.unmodifiableMap(new LinkedHashMap<>(units));
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    /** True when {@code v} (canonical) lies in [min, max]. */
    public boolean inRange(double v) {
        return v >= min && v <= max;
    }

    /** False only for a count given a number that is not whole. */
    public boolean fitsCount(double v) {
        return !whole || v == Math.rint(v);
    }

    /** The range in the canonical unit, for example {@code 0..10 ng/kg}. */
    public String range() {
        return Measure.format(min) + ".." + Measure.format(max, unit);
    }

    /**
     * What values the option takes, for help and docs: the range, whether a whole number or in
     * which units, and the named levels, for example
     * {@code 0..1000 1e9 cells; units 1e9 cells, cells; levels low = 5 1e9 cells, high = 150 1e9 cells}.
     */
    public String valuesText() {
        List<String> parts = new ArrayList<>();
        parts.add(range());
        if (whole) {
            parts.add("a whole number");
        } else {
            parts.add("units " + String.join(", ", units.keySet()));
        }
        if (!levels.isEmpty()) {
            List<String> named = new ArrayList<>();
            levels.forEach((k, v) -> named.add(k + " = " + Measure.format(v, unit)));
            parts.add("levels " + String.join(", ", named));
        }
        return String.join("; ", parts);
    }

    @Override
    public String describe() {
        String dflt = defaultValue.isPresent() ? " [" + Measure.format(defaultValue.getAsDouble(), unit) + "]" : "";
        return name + ": " + valuesText() + "; sets " + parameter + dflt;
    }

    @Override
    public List<String> parameterNames() {
        return List.of(parameter);
    }
}
