package org.cytostorm.sbml.units;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sbml.jsbml.Unit;
import org.sbml.jsbml.UnitDefinition;

/**
 * A unit as a value: a factor times a product of SBML base units with exponents
 * ({@code 1e-12 gram · litre^-1 · 1e3}). Two units are equal when their base units and exponents
 * are and their factors agree to 1e-9. {@code dimensionless} parts add only their factor.
 *
 * @param exponents base unit kind (lower case, as SBML writes it) to exponent; no zero exponents
 * @param factor    the product of every part's {@code (multiplier 10^scale)^exponent}
 * @param name      the unit identifier this value was read from, or null (a computed unit)
 */
record UnitValue(Map<String, Double> exponents, double factor, String name) {

    static final UnitValue DIMENSIONLESS = new UnitValue(Map.of(), 1, null);

    UnitValue {
        Map<String, Double> m = new TreeMap<>(exponents);
        m.values().removeIf(v -> v == 0);
        exponents = java.util.Collections.unmodifiableMap(m);
    }

    UnitValue(Map<String, Double> exponents, double factor) {
        this(exponents, factor, null);
    }

    /** The same unit, known by a name. */
    UnitValue named(String id) {
        return new UnitValue(exponents, factor, id);
    }

    /** A base unit by its SBML name ({@code second}, {@code dimensionless}). */
    static UnitValue base(String kind) {
        if (kind.equals("dimensionless")) {
            return DIMENSIONLESS;
        }
        return new UnitValue(Map.of(kind, 1.0), 1);
    }

    /** The value of a unit definition. */
    static UnitValue of(UnitDefinition ud) {
        UnitValue v = DIMENSIONLESS;
        for (Unit u : ud.getListOfUnits()) {
            String kind = u.getKind().name().toLowerCase(Locale.ROOT);
            double e = u.getExponent();
            double f = Math.pow(u.getMultiplier() * Math.pow(10, u.getScale()), e);
            Map<String, Double> m = kind.equals("dimensionless") ? Map.of() : Map.of(kind, e);
            v = v.times(new UnitValue(m, f));
        }
        return v;
    }

    UnitValue times(UnitValue o) {
        Map<String, Double> m = new TreeMap<>(exponents);
        o.exponents.forEach((k, e) -> m.merge(k, e, Double::sum));
        return new UnitValue(m, factor * o.factor);
    }

    UnitValue divide(UnitValue o) {
        return times(o.power(-1));
    }

    UnitValue power(double n) {
        Map<String, Double> m = new TreeMap<>();
        exponents.forEach((k, e) -> m.put(k, e * n));
        return new UnitValue(m, n == -1 ? 1 / factor : Math.pow(factor, n));
    }

    boolean isDimensionless() {
        return exponents.isEmpty();
    }

    /** Dimensionless with a factor of 1 (to 1e-9: a unit divided by itself may leave rounding). */
    boolean isOne() {
        return exponents.isEmpty() && Math.abs(factor - 1) <= 1e-9;
    }

    /** Same base units and exponents, factors equal to 1e-9 relative. */
    boolean sameAs(UnitValue o) {
        if (!exponents.keySet().equals(o.exponents.keySet())) {
            return false;
        }
        for (Map.Entry<String, Double> e : exponents.entrySet()) {
            if (Math.abs(e.getValue() - o.exponents.get(e.getKey())) > 1e-12) {
                return false;
            }
        }
        return Math.abs(factor - o.factor) <= 1e-9 * Math.max(Math.abs(factor), Math.abs(o.factor));
    }

    /** {@code 1e-09 gram litre^-1}: for names of derived units. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        if (factor != 1 || exponents.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%.6g", factor).replaceAll("\\.?0+(e|$)", "$1"));
        }
        exponents.forEach((k, e) -> {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(k);
            if (e != 1) {
                sb.append('^').append(e == Math.rint(e) ? Long.toString((long) (double) e) : Double.toString(e));
            }
        });
        return sb.toString();
    }
}
