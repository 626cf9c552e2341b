package org.cytostorm.cohort.trial;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cytostorm.cohort.population.PopulationReader;
import org.cytostorm.cohort.population.PopulationSpec;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.input.InputFiles;
import org.cytostorm.common.input.Names;
import org.cytostorm.common.yaml.Expect;
import org.cytostorm.common.yaml.FieldUnits;
import org.cytostorm.common.yaml.YamlDocument;
import org.cytostorm.common.yaml.YamlNode;
import org.cytostorm.engine.text.ModelParseException;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.ScenarioReader;
import org.cytostorm.physiology.treat.Condition;
import org.cytostorm.physiology.treat.Protocol;
import org.cytostorm.physiology.treat.Treatments;

/**
 * Reads a trial spec (YAML) and checks all of it before anything runs; every refusal names the
 * file, line and key. The keys (docs/cohorts.md):
 *
 * <pre>
 * name, description, source
 * scenario:   a built-in scenario or a scenario file (relative to the spec): trigger, care, output
 * care:       the background care protocol of every arm (a built-in or a file) [the scenario's]
 * population: a population file (relative to the spec), "default" (the parameter table's) or
 *             "calibrated NAME" (a built-in calibration's weighted pool, for its own scenario)
 * patients:   how many [200]
 * follow_up:  from enrolment [28 d]
 * enrolment:  {at: TIME} or {from: TIME, to: TIME}, and optionally when: CONDITION [at: 0 h]; whole
 *             hours (the run's rows are hourly)
 * arms:       [{name: ..., treatments: [dosing records, times from enrolment], care: PROTOCOL}, ...],
 *             control first; names unique and not blank, no rules, every dose within the follow-up,
 *             every arm but the control giving something; an arm's own care only with enrolment at 0 h
 * allocation: {ratio: [1, 1], stratify: [SUBGROUP, ...]} [1:1, unstratified]
 * subgroups:  {NAME: CONDITION, ...} on the state at enrolment; names differing by more than case
 * </pre>
 *
 * Conditions are model-text expressions over the run's output columns ({@code o2_support_level >= 1}).
 */
public final class TrialSpecReader {

    static final List<String> KEYS = List.of("name", "description", "source", "scenario", "care", "population", "patients",
            "follow_up", "enrolment", "arms", "allocation", "subgroups");
    /** The keys of a cohort spec: a trial's without arms and allocation. */
    static final List<String> COHORT_KEYS = KEYS.stream().filter(k -> !k.equals("arms") && !k.equals("allocation"))
            .toList();
    /** The one arm of a cohort. */
    public static final String COHORT_ARM = "cohort";
    static final List<String> ENROLMENT_KEYS = List.of("at", "from", "to", "when");
    static final List<String> ARM_KEYS = List.of("name", "treatments", "care");
    static final List<String> ALLOCATION_KEYS = List.of("ratio", "stratify");
    static final FieldUnits TIME = FieldUnits.of("h", false, "min", 1.0 / 60, "h", 1, "d", 24, "hours", 1, "days", 24);
    /** The latest enrolment and the longest follow-up: a year each. */
    static final double MAX_TIME_H = 365 * 24;
    static final int DEFAULT_PATIENTS = 200;
    static final double DEFAULT_FOLLOW_UP_H = 28 * 24;
    /** {@code population: calibrated NAME}: a built-in calibration's weighted pool. */
    static final String CALIBRATED = "calibrated ";

    private final PatientSimulator simulator;
    private final ScenarioReader scenarios;
    private final PopulationReader populations;
    private final Set<String> columns;

    private TrialSpecReader(PatientSimulator simulator, ScenarioReader scenarios) {
        this.simulator = simulator;
        this.scenarios = scenarios;
        this.populations = PopulationReader.of(simulator);
        this.columns = new HashSet<>(simulator.columns().stream().map(OutputColumn::name).toList());
        this.columns.addAll(PatientState.COVARIATES);
    }

