package org.cytostorm.engine.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytostorm.engine.expr.Exprs;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.model.AssignmentRule;
import org.cytostorm.engine.model.Compartment;
import org.cytostorm.engine.model.Event;
import org.cytostorm.engine.model.EventAssignment;
import org.cytostorm.engine.model.FunctionDefinition;
import org.cytostorm.engine.model.InitialAssignment;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelBuilder;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.model.ModelUnits;
import org.cytostorm.engine.model.ModelValidator;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.RateRule;
import org.cytostorm.engine.model.Reaction;
import org.cytostorm.engine.model.Species;
import org.cytostorm.engine.model.SpeciesReference;
import org.cytostorm.engine.model.UnitDefinition;
import org.cytostorm.engine.text.ElementTable.ElementKind;
import org.cytostorm.engine.text.ElementTable.Entry;
import org.cytostorm.engine.text.ModelParseException.Kind;
import org.cytostorm.engine.text.Statement.AssignmentKind;
import org.cytostorm.engine.text.Statement.Constness;
import org.cytostorm.engine.text.Statement.Name;

/**
 * Builds a {@link Model} from parsed statements with Antimony's semantics: chooses the model (the
 * one marked {@code *}, else the last block, else the statements outside any block), settles what
 * each name is, applies values, rules and annotations, checks every name used, and runs
 * {@link ModelValidator}, reporting any problem at the position of the text concerned.
 */
final class ModelAssembler {

    private final String sourceName;
    private final Statement.ParsedFile file;

    private String modelId;
    private SourcePosition modelPosition;
    private List<Statement> body;
    private List<Statement> outside = List.of();

    private final Map<String, Statement.FunctionDecl> functions = new LinkedHashMap<>();
    private UnitResolver units;
    private ElementTable table;
    private final List<ReactionDef> reactions = new ArrayList<>();
    private final List<EventDef> events = new ArrayList<>();
    private final List<String> ruleOrder = new ArrayList<>();
    private AnnotationCollector annotations;

    /** A reaction statement with its (given or generated) id and rate law. */
    private static final class ReactionDef {
        final Statement.ReactionStatement statement;
        String id;
        SourcePosition position;
        ParsedExpr rate;
        SourcePosition ratePosition;

        ReactionDef(Statement.ReactionStatement statement) {
            this.statement = statement;
            this.rate = statement.rate();
            this.ratePosition = statement.rate() == null ? null : statement.rate().position();
        }
    }

    /** An event statement with its (given or generated) id. */
    private static final class EventDef {
        final Statement.EventStatement statement;
        String id;
        SourcePosition position;

        EventDef(Statement.EventStatement statement) {
            this.statement = statement;
        }
    }

    ModelAssembler(String sourceName, Statement.ParsedFile file) {
        this.sourceName = sourceName;
        this.file = file;
    }

    Model assemble() {
        chooseModel();
        collectFunctions();
        List<Statement.UnitStatement> unitStatements = new ArrayList<>();
        for (Statement s : body) {
            if (s instanceof Statement.UnitStatement u) {
                unitStatements.add(u);
            }
        }
        units = new UnitResolver(sourceName, unitStatements);
        Map<String, SourcePosition> functionPositions = new LinkedHashMap<>();
        functions.forEach((id, f) -> functionPositions.put(id, f.id().position()));
        table = new ElementTable(sourceName, functionPositions, modelId);
        settleKinds();
        nameUnnamed();
        applyProperties();
        typeTheRest();
        checkPlacement();
        ensureDefaultCompartment();
        collectAnnotations();
        checkUses();
        Model model = build();
        validate(model);
        return model;
    }

    private ModelParseException error(SourcePosition at, Kind kind, String reason, String expected) {
        return at.error(kind, sourceName, reason, expected);
    }

    // ---- which model ----------------------------------------------------------------------------

