package org.cytostorm.engine.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cytostorm.engine.model.UnitDefinition;
import org.cytostorm.engine.text.ModelParseException.Kind;
import org.cytostorm.engine.text.Statement.UnitFactor;
import org.cytostorm.engine.text.Statement.UnitStatement;

/**
 * Turns the factors of {@code unit} statements into SBML unit parts: each base unit becomes a
 * part {@code (multiplier * kind)^exponent}; a unit defined in the same text is expanded into its
 * parts; bare numbers are folded into the multiplier of the first part (or give one
 * {@code dimensionless} part).
 */
final class UnitResolver {

    private final String sourceName;
    private final Map<String, UnitStatement> units = new LinkedHashMap<>();
    private final Map<String, List<UnitDefinition.Part>> resolved = new LinkedHashMap<>();

    UnitResolver(String sourceName, List<UnitStatement> statements) {
        this.sourceName = sourceName;
        for (UnitStatement u : statements) {
            UnitStatement first = units.get(u.id().id());
            if (first != null) {
                throw u.id().position().error(Kind.DUPLICATE_DEFINITION, sourceName,
                        "unit '" + u.id().id() + "' is defined twice (first at " + first.id().position().describe()
                                + ")", "one definition per unit");
            }
            if (Names.isReserved(u.id().id())) {
                throw u.id().position().error(Kind.INVALID, sourceName,
                        "'" + u.id().id() + "' is a reserved word (a keyword, constant or built-in function"
                                + " of Antimony)",
                        "another name");
            }
            units.put(u.id().id(), u);
        }
    }

    boolean isDefined(String id) {
        return units.containsKey(id);
    }

    Optional<UnitStatement> statement(String id) {
        return Optional.ofNullable(units.get(id));
    }

    List<String> ids() {
        return List.copyOf(units.keySet());
    }

    List<UnitDefinition.Part> parts(String id) {
        return resolve(id, new HashSet<>());
    }

    private List<UnitDefinition.Part> resolve(String id, Set<String> visiting) {
        List<UnitDefinition.Part> done = resolved.get(id);
        if (done != null) {
            return done;
        }
        UnitStatement u = units.get(id);
        visiting.add(id);
        List<UnitDefinition.Part> parts = new ArrayList<>();
        List<double[]> scalars = new ArrayList<>();
        for (UnitFactor f : u.factors()) {
            if (f.unit() == null) {
                scalars.add(new double[] {f.multiplier(), f.exponent()});
                continue;
            }
            String name = f.unit().id();
            Optional<String> base = Names.baseUnit(name);
            if (units.containsKey(name)) {
                if (visiting.contains(name)) {
                    throw f.unit().position().error(Kind.RULE_CYCLE, sourceName,
                            "unit '" + id + "' is defined in terms of itself",
                            "units that do not refer to each other in a cycle");
                }
                if (f.multiplier() != 1) {
                    scalars.add(new double[] {f.multiplier(), f.exponent()});
                }
                for (UnitDefinition.Part p : resolve(name, visiting)) {
                    parts.add(new UnitDefinition.Part(p.kind(), p.exponent() * f.exponent(), p.scale(),
                            p.multiplier()));
                }
            } else if (base.isPresent()) {
                parts.add(new UnitDefinition.Part(base.get(), f.exponent(), 0, f.multiplier()));
            } else {
                throw f.unit().position().error(Kind.UNKNOWN_SYMBOL, sourceName, "unknown unit '" + name + "'",
                        "an SBML base unit (second, mole, litre, metre, gram, item, dimensionless, ...) or a unit"
                                + " defined with 'unit'");
            }
        }
        visiting.remove(id);
        List<UnitDefinition.Part> out = fold(parts, scalars);
        resolved.put(id, out);
        return out;
    }

    private static List<UnitDefinition.Part> fold(List<UnitDefinition.Part> parts, List<double[]> scalars) {
        if (parts.isEmpty()) {
            if (scalars.isEmpty()) {
                return List.of();
            }
            double m = 1;
            for (double[] s : scalars) {
                m *= Math.pow(s[0], s[1]);
            }
            return List.of(new UnitDefinition.Part("dimensionless", 1, 0, m));
        }
        UnitDefinition.Part first = parts.get(0);
        double m = first.multiplier();
        for (double[] s : scalars) {
            if (s[1] == first.exponent()) {
                m *= s[0];
            } else if (s[1] == -first.exponent()) {
                m /= s[0];
            } else {
                m *= Math.pow(s[0], s[1] / first.exponent());
            }
        }
        List<UnitDefinition.Part> out = new ArrayList<>(parts);
        out.set(0, new UnitDefinition.Part(first.kind(), first.exponent(), first.scale(), m));
        return List.copyOf(out);
    }
}