    /** A reader for the standard patient model. */
    public static TrialSpecReader standard() {
        return new TrialSpecReader(PatientSimulator.standard(), ScenarioReader.standard());
    }

    /** A reader for the model {@code simulator} runs, reading scenarios with {@code scenarios}. */
    public static TrialSpecReader of(PatientSimulator simulator, ScenarioReader scenarios) {
        return new TrialSpecReader(simulator, scenarios);
    }

    /** The simulator whose model the specs are checked against. */
    public PatientSimulator simulator() {
        return simulator;
    }

    /** Reads a spec file. */
    public TrialSpec read(Path file) {
        return read(InputFiles.read(file), file.toString(), file.toAbsolutePath().getParent());
    }

    /**
     * Reads spec text; {@code file} names it in messages, {@code directory} is where the files it
     * names are found (null: the working directory).
     */
    public TrialSpec read(String yaml, String file, Path directory) {
        return read(yaml, file, directory, false);
    }

    /**
     * Reads a cohort spec: a trial spec without arms or allocation (the keys of {@link #COHORT_KEYS}),
     * whose patients all get the background care: one arm, {@value #COHORT_ARM}.
     */
    public TrialSpec readCohort(String yaml, String file, Path directory) {
        return read(yaml, file, directory, true, List.of());
    }

    /**
     * Reads the cohort part of a spec that has keys of its own besides (a calibration's
     * {@code targets}): those keys are allowed and left to the caller.
     */
    public TrialSpec readCohort(String yaml, String file, Path directory, List<String> otherKeys) {
        return read(yaml, file, directory, true, otherKeys);
    }

    private TrialSpec read(String yaml, String file, Path directory, boolean cohort) {
        return read(yaml, file, directory, cohort, List.of());
    }

    private TrialSpec read(String yaml, String file, Path directory, boolean cohort, List<String> otherKeys) {
        List<String> keys = new java.util.ArrayList<>(cohort ? COHORT_KEYS : KEYS);
        keys.addAll(otherKeys);
        YamlNode root = YamlDocument.parse(yaml, file).orElseThrow(() -> new InputException(file, 1, "",
                "the file is empty; a " + (cohort ? "cohort" : "trial") + " spec is a YAML mapping with the keys "
                        + String.join(", ", keys)));
        Map<String, YamlNode> f = Expect.mapping(root, keys);
        String name = root.get("name").map(Expect::text).orElse(baseName(file));
        String description = root.get("description").map(Expect::text).orElse("");
        String source = root.get("source").map(Expect::text).orElse("");
        YamlNode scenarioNode = required(root, f, "scenario", "a built-in scenario or a scenario file");
        Scenario template = scenario(scenarioNode, directory);
        if (root.get("care").isPresent()) {
            YamlNode care = root.get("care").get();
            try {
                template = template.withProtocol(scenarios.protocols().resolve(Expect.text(care), directory));
            } catch (IllegalArgumentException e) {
                throw Expect.error(care, e.getMessage());
            }
        }
        Scenario chosen = template;
        PopulationSpec population = root.get("population").map(n -> population(n, directory, chosen))
                .orElseGet(populations::defaults);
        int patients = root.get("patients").map(n -> {
            double v = Expect.number(n);
            if (v != Math.rint(v) || v < 1 || v > TrialSpec.MAX_PATIENTS) {
                throw Expect.error(n, "patients is a whole number from 1 to " + TrialSpec.MAX_PATIENTS + ", found " + v);
            }
            return (int) v;
        }).orElse(DEFAULT_PATIENTS);
        double followUp = root.get("follow_up").map(n -> time(n, true)).orElse(DEFAULT_FOLLOW_UP_H);
        Enrolment enrolment = root.get("enrolment").map(this::enrolment).orElse(Enrolment.atStart());
        double runH = enrolment.toH() + followUp;
        Scenario sized = template.withDuration(runH).withOutputInterval(Math.min(1.0, runH));
        List<Arm> arms = cohort ? List.of(new Arm(COHORT_ARM, List.of()))
                : arms(required(root, f, "arms", "a list of arms, the control first"), directory, followUp, enrolment);
        List<Subgroup> subgroups = root.get("subgroups").map(this::subgroups).orElse(List.of());
        Allocation allocation = root.get("allocation").map(n -> allocation(n, arms.size(), subgroups))
                .orElse(Allocation.equal(arms.size()));
        return new TrialSpec(name, description, source, sized, population, patients, enrolment, followUp, arms,
                allocation, subgroups);
    }

