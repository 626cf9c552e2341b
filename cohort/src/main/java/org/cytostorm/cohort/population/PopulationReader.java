package org.cytostorm.cohort.population;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.input.InputFiles;
import org.cytostorm.common.input.Names;
import org.cytostorm.common.yaml.Expect;
import org.cytostorm.common.yaml.YamlDocument;
import org.cytostorm.common.yaml.YamlNode;
import org.cytostorm.physiology.model.Distribution;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientSimulator;

/**
 * Reads population specs (YAML, docs/cohorts.md) for one patient model, checking every part against
 * its parameter table and output columns before anything runs; a problem is an
 * {@link InputException} naming file, line and key path. The file is read within
 * {@link org.cytostorm.common.input.InputLimits#SETTINGS}, as scenario files are.
 *
 * <p>Top-level keys (all optional): {@code name} [the file name], {@code description},
 * {@code defaults} [{@code table} | {@code fixed}], {@code covariates} ({@link CovariateReader}),
 * {@code parameters} ({@link ParameterReader}), {@code correlations} (a list of
 * {@code {between: [A, B], rho: R}}), {@code filter} ({@link FilterReader}; the standard filter
 * when left out).
 */
public final class PopulationReader {
    static final List<String> KEYS = List.of("name", "description", "defaults", "covariates", "parameters",
            "correlations", "filter");
    static final List<String> CORRELATION_KEYS = List.of("between", "rho");
    static final List<String> DEFAULTS = List.of("table", "fixed");
    /** The file name of the default population in messages. */
    static final String DEFAULTS_FILE = "population defaults";

    private final ParameterTable table;
    private final FilterReader filters;

    private PopulationReader(ParameterTable table, List<String> columns) {
        this.table = table;
        this.filters = new FilterReader(columns);
    }

    /** A reader of population specs for the patient model {@code simulator} runs. */
    public static PopulationReader of(PatientSimulator simulator) {
        return new PopulationReader(simulator.model().table(), simulator.columns().stream().map(OutputColumn::name)
                .toList());
    }

    /** Reads a spec file. */
    public PopulationSpec read(Path file) {
        return read(InputFiles.read(file), file.toString());
    }

    /** Reads spec text; {@code file} names it in messages and gives the default name. */
    public PopulationSpec read(String yaml, String file) {
        YamlNode root = YamlDocument.parse(yaml, file).orElseThrow(() -> new InputException(file, 1, "",
                "the file is empty; a population spec is a YAML mapping with the keys " + String.join(", ", KEYS)));
        Expect.mapping(root, KEYS);
        String name = root.get("name").map(Expect::text).orElse(baseName(file));
        String description = root.get("description").map(Expect::text).orElse("");
        PopulationSpec.Defaults defaults = root.get("defaults").map(n -> Expect.oneOf(n, DEFAULTS))
                .map(s -> s.equals("table") ? PopulationSpec.Defaults.TABLE : PopulationSpec.Defaults.FIXED)
                .orElse(PopulationSpec.Defaults.TABLE);
        CovariateSpec covariates = CovariateReader.read(root.get("covariates"));
        List<ParameterSpec> parameters = new ParameterReader(table, covariates).read(root.get("parameters"));
        List<CorrelationSpec> correlations = root.get("correlations")
                .map(n -> correlations(n, defaults, covariates, parameters)).orElse(List.of());
        PlausibilityFilter filter = filters.read(root.get("filter"), new Location(file, 0, "filter"));
        return new PopulationSpec(name, description, defaults, covariates, parameters, correlations, filter,
                new Location(file, 0, ""));
    }

    /**
     * The default population of a trigger: every parameter and the weight as the parameter table's
     * distributions say, around the scenario's values, and the standard filter.
     */
    public PopulationSpec defaults() {
        return new PopulationSpec("default", "the parameter table's distributions around the scenario's values",
                PopulationSpec.Defaults.TABLE, CovariateSpec.NONE, List.of(), List.of(),
                filters.standard(new Location(DEFAULTS_FILE, 0, "filter")), new Location(DEFAULTS_FILE, 0, ""));
    }