    private void chooseModel() {
        List<Statement.ModelDecl> models = file.models();
        if (models.isEmpty()) {
            modelId = Names.MAIN_MODEL;
            modelPosition = new SourcePosition(1, 1, Names.MAIN_MODEL);
            body = file.topLevel();
            return;
        }
        Map<String, Statement.ModelDecl> byName = new LinkedHashMap<>();
        Statement.ModelDecl main = null;
        for (Statement.ModelDecl m : models) {
            Statement.ModelDecl first = byName.putIfAbsent(m.id().id(), m);
            if (first != null) {
                throw error(m.id().position(), Kind.DUPLICATE_DEFINITION, "model '" + m.id().id()
                        + "' is defined twice (first at " + first.id().position().describe() + ")",
                        "another model name");
            }
            if (m.main()) {
                if (main != null) {
                    throw error(m.id().position(), Kind.DUPLICATE_DEFINITION, "two models are marked as the main model"
                            + " with '*' (the first is " + main.id().id() + ")", "one model marked '*'");
                }
                main = m;
            }
        }
        Statement.ModelDecl chosen = main != null ? main : models.get(models.size() - 1);
        modelId = chosen.id().id();
        modelPosition = chosen.id().position();
        if (Names.isReserved(modelId)) {
            throw error(modelPosition, Kind.INVALID, "'" + modelId + "' is a reserved word", "another model name");
        }
        body = chosen.body();
        for (Statement s : file.topLevel()) {
            if (!AnnotationCollector.isAnnotation(s)) {
                throw TokenStream.unsupported(sourceName, s.position(),
                        "a statement outside the model blocks of a file that defines models (move it into model "
                                + modelId + ")");
            }
        }
        outside = file.topLevel();
    }

    private void collectFunctions() {
        for (Statement.FunctionDecl f : file.functions()) {
            Name id = f.id();
            Statement.FunctionDecl first = functions.get(id.id());
            if (first != null) {
                throw error(id.position(), Kind.DUPLICATE_DEFINITION, "function '" + id.id() + "' is defined twice"
                        + " (first at " + first.id().position().describe() + ")", "one definition per function");
            }
            if (Names.isReserved(id.id())) {
                throw error(id.position(), Kind.INVALID, "'" + id.id() + "' is a reserved word (a keyword, constant or"
                        + " built-in function of Antimony)", "another function name");
            }
            if (id.id().equals(modelId)) {
                throw error(id.position(), Kind.DUPLICATE_DEFINITION, "'" + id.id() + "' names both the model and a"
                        + " function", "another function name");
            }
            Set<String> args = new HashSet<>();
            for (Name a : f.arguments()) {
                if (!args.add(a.id())) {
                    throw error(a.position(), Kind.DUPLICATE_DEFINITION, "function " + id.id() + " has two arguments"
                            + " named '" + a.id() + "'", "distinct argument names");
                }
                if (Names.isReserved(a.id())) {
                    throw error(a.position(), Kind.INVALID, "'" + a.id() + "' is a reserved word",
                            "another argument name");
                }
            }
            functions.put(id.id(), f);
        }
    }

    // ---- names ----------------------------------------------------------------------------------

    private static ElementKind kindOf(Statement.DeclaredKind k) {
        switch (k) {
            case SPECIES: return ElementKind.SPECIES;
            case COMPARTMENT: return ElementKind.COMPARTMENT;
            default: return ElementKind.PARAMETER;
        }
    }

