package org.cytostorm.cohort.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cytostorm.common.input.Names;
import org.cytostorm.common.yaml.Expect;
import org.cytostorm.common.yaml.Measure;
import org.cytostorm.common.yaml.YamlNode;
import org.cytostorm.physiology.model.Distribution;
import org.cytostorm.physiology.model.DistributionParser;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.ParameterTable;

/**
 * Reads a population spec's {@code parameters} section, each entry checked against the parameter
 * table:
 *
 * <pre>
 * parameters:
 *   cart_prolif: lognormal(0.5)                # the table's syntax, bounds within the plausible range
 *   CL_dex:
 *     distribution: lognormal(0.3)             # optional: the table row's when left out
 *     value: 15                                # optional centre: else the scenario's value
 *     depends: {covariate: weight, exponent: 0.75, reference: 70}   # or a list
 *   V_dex:
 *     depends: [{covariate: ckd, factor: 1.2}]
 * </pre>
 */
final class ParameterReader {
    static final List<String> KEYS = List.of("distribution", "value", "depends");
    static final List<String> POWER_KEYS = List.of("covariate", "exponent", "reference");
    static final List<String> FACTOR_KEYS = List.of("covariate", "factor");
    static final List<String> DEPENDS_KEYS = List.of("covariate", "exponent", "reference", "factor");

    private final ParameterTable table;
    private final CovariateSpec covariates;

    ParameterReader(ParameterTable table, CovariateSpec covariates) {
        this.table = table;
        this.covariates = covariates;
    }

    List<ParameterSpec> read(Optional<YamlNode> section) {
        if (section.isEmpty()) {
            return List.of();
        }
        List<ParameterSpec> out = new ArrayList<>();
        for (YamlNode n : Expect.anyMapping(section.get(), "parameter names to distributions").values()) {
            out.add(parameter(n));
        }
        return out;
    }

    private ParameterSpec parameter(YamlNode n) {
        String name = n.key();
        if (Covariates.CONTINUOUS.contains(name)) {
            throw Expect.keyError(n, name + " is a covariate of the patient: write it under covariates." + name
                    + ", so that the scenario's patient and per-kg doses follow it");
        }
        ParameterEntry entry = table.find(name).orElseThrow(() -> Expect.keyError(n, "unknown parameter '" + name
                + "'; " + suggestion(name)));
        if (n.isNull()) {
            throw Expect.keyError(n, "give " + name + " a distribution (" + DistributionParser.forms() + ")");
        }
        YamlNode text = n;
        OptionalDouble centre = OptionalDouble.empty();
        List<Dependency> depends = List.of();
        if (n.isMapping()) {
            Expect.mapping(n, KEYS);
            Optional<YamlNode> v = n.get("value");
            if (v.isPresent()) {
                double x = Expect.number(v.get());
                entry.whyImpossible(x).ifPresent(why -> {
                    throw Expect.error(v.get(), v.get().text() + " is not allowed: " + name + " " + why);
                });
                centre = OptionalDouble.of(x);
            }
            text = n.get("distribution").orElse(null);
        }
        Distribution d;
        if (text == null) {
            d = entry.distribution();
        } else {
            if (!text.json().isTextual()) {
                throw Expect.error(text, "expected a distribution (" + DistributionParser.forms() + "), found "
                        + text.describe());
            }
            try {
                d = DistributionParser.parseForPopulation(text.json().textValue(), centre.orElse(entry.value()),
                        entry.min(), entry.max());
            } catch (IllegalArgumentException e) {
                throw Expect.error(text, name + " (plausible range " + entry.rangeText() + "): " + e.getMessage());
            }
        }
        if (text != null) {
            Optional<String> why = discrete(entry, d);
            if (why.isPresent()) {
                throw Expect.error(text, name + " " + why.get());
            }
        }
        if (n.isMapping() && n.get("depends").isPresent()) {
            depends = depends(n.get("depends").orElseThrow(), name, d);
        }
        return new ParameterSpec(name, d, centre, depends, Location.ofKey(n));
    }