    private List<CorrelationSpec> correlations(YamlNode n, PopulationSpec.Defaults defaults, CovariateSpec covariates,
            List<ParameterSpec> parameters) {
        if (!n.isSequence()) {
            throw Expect.error(n, "expected a list of {between: [A, B], rho: R}, found " + n.describe());
        }
        if (n.items().size() > Copula.MAX_ENTRIES) {
            throw Expect.error(n.items().get(Copula.MAX_ENTRIES), n.items().size()
                    + " correlations; a population may have at most " + Copula.MAX_ENTRIES);
        }
        List<CorrelationSpec> out = new ArrayList<>();
        for (YamlNode item : n.items()) {
            Map<String, YamlNode> f = Expect.mapping(item, CORRELATION_KEYS);
            YamlNode between = Optional.ofNullable(f.get("between")).filter(x -> !x.isNull()).orElseThrow(() ->
                    Location.of(item).error("a correlation names two variables: {between: [A, B], rho: R}"));
            if (!between.isSequence() || between.items().size() != 2) {
                throw Expect.error(between, "expected two names [A, B], found " + between.describe()
                        + (between.isSequence() ? " of " + between.items().size() : ""));
            }
            for (YamlNode v : between.items()) {
                variable(v, defaults, covariates, parameters);
            }
            YamlNode rhoNode = Optional.ofNullable(f.get("rho")).filter(x -> !x.isNull()).orElseThrow(() ->
                    Location.of(item).error("a correlation needs its rho, between -1 and 1"));
            double rho = Expect.number(rhoNode);
            if (!(Math.abs(rho) <= 1)) {
                throw Expect.error(rhoNode, "a correlation lies between -1 and 1, not " + rhoNode.text());
            }
            out.add(new CorrelationSpec(between.items().get(0).text(), between.items().get(1).text(), rho,
                    Location.of(item)));
        }
        Copula.of(out); // refuses repeated pairs and a matrix that is not positive definite, at the entry
        return out;
    }

    /** A correlated variable: weight, age, or a parameter, with a continuous distribution in this population. */
    private void variable(YamlNode v, PopulationSpec.Defaults defaults, CovariateSpec covariates,
            List<ParameterSpec> parameters) {
        String name = Expect.text(v);
        Distribution d;
        String whose;
        if (Covariates.CONTINUOUS.contains(name)) {
            Optional<CovariateSpec.Continuous> c = name.equals("weight") ? covariates.weight() : covariates.age();
            Optional<ParameterEntry> row = table.find(name);
            d = c.map(CovariateSpec.Continuous::distribution).orElse(defaults == PopulationSpec.Defaults.TABLE
                    && row.isPresent() ? row.get().distribution() : new Distribution.Fixed(0));
            whose = c.isPresent() ? "covariates." + name : defaults == PopulationSpec.Defaults.TABLE && row.isPresent()
                    ? "the parameter table" : "the scenario (the covariate does not vary; give covariates." + name + ")";
        } else {
            ParameterEntry entry = table.find(name).orElseThrow(() -> Expect.error(v, "unknown variable '" + name
                    + "'; " + Names.didYouMean(name, names()) + "a correlation names weight, age or parameters of the"
                    + " parameter table"));
            Optional<ParameterSpec> ps = parameters.stream().filter(p -> p.name().equals(name)).findFirst();
            d = ps.map(ParameterSpec::distribution).orElse(defaults == PopulationSpec.Defaults.TABLE
                    ? entry.distribution() : new Distribution.Fixed(entry.value()));
            whose = ps.isPresent() ? "parameters." + name : defaults == PopulationSpec.Defaults.TABLE
                    ? "the parameter table" : "the scenario (defaults: fixed; give it a distribution under parameters)";
        }
        if (!ParameterSpec.continuous(d)) {
            throw Expect.error(v, name + " has no continuous distribution to correlate: " + whose + " gives it "
                    + d.text() + "; a correlation needs lognormal, normal or uniform");
        }
    }

    private List<String> names() {
        List<String> out = new ArrayList<>(Covariates.CONTINUOUS);
        table.entries().forEach(e -> out.add(e.name()));
        return out;
    }

    /** The file name without directories and extension. */
    static String baseName(String file) {
        String s = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }
}