    private void settleKinds() {
        for (Statement s : body) {
            if (s instanceof Statement.Declaration d) {
                for (Statement.Declared item : d.items()) {
                    if (d.kind() != null) {
                        ElementKind k = kindOf(d.kind());
                        table.setKind(item.name(), k, "declared as a " + k.word);
                    } else {
                        table.introduce(item.name());
                    }
                    if (item.compartment() != null) {
                        table.setKind(item.compartment(), ElementKind.COMPARTMENT,
                                "used as the compartment of " + item.name().id());
                    }
                }
            } else if (s instanceof Statement.Assignment a) {
                table.introduce(a.target());
            } else if (s instanceof Statement.HasUnit h) {
                table.introduce(h.target());
            } else if (s instanceof Statement.ReactionStatement r) {
                ReactionDef def = new ReactionDef(r);
                if (r.label() != null) {
                    table.define(r.label(), ElementKind.REACTION);
                    def.id = r.label().id();
                    def.position = r.label().position();
                }
                for (Statement.Participant p : concat(r.reactants(), r.products())) {
                    table.setKind(p.species(), ElementKind.SPECIES, "a reaction participant");
                }
                reactions.add(def);
            } else if (s instanceof Statement.EventStatement e) {
                EventDef def = new EventDef(e);
                if (e.label() != null) {
                    table.define(e.label(), ElementKind.EVENT);
                    def.id = e.label().id();
                    def.position = e.label().position();
                }
                for (Statement.EventAssignment a : e.assignments()) {
                    table.introduce(a.target());
                }
                events.add(def);
            }
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Unnamed reactions and events get ids {@code _J0, _J1, ...} and {@code _E0, ...}, as in Antimony. */
    private void nameUnnamed() {
        int n = 0;
        for (ReactionDef r : reactions) {
            if (r.id == null) {
                String id;
                do {
                    id = "_J" + n++;
                } while (isTaken(id));
                r.id = id;
                r.position = r.statement.position().withText(id);
                table.define(new Name(id, r.position), ElementKind.REACTION);
            }
        }
        n = 0;
        for (EventDef e : events) {
            if (e.id == null) {
                String id;
                do {
                    id = "_E" + n++;
                } while (isTaken(id));
                e.id = id;
                e.position = e.statement.position().withText(id);
                table.define(new Name(id, e.position), ElementKind.EVENT);
            }
        }
    }

    private boolean isTaken(String id) {
        return table.contains(id) || functions.containsKey(id) || units.isDefined(id) || id.equals(modelId);
    }

    private ReactionDef reaction(String id) {
        for (ReactionDef r : reactions) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalStateException(id);
    }

    private void applyProperties() {
        for (Statement s : body) {
            if (s instanceof Statement.Declaration d) {
                for (Statement.Declared item : d.items()) {
                    Entry e = table.get(item.name().id());
                    if (d.constness() != Constness.DEFAULT) {
                        if (e.kind == ElementKind.REACTION || e.kind == ElementKind.EVENT) {
                            throw error(item.name().position(), Kind.INVALID, "a " + e.kind.word
                                    + " cannot be declared const or var", "a species, compartment or parameter");
                        }
                        e.constness = d.constness();
                    }
                    e.substanceOnly |= d.substanceOnly();
                    if (item.boundary() && e.boundaryPosition == null) {
                        e.boundaryPosition = item.name().position();
                    }
                    if (item.compartment() != null) {
                        e.compartment = item.compartment();
                    }
                    if (item.assignment() != null) {
                        assign(item.assignment());
                    }
                    if (item.unit() != null) {
                        e.units = item.unit().id();
                    }
                }
            } else if (s instanceof Statement.Assignment a) {
                assign(a);
            } else if (s instanceof Statement.HasUnit h) {
                Entry e = table.get(h.target().id());
                if (e.kind == ElementKind.REACTION || e.kind == ElementKind.EVENT) {
                    throw error(h.target().position(), Kind.INVALID, "only species, compartments and parameters have"
                            + " units; '" + e.id + "' is a " + e.kind.word, "a species, compartment or parameter");
                }
                e.units = h.unit().id();
            } else if (s instanceof Statement.ReactionStatement r) {
                for (Statement.Participant p : concat(r.reactants(), r.products())) {
                    Entry e = table.get(p.species().id());
                    e.participant = true;
                    if (p.boundary() && e.boundaryPosition == null) {
                        e.boundaryPosition = p.species().position();
                    }
                }
            } else if (s instanceof Statement.EventStatement ev) {
                for (Statement.EventAssignment a : ev.assignments()) {
                    Entry e = table.get(a.target().id());
                    if (e.kind == ElementKind.REACTION || e.kind == ElementKind.EVENT) {
                        throw error(a.target().position(), Kind.INVALID, "an event cannot assign " + e.kind.word + " '"
                                + e.id + "'", "a species, compartment or parameter");
                    }
                    e.eventTarget = true;
                }
            }
        }
    }

    private void assign(Statement.Assignment a) {
        Entry e = table.get(a.target().id());
        if (e.kind == ElementKind.REACTION) {
            if (a.kind() != AssignmentKind.VALUE) {
                throw error(a.target().position(), Kind.INVALID, "a rule cannot define reaction " + e.id
                        + " (give its rate law after ';' or as '" + e.id + " = rate')",
                        "a species, compartment or parameter");
            }
            ReactionDef r = reaction(e.id);
            if (r.rate != null) {
                throw error(a.target().position(), Kind.DUPLICATE_DEFINITION, "the rate law of reaction " + e.id
                        + " is given twice (first at " + r.ratePosition.describe() + ")", "one rate law per reaction");
            }
            r.rate = a.value();
            r.ratePosition = a.target().position();
            return;
        }
        if (e.kind == ElementKind.EVENT) {
            throw error(a.target().position(), Kind.INVALID, "event " + e.id + " cannot be given a value or rule",
                    "a species, compartment or parameter");
        }
        if (a.boundary() && e.boundaryPosition == null) {
            e.boundaryPosition = a.target().position();
        }
        if (a.kind() == AssignmentKind.VALUE) {
            if (a.value().number() && a.value().expr() instanceof Num n) {
                e.value = n.value();
                e.initial = null;
                if (a.value().unit() != null) {
                    e.units = a.value().unit();
                }
            } else {
                e.initial = a.value();
                e.value = null;
            }
            e.initialPosition = a.target().position();
            return;
        }
        if (e.rule != null) {
            throw error(a.target().position(), Kind.DUPLICATE_DEFINITION, "'" + e.id + "' is defined by two rules"
                    + " (the first at " + e.rule.position().describe() + ")", "one assignment or rate rule per name");
        }
        e.rule = new ElementTable.RuleDef(a.kind(), a.value(), a.target().position());
        ruleOrder.add(e.id);
    }

    /** A name in a compartment is a species; any other name without a kind is a parameter. */
    private void typeTheRest() {
        for (Entry e : table.all()) {
            if (e.kind == null) {
                e.kind = e.compartment != null ? ElementKind.SPECIES : ElementKind.PARAMETER;
                e.kindPosition = e.intro;
                e.kindOrigin = e.kind == ElementKind.SPECIES ? "placed in a compartment" : "given a value or rule";
            }
        }
    }

    private void checkPlacement() {
        for (Entry e : table.all()) {
            if (e.boundaryPosition != null && e.kind != ElementKind.SPECIES) {
                throw error(e.boundaryPosition, Kind.INVALID, "'$' marks boundary species, but '" + e.id + "' is a "
                        + e.kind.word, "a species");
            }
            if (e.compartment != null && e.kind != ElementKind.SPECIES) {
                if (e.kind == ElementKind.COMPARTMENT) {
                    throw TokenStream.unsupported(sourceName, e.compartment.position(),
                            "a compartment inside another compartment");
                }
                throw error(e.compartment.position(), Kind.INVALID, "only species are placed in compartments, but '"
                        + e.id + "' is a " + e.kind.word, "a species");
            }
        }
    }

    private void ensureDefaultCompartment() {
        Entry homeless = null;
        for (Entry e : table.ofKind(ElementKind.SPECIES)) {
            if (e.compartment == null) {
                homeless = e;
                break;
            }
        }
        if (homeless == null) {
            return;
        }
        Entry existing = table.get(Names.DEFAULT_COMPARTMENT);
        if (existing == null) {
            Name name = new Name(Names.DEFAULT_COMPARTMENT, homeless.intro.withText(Names.DEFAULT_COMPARTMENT));
            Entry dc = table.setKind(name, ElementKind.COMPARTMENT, "the compartment of species declared without one");
            dc.value = 1.0;
        } else if (existing.kind != ElementKind.COMPARTMENT) {
            throw error(existing.definition().withText(existing.id), Kind.DUPLICATE_DEFINITION, "'"
                    + Names.DEFAULT_COMPARTMENT + "' holds the species declared without a compartment, so it cannot be"
                    + " a " + existing.kind.word, "another name");
        }
    }

    private void collectAnnotations() {
        Set<String> unitIds = new LinkedHashSet<>(units.ids());
        annotations = new AnnotationCollector(sourceName, table, functions.keySet(), unitIds, modelId);
        List<Statement> statements = new ArrayList<>();
        for (Statement s : concat(body, outside)) {
            if (AnnotationCollector.isAnnotation(s)) {
                statements.add(s);
            }
        }
        statements.sort(Comparator.comparing(Statement::position));
        statements.forEach(annotations::apply);
    }

    private void checkUses() {
        List<UseChecker.Scope> scopes = new ArrayList<>();
        Map<String, Integer> arity = new LinkedHashMap<>();
        for (Statement.FunctionDecl f : functions.values()) {
            Set<String> args = new HashSet<>();
            f.arguments().forEach(a -> args.add(a.id()));
            scopes.add(new UseChecker.Scope(f.body(), args));
            arity.put(f.id().id(), f.arguments().size());
        }
        for (Entry e : table.all()) {
            if (e.rule != null) {
                scopes.add(new UseChecker.Scope(e.rule.expr(), Set.of()));
            }
            if (e.initial != null) {
                scopes.add(new UseChecker.Scope(e.initial, Set.of()));
            }
        }
        for (ReactionDef r : reactions) {
            if (r.rate != null) {
                scopes.add(new UseChecker.Scope(r.rate, Set.of()));
            }
        }
        for (EventDef e : events) {
            Statement.EventStatement s = e.statement;
            for (ParsedExpr x : new ParsedExpr[] {s.trigger(), s.delay(), s.priority()}) {
                if (x != null) {
                    scopes.add(new UseChecker.Scope(x, Set.of()));
                }
            }
            s.assignments().forEach(a -> scopes.add(new UseChecker.Scope(a.value(), Set.of())));
        }
        UseChecker.check(sourceName, scopes, table, arity);
    }

    // ---- the model ------------------------------------------------------------------------------

    private Model build() {
        ModelBuilder b = new ModelBuilder().id(modelId).annotation(annotations.model()).units(modelUnits());
        for (Statement.FunctionDecl f : functions.values()) {
            List<String> args = new ArrayList<>();
            f.arguments().forEach(a -> args.add(a.id()));
            String id = f.id().id();
            b.addFunction(new FunctionDefinition(id, args, f.body().expr(), annotations.function(id)));
        }
        for (String id : units.ids()) {
            b.addUnit(new UnitDefinition(id, units.parts(id), annotations.unit(id)));
        }
        for (Entry e : table.ofKind(ElementKind.COMPARTMENT)) {
            b.addCompartment(new Compartment(e.id, valueOf(e), constant(e), 3, e.units, e.annotation));
        }
        for (Entry e : table.ofKind(ElementKind.SPECIES)) {
            b.addSpecies(species(e));
        }
        for (Entry e : table.ofKind(ElementKind.PARAMETER)) {
            b.addParameter(new Parameter(e.id, valueOf(e), constant(e), e.units, e.annotation));
        }
        for (ReactionDef r : reactions) {
            b.addReaction(reaction(r));
        }
        for (EventDef e : events) {
            b.addEvent(event(e));
        }
        for (String id : ruleOrder) {
            ElementTable.RuleDef rule = table.get(id).rule;
            b.addRule(rule.kind() == AssignmentKind.RULE ? new AssignmentRule(id, rule.expr().expr())
                    : new RateRule(id, rule.expr().expr()));
        }
        List<Entry> initial = new ArrayList<>();
        for (Entry e : table.all()) {
            if (e.initial != null) {
                initial.add(e);
            }
        }
        initial.sort(Comparator.comparing(e -> e.initialPosition));
        for (Entry e : initial) {
            b.addInitialAssignment(new InitialAssignment(e.id, e.initial.expr()));
        }
        return b.build();
    }

    private static double valueOf(Entry e) {
        return e.value != null ? e.value : Double.NaN;
    }

    /** Explicit const/var, else constant unless a rule or an event changes it. */
    private static boolean constant(Entry e) {
        if (e.constness != Constness.DEFAULT) {
            return e.constness == Constness.CONST;
        }
        return e.rule == null && !e.eventTarget;
    }

    private static Species species(Entry e) {
        String compartment = e.compartment != null ? e.compartment.id() : Names.DEFAULT_COMPARTMENT;
        double amount = Double.NaN;
        double concentration = Double.NaN;
        if (e.value != null) {
            if (e.substanceOnly) {
                amount = e.value;
            } else {
                concentration = e.value;
            }
        }
        boolean boundary = e.boundaryPosition != null || e.constness == Constness.CONST
                || e.rule != null && e.participant;
        return new Species(e.id, compartment, amount, concentration, e.substanceOnly, boundary, false, null, e.units,
                e.annotation);
    }

    private Reaction reaction(ReactionDef r) {
        List<SpeciesReference> reactants = merge(r.statement.reactants());
        List<SpeciesReference> products = merge(r.statement.products());
        List<String> modifiers = new ArrayList<>();
        if (r.rate != null) {
            Set<String> participants = new HashSet<>();
            concat(reactants, products).forEach(ref -> participants.add(ref.species()));
            for (String s : Exprs.symbols(r.rate.expr())) {
                if (table.kindOf(s) == ElementKind.SPECIES && !participants.contains(s) && !modifiers.contains(s)) {
                    modifiers.add(s);
                }
            }
        }
        return new Reaction(r.id, reactants, products, modifiers, r.rate == null ? null : r.rate.expr(), List.of(),
                r.statement.reversible(), table.get(r.id).annotation);
    }

    /** A species written twice on one side counts once with the stoichiometries added. */
    private static List<SpeciesReference> merge(List<Statement.Participant> side) {
        Map<String, Double> sums = new LinkedHashMap<>();
        for (Statement.Participant p : side) {
            sums.merge(p.species().id(), p.stoichiometry(), Double::sum);
        }
        List<SpeciesReference> out = new ArrayList<>();
        sums.forEach((id, stoichiometry) -> out.add(SpeciesReference.of(id, stoichiometry)));
        return out;
    }

    private Event event(EventDef def) {
        Statement.EventStatement s = def.statement;
        List<EventAssignment> assignments = new ArrayList<>();
        for (Statement.EventAssignment a : s.assignments()) {
            assignments.add(new EventAssignment(a.target().id(), a.value().expr()));
        }
        return new Event(def.id, s.trigger().expr(), s.delay() == null ? null : s.delay().expr(),
                s.priority() == null ? null : s.priority().expr(), s.t0() == null || s.t0(),
                s.persistent() == null || s.persistent(), s.fromTrigger() == null || s.fromTrigger(), assignments,
                table.get(def.id).annotation);
    }

    private ModelUnits modelUnits() {
        Map<String, String> set = new LinkedHashMap<>();
        for (String id : units.ids()) {
            String field = Names.MODEL_UNIT_NAMES.get(id);
            if (field != null) {
                set.put(field, id);
            }
        }
        return new ModelUnits(set.get("time"), set.get("substance"), set.get("volume"), set.get("area"),
                set.get("length"), set.get("extent"));
    }

    // ---- validation -----------------------------------------------------------------------------

    private void validate(Model model) {
        try {
            ModelValidator.validate(model);
        } catch (ModelException ex) {
            String id = ex.elementId();
            SourcePosition at = positionOf(id);
            throw error(at, kind(ex.problem()), ex.getMessage(), expectation(ex.problem()));
        }
    }

    private SourcePosition positionOf(String id) {
        if (id == null) {
            return modelPosition;
        }
        for (ReactionDef r : reactions) {
            if (r.id.equals(id)) {
                return r.position.withText(id);
            }
        }
        for (EventDef e : events) {
            if (e.id.equals(id)) {
                return e.position.withText(id);
            }
        }
        Statement.FunctionDecl f = functions.get(id);
        if (f != null) {
            return f.id().position();
        }
        Entry e = table.get(id);
        if (e == null) {
            return modelPosition;
        }
        if (e.rule != null) {
            return e.rule.position().withText(id);
        }
        if (e.initial != null) {
            return e.initialPosition.withText(id);
        }
        return e.definition().withText(id);
    }

    private static Kind kind(ModelException.Problem p) {
        switch (p) {
            case UNKNOWN_SYMBOL: return Kind.UNKNOWN_SYMBOL;
            case DUPLICATE_DEFINITION: return Kind.DUPLICATE_DEFINITION;
            case RULE_CYCLE: return Kind.RULE_CYCLE;
            case UNSUPPORTED: return Kind.UNSUPPORTED;
            default: return Kind.INVALID;
        }
    }

    private static String expectation(ModelException.Problem p) {
        switch (p) {
            case RULE_CYCLE: return "assignment rules and initial values that do not depend on each other in a cycle";
            case DUPLICATE_DEFINITION: return "one definition per name";
            case UNKNOWN_SYMBOL: return "a name defined in the model";
            case UNSUPPORTED: return "a model the engine supports";
            default: return "a model that can be simulated as written";
        }
    }
}
