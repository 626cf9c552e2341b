package org.cytostorm.physiology.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cytostorm.common.input.Names;
import org.cytostorm.common.yaml.Expect;
import org.cytostorm.common.yaml.FieldUnits;
import org.cytostorm.common.yaml.Measure;
import org.cytostorm.common.yaml.YamlNode;
import org.cytostorm.engine.system.OdeSystem;
import org.cytostorm.engine.system.SymbolInfo;
import org.cytostorm.engine.text.ModelParseException;
import org.cytostorm.physiology.treat.Action;
import org.cytostorm.physiology.treat.Condition;
import org.cytostorm.physiology.treat.DoseAmount;
import org.cytostorm.physiology.treat.Doses;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.Drug;
import org.cytostorm.physiology.treat.Drugs;
import org.cytostorm.physiology.treat.NonmemDoses;
import org.cytostorm.physiology.treat.Route;
import org.cytostorm.physiology.treat.Rule;
import org.cytostorm.physiology.treat.Treatments;
import org.cytostorm.physiology.treat.Vocabulary;

/**
 * Reads the {@code treatments:} list of a scenario or protocol file. Each item is one of:
 * <ul>
 * <li>a dosing record: {@code drug}, {@code dose} (mg, g or mg/kg; none for a course), {@code route}
 *     [the drug's usual], {@code time} [0 h], {@code duration} [the drug's usual infusion or course
 *     length], {@code interval} and {@code additional} [0] (further doses);</li>
 * <li>{@code file}: a NONMEM-style dosing file, relative to the scenario file;</li>
 * <li>a rule: {@code rule} (its name), {@code when} (a condition in model-text syntax), one action
 *     {@code give} (a dose: {@code drug}, {@code dose}, {@code route}, {@code duration}) or
 *     {@code set} (model variables to set, such as {@code care_on: 0}), {@code every} [1 h],
 *     {@code max} [no limit] and {@code spacing} [0 h].</li>
 * </ul>
 */
final class TreatmentReader {
    static final List<String> DOSING_KEYS = List.of("drug", "dose", "route", "time", "duration", "interval", "additional");
    static final List<String> RULE_KEYS = List.of("rule", "when", "give", "set", "every", "max", "spacing");
    static final List<String> GIVE_KEYS = List.of("drug", "dose", "route", "duration");
    static final List<String> FILE_KEYS = List.of("file");
    private static final FieldUnits TIME = ScenarioUnits.INTERVAL;

    private final OdeSystem model;
    private final Set<String> conditionNames;
    private final Path baseDirectory;
    private final double endH;

    /**
     * @param endH the end of the run, hours: a scheduled dose after it is refused (it would never
     *             be given); positive infinity for a protocol, which has no run length of its own
     */
    TreatmentReader(OdeSystem model, Path baseDirectory, double endH) {
        this.model = model;
        this.conditionNames = Vocabulary.names(model.observableNames());
        this.baseDirectory = baseDirectory;
        this.endH = endH;
    }