    /**
     * Why {@code d} cannot be drawn for a switch or a count, or empty when it can: a continuous draw
     * would give them values the model refuses (0.4 of a switch, 2.7 repeated doses), so they take
     * a single value or categories that are each possible.
     */
    private static Optional<String> discrete(ParameterEntry entry, Distribution d) {
        if (!entry.isSwitch() && !entry.isCount()) {
            return Optional.empty();
        }
        String what = entry.isSwitch() ? "is a mechanism switch (0 or 1)" : "is a count (a whole number)";
        if (d instanceof Distribution.Categorical c) {
            for (double v : c.values()) {
                Optional<String> why = entry.whyImpossible(v);
                if (why.isPresent()) {
                    return Optional.of(what + ": category " + Measure.format(v) + " " + why.get());
                }
            }
            return Optional.empty();
        }
        if (d.varies()) {
            return Optional.of(what + ": a continuous distribution (" + d.text() + ") would draw values it cannot take;"
                    + " give categories, for example categorical(" + (entry.isSwitch() ? "0: 0.5, 1: 0.5" : "0: 0.5, 4: 0.5")
                    + ")");
        }
        return entry.whyImpossible(d.quantile(0.5)).map(why -> what + ": " + why);
    }

    /** A dependency or a list of them. */
    private List<Dependency> depends(YamlNode n, String parameter, Distribution d) {
        if (!ParameterSpec.hasCentre(d)) {
            throw Expect.keyError(n, parameter + "'s distribution " + d.text() + " has no centre for a covariate to move;"
                    + " a dependency needs lognormal, normal or fixed");
        }
        List<YamlNode> items = n.isSequence() ? n.items() : List.of(n);
        List<Dependency> out = new ArrayList<>();
        for (YamlNode item : items) {
            out.add(dependency(item));
        }
        return out;
    }

    private Dependency dependency(YamlNode n) {
        Map<String, YamlNode> f = Expect.mapping(n, DEPENDS_KEYS);
        YamlNode cov = Optional.ofNullable(f.get("covariate")).filter(x -> !x.isNull()).orElseThrow(() ->
                Location.ofKey(n).error("a dependency names its covariate: {covariate: weight, exponent: 0.75,"
                        + " reference: 70} or {covariate: NAME, factor: 0.8}"));
        String name = Expect.text(cov);
        List<String> indicators = new ArrayList<>(Covariates.SEX_INDICATORS);
        covariates.comorbidities().forEach(c -> indicators.add(c.name()));
        if (Covariates.CONTINUOUS.contains(name)) {
            Map<String, YamlNode> g = Expect.mapping(n, POWER_KEYS);
            double exponent = Expect.number(required(n, g, "exponent", name));
            YamlNode refNode = required(n, g, "reference", name);
            double reference = Expect.number(refNode);
            if (!(reference > 0)) {
                throw Expect.error(refNode, "the reference " + name + " is more than 0, not " + refNode.text());
            }
            if (exponent < 0 && name.equals("age") && !ageAboveZero()) {
                throw Expect.error(g.get("exponent"), "a negative exponent of age is infinite at age 0: give"
                        + " covariates.age a distribution with a lower bound above 0");
            }
            return new Dependency.Power(name, exponent, reference, Location.of(n));
        }
        if (indicators.contains(name)) {
            Map<String, YamlNode> g = Expect.mapping(n, FACTOR_KEYS);
            YamlNode factorNode = required(n, g, "factor", name);
            double factor = Expect.number(factorNode);
            if (!(factor > 0)) {
                throw Expect.error(factorNode, "a factor is more than 0, not " + factorNode.text());
            }
            return new Dependency.Factor(name, factor, Location.of(n));
        }
        List<String> known = new ArrayList<>(Covariates.CONTINUOUS);
        known.addAll(indicators);
        throw Expect.error(cov, "unknown covariate '" + name + "'; " + Names.didYouMean(name, known)
                + "covariates: " + String.join(", ", known) + " (a comorbidity is declared under covariates.comorbidities)");
    }

    private static YamlNode required(YamlNode n, Map<String, YamlNode> f, String key, String covariate) {
        YamlNode v = f.get(key);
        if (v == null || v.isNull()) {
            throw Location.ofKey(n).error("a dependency on " + covariate + " needs " + key
                    + (key.equals("factor") ? "" : ": {covariate: " + covariate + ", exponent: E, reference: R}"));
        }
        return v;
    }

    private boolean ageAboveZero() {
        return covariates.age().map(a -> a.distribution().quantile(0) > 0).orElse(false);
    }

    private String suggestion(String name) {
        List<String> names = table.entries().stream().map(ParameterEntry::name).toList();
        return Names.didYouMean(name, names) + "names are those of the parameter table (" + names.size()
                + " entries, docs/model.md)";
    }
}