    /**
     * A key the spec must have. Written without a value, the refusal names the key's line; not
     * written at all, it names the key it wants at the mapping's first line, since it has none.
     */
    private static YamlNode required(YamlNode root, Map<String, YamlNode> f, String key, String what) {
        YamlNode n = f.get(key);
        if (n == null) {
            throw new InputException(root.file(), root.keyLine(), key, "'" + key + "' is required: " + what);
        }
        if (n.isNull()) {
            throw Expect.keyError(n, "'" + key + "' is required: " + what);
        }
        return n;
    }

    private Scenario scenario(YamlNode n, Path directory) {
        String text = Expect.text(n);
        Path file = directory == null ? Path.of(text) : directory.resolve(text);
        if (text.endsWith(".yaml") || text.endsWith(".yml") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                throw Expect.error(n, "no scenario file " + file);
            }
            return scenarios.read(file);
        }
        if (!BuiltInScenarios.names().contains(text)) {
            throw Expect.error(n, "neither a scenario file nor a built-in scenario; "
                    + Names.didYouMean(text, BuiltInScenarios.names()) + "built-in scenarios: "
                    + String.join(", ", BuiltInScenarios.names()));
        }
        return BuiltInScenarios.load(text, scenarios);
    }

    private PopulationSpec population(YamlNode n, Path directory, Scenario template) {
        String text = Expect.text(n);
        if (text.equals("default")) {
            return populations.defaults();
        }
        if (text.startsWith(CALIBRATED)) {
            String name = text.substring(CALIBRATED.length()).strip();
            if (!org.cytostorm.cohort.population.CalibratedPool.exists(name)) {
                throw Expect.error(n, "no built-in calibration '" + name + "' with committed weights (docs/"
                        + "calibration-populations.md lists them)");
            }
            String poolScenario = YamlDocument.parse(org.cytostorm.common.io.Resources.text(TrialSpecReader.class,
                    "/org/cytostorm/cohort/calibration/builtin/" + name + ".yaml"), name).flatMap(r -> r.get("scenario"))
                    .map(Expect::text).orElse("");
            if (!poolScenario.equals(template.name())) {
                throw Expect.error(n, "the calibration " + name + " weighted a pool of the scenario " + poolScenario
                        + ", not " + template.name() + ": its weights hold for its own scenario only");
            }
            return populations.defaults().calibrated(name);
        }
        Path file = directory == null ? Path.of(text) : directory.resolve(text);
        if (!Files.isRegularFile(file)) {
            throw Expect.error(n, "no population file " + file + " (or write 'default' for the parameter table's)");
        }
        return populations.read(file);
    }

    private double time(YamlNode n, boolean positive) {
        double v = Expect.measure(n, TIME);
        Expect.range(n, v, 0, MAX_TIME_H, positive, "h");
        return v;
    }

    private Enrolment enrolment(YamlNode n) {
        Map<String, YamlNode> f = Expect.mapping(n, ENROLMENT_KEYS);
        Optional<Condition> when = Optional.ofNullable(f.get("when")).filter(x -> !x.isNull()).map(this::condition);
        YamlNode at = f.get("at");
        if (at != null && (f.containsKey("from") || f.containsKey("to"))) {
            throw Expect.keyError(at, "enrolment is either at one time ('at') or in a window ('from', 'to'), not both");
        }
        if (at != null) {
            double t = enrolmentTime(at);
            return new Enrolment(t, t, when);
        }
        double from = Optional.ofNullable(f.get("from")).map(this::enrolmentTime).orElse(0.0);
        YamlNode toNode = f.get("to");
        if (toNode == null) {
            throw missing(n, "to", "an enrolment window needs 'to' (the latest enrolment), or use 'at'");
        }
        double to = enrolmentTime(toNode);
        if (to < from) {
            throw Expect.error(toNode, "the window ends (" + to + " h) before it starts (" + from + " h)");
        }
        if (when.isEmpty() && to > from) {
            throw missing(n, "when", "an enrolment window needs 'when' (who enters, and so when); without it every"
                    + " patient would enter at 'from'");
        }
        return new Enrolment(from, to, when);
    }

    /**
     * An enrolment time: a whole number of hours, since enrolment is decided on the hourly rows of
     * the background course ({@link Enrolment#timeIn}); at 90 min no row would ever be the
     * enrolment row, and every patient would be refused as not eligible after being simulated.
     */
    private double enrolmentTime(YamlNode n) {
        double v = time(n, false);
        if (Math.abs(v - Math.rint(v)) > 1e-9) {
            throw Expect.error(n, n.text() + " is not a whole number of hours; enrolment is read on the run's hourly"
                    + " rows, so its times are whole hours");
        }
        return Math.rint(v);
    }

    /** A key missing from a mapping: named by its full path, at the line of the mapping's key. */
    private static InputException missing(YamlNode mapping, String key, String message) {
        return new InputException(mapping.file(), mapping.keyLine(), mapping.path() + "." + key, message);
    }

    private Condition condition(YamlNode n) {
        String text = Expect.text(n);
        Condition c;
        try {
            c = Condition.parse(text, n.file() + ":" + n.line());
        } catch (ModelParseException | IllegalArgumentException e) {
            throw Expect.error(n, "not a condition: " + e.getMessage());
        }
        for (String name : c.names()) {
            if (!columns.contains(name)) {
                throw Expect.error(n, "'" + name + "' is not an output column or a covariate; "
                        + Names.didYouMean(name, columns) + "conditions read the columns of timeseries.csv"
                        + " (docs/outputs.md) and " + String.join(", ", PatientState.COVARIATES));
            }
        }
        return c;
    }

    /**
     * The arms. Their dose times count from enrolment, so a dose is checked against the follow-up
     * (the run after enrolment), not the whole run: a dose later than the follow-up would fall
     * outside the follow-up of every patient, and outside the run of one enrolled late.
     */
    private List<Arm> arms(YamlNode n, Path directory, double followUpH, Enrolment enrolment) {
        if (!n.isSequence() || n.items().isEmpty()) {
            throw Expect.error(n, "expected a list of arms ({name: ..., treatments: [...]}), the control first, found "
                    + n.describe());
        }
        if (n.items().size() > TrialSpec.MAX_ARMS) {
            throw Expect.error(n, n.items().size() + " arms; a trial may have at most " + TrialSpec.MAX_ARMS);
        }
        List<Arm> arms = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode item : n.items()) {
            Map<String, YamlNode> f = Expect.mapping(item, ARM_KEYS);
            YamlNode nameNode = f.get("name");
            if (nameNode == null || nameNode.isNull()) {
                throw missing(item, "name", "an arm needs a 'name'");
            }
            String name = Expect.text(nameNode);
            if (name.isBlank()) {
                // the name heads a column of the report and keys summary.json
                throw Expect.error(nameNode, "an arm's name may not be blank");
            }
            if (!names.add(name)) {
                throw Expect.error(nameNode, "a second arm named '" + name + "'");
            }
            YamlNode treatments = f.get("treatments");
            Treatments t = Optional.ofNullable(treatments).map(x -> scenarios.treatments(x, directory, followUpH))
                    .orElse(Treatments.NONE);
            if (!t.rules().isEmpty()) {
                YamlNode rule = treatments.items().stream().filter(x -> x.get("rule").isPresent()).findFirst()
                        .orElse(treatments);
                throw Expect.error(rule, "an arm gives doses (times from enrolment); a rule would act"
                        + " before enrolment too: put rules in the scenario's care protocol");
            }
            Optional<Protocol> care = Optional.ofNullable(f.get("care")).filter(x -> !x.isNull()).map(x -> {
                if (!(enrolment.isFixedTime() && enrolment.fromH() == 0)) {
                    throw Expect.error(x, "an arm's own care acts from the start of the run, before enrolment at "
                            + enrolment.fromH() + " h: give it only with enrolment at 0 h, or give doses from enrolment");
                }
                try {
                    return scenarios.protocols().resolve(Expect.text(x), directory);
                } catch (IllegalArgumentException e) {
                    throw Expect.error(x, e.getMessage());
                }
            });
            if (!arms.isEmpty() && t.schedule().isEmpty() && care.isEmpty()) {
                throw Expect.error(treatments == null || treatments.isNull() ? item : treatments, "arm '" + name
                        + "' gives nothing beyond background care, as the control does: an empty arm");
            }
            arms.add(new Arm(name, t.schedule(), care));
        }
        return arms;
    }

    private List<Subgroup> subgroups(YamlNode n) {
        Map<String, YamlNode> f = Expect.anyMapping(n, "subgroups (NAME: CONDITION)");
        if (f.size() > TrialSpec.MAX_SUBGROUPS) {
            throw Expect.error(n, f.size() + " subgroups; at most " + TrialSpec.MAX_SUBGROUPS);
        }
        List<Subgroup> out = new ArrayList<>();
        // sg_NAME columns: DuckDB and Parquet readers ignore the case of column names
        Map<String, String> byLowerCase = new HashMap<>();
        f.forEach((name, c) -> {
            String same = byLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            if (same != null) {
                throw Expect.keyError(c, "subgroup '" + name + "' differs from subgroup '" + same + "' (line "
                        + f.get(same).keyLine() + ") only by case; their columns in patients.parquet would be one");
            }
            if (name.isBlank()) {
                throw Expect.keyError(c, "a subgroup's name may not be blank");
            }
            out.add(new Subgroup(name, condition(c)));
        });
        return out;
    }

    private Allocation allocation(YamlNode n, int arms, List<Subgroup> subgroups) {
        Map<String, YamlNode> f = Expect.mapping(n, ALLOCATION_KEYS);
        List<Integer> weights = new ArrayList<>();
        YamlNode ratio = f.get("ratio");
        if (ratio == null || ratio.isNull()) {
            weights.addAll(Collections.nCopies(arms, 1));
        } else {
            if (!ratio.isSequence() || ratio.items().size() != arms) {
                throw Expect.error(ratio, "the ratio lists one whole number per arm (" + arms + "), found "
                        + ratio.describe());
            }
            for (YamlNode w : ratio.items()) {
                double v = Expect.number(w);
                if (v != Math.rint(v) || v < 1 || v > 100) {
                    throw Expect.error(w, "an allocation weight is a whole number from 1 to 100, found " + v);
                }
                weights.add((int) v);
            }
        }
        List<String> stratify = new ArrayList<>();
        YamlNode s = f.get("stratify");
        if (s != null && !s.isNull()) {
            if (!s.isSequence()) {
                throw Expect.error(s, "expected a list of subgroup names, found " + s.describe());
            }
            Set<String> known = new HashSet<>(subgroups.stream().map(Subgroup::name).toList());
            for (YamlNode item : s.items()) {
                String name = Expect.text(item);
                if (!known.contains(name)) {
                    throw Expect.error(item, "'" + name + "' is not a subgroup of this spec; " + Names.didYouMean(name, known)
                            + "strata are made of the spec's subgroups");
                }
                stratify.add(name);
            }
        }
        try {
            return new Allocation(weights, stratify);
        } catch (IllegalArgumentException e) {
            throw Expect.error(ratio == null ? n : ratio, e.getMessage());
        }
    }

    private static String baseName(String file) {
        String b = Path.of(file).getFileName().toString();
        int dot = b.lastIndexOf('.');
        return dot > 0 ? b.substring(0, dot) : b;
    }
}