    Treatments read(YamlNode list) {
        if (list.isNull()) {
            return Treatments.NONE;
        }
        if (!list.isSequence()) {
            throw Expect.error(list, "expected a list of dosing records, rules and files, found " + list.describe());
        }
        List<Dosing> schedule = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (!item.isMapping()) {
                throw Expect.error(item, "expected a dosing record (drug: ...), a rule (rule: ...) or a file (file: ...), found "
                        + item.describe());
            }
            if (item.get("rule").isPresent()) {
                rules.add(rule(item));
            } else if (item.get("file").isPresent()) {
                Expect.mapping(item, FILE_KEYS);
                YamlNode f = item.get("file").get();
                List<Dosing> doses = NonmemDoses.read(dosingFile(f));
                doses.forEach(d -> requireWithinRun(d, f));
                schedule.addAll(doses);
            } else if (item.get("drug").isPresent()) {
                Dosing d = dosing(item);
                requireWithinRun(d, item);
                schedule.add(d);
            } else {
                throw Expect.error(item, "a treatment needs 'drug' (a dosing record), 'rule' (a protocol rule) or 'file'"
                        + " (a dosing file)");
            }
        }
        long doses = Treatments.doseCount(schedule);
        if (doses > Treatments.MAX_DOSES) {
            throw Expect.error(list, doses + " doses in all (repeats included), more than the limit of "
                    + Treatments.MAX_DOSES + " for one run");
        }
        return new Treatments(schedule, rules);
    }

    /**
     * The dosing file a scenario names, which must lie in the scenario's folder or below it (after
     * following links): a scenario may come from someone else, and must not make cytostorm read
     * any file the user can. A file elsewhere is passed on the command line ({@code --doses}).
     */
    private Path dosingFile(YamlNode f) {
        String name = Expect.text(f);
        if (baseDirectory == null) {
            throw Expect.error(f, "a scenario that is not a file cannot name a dosing file; pass it with --doses");
        }
        Path base;
        Path file;
        try {
            base = baseDirectory.toRealPath();
            Path resolved = base.resolve(name).normalize();
            file = java.nio.file.Files.exists(resolved) ? resolved.toRealPath() : resolved;
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            throw Expect.error(f, "'" + name + "' cannot be read as a path in the scenario's folder");
        }
        if (!file.startsWith(base)) {
            throw Expect.error(f, "'" + name + "' is outside the scenario's folder " + base + "; a scenario may only"
                    + " name dosing files in its own folder (pass another with --doses)");
        }
        return file;
    }

    /** A dose after the end of the run would never be given: refused, so a unit slip is not missed. */
    private void requireWithinRun(Dosing d, YamlNode where) {
        double last = d.timeH() + d.additional() * d.intervalH();
        if (last > endH) {
            int late = d.dosesAfter(endH);
            throw Expect.error(where, (late == 1 && d.additional() == 0 ? "the dose" : late + " of the " + (d.additional() + 1)
                    + " doses") + " of " + d.drug().name() + " would fall after the end of the run ("
                    + Measure.format(endH, "h") + ", last at " + Measure.format(last, "h")
                    + "); give a time within the run, fewer additional doses or a longer duration");
        }
    }

    private Dosing dosing(YamlNode item) {
        Map<String, YamlNode> f = Expect.mapping(item, DOSING_KEYS);
        Drug drug = drug(f.get("drug"));
        Route route = route(item, drug);
        DoseAmount amount = amount(item, drug);
        double time = Optional.ofNullable(f.get("time")).map(TreatmentReader::nonNegativeTime).orElse(0.0);
        double duration = duration(item, drug, route);
        int additional = Optional.ofNullable(f.get("additional")).map(n -> {
            double v = Expect.number(n);
            if (v < 0 || v != Math.rint(v) || v > Dosing.MAX_ADDITIONAL) {
                throw Expect.error(n, n.text() + " is not allowed; additional doses are a whole number 0.."
                        + Dosing.MAX_ADDITIONAL + " (the limit)");
            }
            return (int) v;
        }).orElse(0);
        double interval = 0;
        if (f.containsKey("interval")) {
            YamlNode n = f.get("interval");
            interval = Expect.measure(n, TIME);
            if (!(interval >= Dosing.MIN_INTERVAL_H)) {
                throw Expect.error(n, n.text() + " is not allowed; the interval between doses must be at least one minute");
            }
        } else if (additional > 0) {
            throw Expect.keyError(f.get("additional"), "additional doses need an 'interval'");
        }
        return new Dosing(drug, amount, route, time, duration, interval, additional);
    }

    private Rule rule(YamlNode item) {
        Map<String, YamlNode> f = Expect.mapping(item, RULE_KEYS);
        String name = Expect.text(f.get("rule"));
        YamlNode whenNode = Optional.ofNullable(f.get("when")).orElseThrow(() -> Expect.keyError(f.get("rule"),
                "rule '" + name + "' needs a condition 'when'"));
        Condition when = condition(whenNode);
        if (f.containsKey("give") == f.containsKey("set")) {
            throw Expect.keyError(f.get("rule"), "rule '" + name + "' needs exactly one action: 'give' (a dose) or 'set'"
                    + " (model variables)");
        }
        Action action = f.containsKey("give") ? give(f.get("give")) : set(f.get("set"));
        double every = Optional.ofNullable(f.get("every")).map(n -> {
            double v = Expect.measure(n, TIME);
            Expect.range(n, v, 0, 24 * 365, true, "h");
            return v;
        }).orElse(Rule.DEFAULT_EVERY_H);
        int max = Optional.ofNullable(f.get("max")).map(n -> {
            double v = Expect.number(n);
            if (v < 0 || v != Math.rint(v)) {
                throw Expect.error(n, n.text() + " is not allowed; 'max' is a whole number of firings, 0 or more");
            }
            return (int) Math.min(v, Integer.MAX_VALUE);
        }).orElse(Integer.MAX_VALUE);
        double spacing = Optional.ofNullable(f.get("spacing")).map(TreatmentReader::nonNegativeTime).orElse(0.0);
        return new Rule(name, when, action, every, max, spacing);
    }

    private Condition condition(YamlNode n) {
        String text = n.isScalar() ? n.text() : null;
        if (text == null) {
            throw Expect.error(n, "expected a condition such as 'crs_grade >= 2', found " + n.describe());
        }
        Condition c;
        try {
            c = Condition.parse(text, n.file() + ":" + n.line());
        } catch (ModelParseException e) {
            throw Expect.error(n, "not a valid condition: " + e.reason() + " (found '" + e.offendingText()
                    + "', expected " + e.expected() + ")");
        } catch (IllegalArgumentException e) {
            throw Expect.error(n, e.getMessage());
        }
        for (String name : c.names()) {
            if (!conditionNames.contains(name)) {
                throw Expect.error(n, "unknown variable '" + name + "' in the condition; "
                        + Names.didYouMean(name, conditionNames) + "a condition reads model variables (docs/outputs.md"
                        + " and docs/model.md) and " + String.join(", ", Vocabulary.extraNames()));
            }
        }
        return c;
    }

    private Action give(YamlNode n) {
        Map<String, YamlNode> f = Expect.mapping(n, GIVE_KEYS);
        if (!f.containsKey("drug")) {
            throw Expect.error(n, "'give' needs a 'drug'; one of: " + Drugs.names());
        }
        Drug drug = drug(f.get("drug"));
        Route route = route(n, drug);
        return new Action.Give(drug, amount(n, drug), route, duration(n, drug, route));
    }

    private Action set(YamlNode n) {
        Map<String, YamlNode> f = Expect.anyMapping(n, "model variables to values");
        if (f.size() != 1) {
            throw Expect.error(n, "'set' takes one model variable and its value, such as 'care_on: 0'");
        }
        YamlNode v = f.values().iterator().next();
        String variable = v.key();
        SymbolInfo info = model.symbol(variable).orElseThrow(() -> Expect.keyError(v, "unknown model variable '"
                + variable + "'; " + Names.didYouMean(variable, model.observableNames()) + "see docs/model.md"));
        if (info.ruleDefined()) {
            throw Expect.keyError(v, "'" + variable + "' is computed by a rule of the model and cannot be set");
        }
        return new Action.Set(variable, Expect.number(v));
    }

    private static Drug drug(YamlNode n) {
        String name = Expect.text(n);
        return Drugs.find(name).orElseThrow(() -> Expect.error(n, "unknown drug '" + name + "'; "
                + Names.didYouMean(name, Drugs.all().stream().map(Drug::name).toList()) + "known drugs: " + Drugs.names()));
    }

    private static Route route(YamlNode parent, Drug drug) {
        Optional<YamlNode> n = parent.get("route");
        if (n.isEmpty()) {
            return drug.defaultRoute();
        }
        String text = n.get().isScalar() ? n.get().text() : "";
        Route r = Route.parse(text).orElseThrow(() -> Expect.error(n.get(), "unknown route '" + text
                + "'; routes: iv, po, sc, course"));
        if (!drug.bolusTargets().containsKey(r)) {
            throw Expect.error(n.get(), drug.name() + " is not given by route " + r.label() + "; its routes: "
                    + String.join(", ", drug.routes().stream().map(Route::label).toList()));
        }
        return r;
    }

    private static DoseAmount amount(YamlNode parent, Drug drug) {
        Optional<YamlNode> n = parent.get("dose");
        if (drug.isCourse()) {
            if (n.isPresent()) {
                throw Expect.keyError(n.get(), drug.name() + " is given as a course (set its 'duration'), without a dose");
            }
            return DoseAmount.NONE;
        }
        YamlNode d = n.orElseThrow(() -> Expect.error(parent, "a dose of " + drug.name()
                + " needs 'dose' (mg, g or mg/kg)"));
        if (Doses.isNegative(d.text())) {
            throw Expect.error(d, d.text() + " is not allowed; a dose cannot be negative");
        }
        DoseAmount amount = Doses.parse(d.text()).orElseThrow(() -> Expect.error(d, "expected a dose such as '10 mg'"
                + " or '8 mg/kg', found '" + d.text() + "'; units: mg, g, mg/kg"));
        if (!(amount.value() > 0)) {
            throw Expect.error(d, d.text() + " is not allowed; a dose must be more than 0");
        }
        String why = drug.whyRefused(amount).orElse(null);
        if (why != null) {
            throw Expect.error(d, d.text() + " is " + why);
        }
        return amount;
    }

    private static double duration(YamlNode parent, Drug drug, Route route) {
        Optional<YamlNode> n = parent.get("duration");
        if (n.isEmpty()) {
            return drug.canInfuse(route) ? drug.defaultDurationH() : 0;
        }
        double v = nonNegativeTime(n.get());
        if (v > 0 && !drug.canInfuse(route)) {
            throw Expect.error(n.get(), drug.name() + " by route " + route.label() + " is not given over a duration");
        }
        if (route == Route.COURSE && !(v > 0)) {
            throw Expect.error(n.get(), "a course of " + drug.name() + " must last more than 0 h");
        }
        return v;
    }

    private static double nonNegativeTime(YamlNode n) {
        double v = Expect.measure(n, TIME);
        if (v < 0) {
            throw Expect.error(n, n.text() + " is not allowed; a time cannot be negative");
        }
        return v;
    }
}
