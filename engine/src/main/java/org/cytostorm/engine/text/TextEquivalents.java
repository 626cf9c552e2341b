package org.cytostorm.engine.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Exprs;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.Annotation;
import org.cytostorm.engine.model.Compartment;
import org.cytostorm.engine.model.Event;
import org.cytostorm.engine.model.EventAssignment;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.model.ModelException.Problem;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.RateRule;
import org.cytostorm.engine.model.Reaction;
import org.cytostorm.engine.model.Rule;
import org.cytostorm.engine.model.Species;
import org.cytostorm.engine.model.SpeciesReference;

/**
 * Rewrites the SBML constructs Antimony cannot express into equivalent ones it can, so that the
 * written text simulates the same (see docs/model-format.md, "Writing models"):
 *
 * <ol>
 *   <li>an identifier Antimony reserves ({@code time}, {@code LT}, {@code exp}, ...) or cannot read
 *       gets a trailing underscore ({@code time_}), everywhere it is used; an element renamed so
 *       keeps its original id as display name when it had none;</li>
 *   <li>a named or variable stoichiometry becomes a parameter of that name; a constant one stays
 *       a number in the reaction, a variable (or initially assigned) one moves the participant to a
 *       reaction of its own, {@code J_S: S => ; stoich*J}, whose rate is the stoichiometry times the
 *       original reaction's rate;</li>
 *   <li>a local parameter {@code k} of reaction {@code J} becomes the global parameter {@code J_k};</li>
 *   <li>a conversion factor (the species' own, else the model's) with a known constant value is
 *       multiplied into the species' stoichiometries; a variable one makes the species a boundary
 *       species whose rate rule adds up its reactions' changes times the factor;</li>
 *   <li>a negative stoichiometry moves the participant to the other side;</li>
 *   <li>an event without assignments gets one that changes nothing ({@code E_noop = E_noop}).</li>
 * </ol>
 *
 * A model without these constructs is returned as it is.
 */
final class TextEquivalents {

    private final Set<String> used = new HashSet<>();
    private Model model;

    private TextEquivalents(Model model) {
        this.model = model;
        model.compartments().forEach(c -> used.add(c.id()));
        model.species().forEach(s -> used.add(s.id()));
        model.parameters().forEach(p -> used.add(p.id()));
        model.functions().forEach(f -> used.add(f.id()));
        model.events().forEach(e -> used.add(e.id()));
        model.unitDefinitions().forEach(u -> used.add(u.id()));
        for (Reaction r : model.reactions()) {
            used.add(r.id());
            for (SpeciesReference ref : participants(r)) {
                if (ref.id() != null) {
                    used.add(ref.id());
                }
            }
        }
    }

    static Model rewrite(Model model) {
        TextEquivalents t = new TextEquivalents(model);
        t.reservedNames();
        t.namedStoichiometries();
        t.localParameters();
        t.conversionFactors();
        t.negativeStoichiometries();
        t.emptyEvents();
        return t.model;
    }

    private static List<SpeciesReference> participants(Reaction r) {
        List<SpeciesReference> out = new ArrayList<>(r.reactants());
        out.addAll(r.products());
        return out;
    }

    private String fresh(String base) {
        String name = base;
        for (int i = 2; used.contains(name) || Names.isReserved(name); i++) {
            name = base + "_" + i;
        }
        used.add(name);
        return name;
    }

    private static Reaction withParticipants(Reaction r, List<SpeciesReference> reactants,
                                             List<SpeciesReference> products) {
        return new Reaction(r.id(), reactants, products, r.modifiers(), r.rate(), r.localParameters(), r.reversible(),
                r.annotation());
    }

    private Model withReactions(List<Reaction> reactions) {
        return new Model(model.id(), model.annotation(), model.functions(), model.unitDefinitions(),
                model.compartments(), model.species(), model.parameters(), reactions, model.rules(),
                model.initialAssignments(), model.events(), model.units(), model.conversionFactor());
    }

    // ---- 0. names Antimony reserves ----------------------------------------------------------------

    private String usable(String id) {
        String base = id.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0)) && base.charAt(0) != '_') {
            base = "_" + base;
        }
        return fresh(base + "_");
    }

    private void reservedNames() {
        Map<String, String> ids = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        List<String> all = new ArrayList<>();
        model.compartments().forEach(c -> all.add(c.id()));
        model.species().forEach(x -> all.add(x.id()));
        model.parameters().forEach(p -> all.add(p.id()));
        model.reactions().forEach(r -> all.add(r.id()));
        model.reactions().forEach(r -> participants(r).stream().filter(ref -> ref.id() != null)
                .forEach(ref -> all.add(ref.id())));
        model.events().forEach(e -> all.add(e.id()));
        model.functions().forEach(f -> all.add(f.id()));
        for (String id : all) {
            if (!Names.isUsableName(id) && !ids.containsKey(id)) {
                ids.put(id, usable(id));
            }
        }
        for (org.cytostorm.engine.model.UnitDefinition u : model.unitDefinitions()) {
            if (!Names.isUsableName(u.id())) {
                units.put(u.id(), usable(u.id()));
            }
        }
        boolean reservedArguments = model.functions().stream()
                .anyMatch(f -> f.arguments().stream().anyMatch(a -> !Names.isUsableName(a)));
        boolean csymbols = !ids.isEmpty(); // @time and @avogadro only appear beside elements named so
        String modelId = model.id();
        if (!modelId.equals(Names.MAIN_MODEL) && !Names.isUsableName(modelId)) {
            modelId = usable(modelId);
        }
        if (ids.isEmpty() && units.isEmpty() && !reservedArguments && !csymbols && modelId.equals(model.id())) {
            return;
        }
        Map<String, String> symbols = new HashMap<>(ids);
        symbols.put(Sym.TIME_CSYMBOL, Sym.TIME);
        symbols.put(Sym.AVOGADRO_CSYMBOL, Sym.AVOGADRO);
        java.util.function.Function<String, String> id = x -> x == null ? null : ids.getOrDefault(x, x);
        java.util.function.Function<String, String> unit = x -> x == null ? null : units.getOrDefault(x, x);
        java.util.function.UnaryOperator<Expr> expr = e -> e == null ? null : rename(e, symbols);

        List<org.cytostorm.engine.model.FunctionDefinition> functions = new ArrayList<>();
        for (org.cytostorm.engine.model.FunctionDefinition f : model.functions()) {
            Map<String, String> local = new HashMap<>(symbols);
            List<String> args = new ArrayList<>();
            for (String a : f.arguments()) {
                String name = Names.isUsableName(a) ? a : usable(a);
                local.put(a, name);
                args.add(name);
            }
            functions.add(new org.cytostorm.engine.model.FunctionDefinition(id.apply(f.id()), args,
                    rename(f.body(), local), named(f.annotation(), f.id(), ids)));
        }
        List<org.cytostorm.engine.model.UnitDefinition> unitDefinitions = new ArrayList<>();
        for (org.cytostorm.engine.model.UnitDefinition u : model.unitDefinitions()) {
            unitDefinitions.add(new org.cytostorm.engine.model.UnitDefinition(unit.apply(u.id()), u.parts(),
                    u.annotation()));
        }
        List<Compartment> compartments = new ArrayList<>();
        for (Compartment c : model.compartments()) {
            compartments.add(new Compartment(id.apply(c.id()), c.size(), c.constant(), c.dimensions(),
                    unit.apply(c.units()), named(c.annotation(), c.id(), ids)));
        }
        List<Species> species = new ArrayList<>();
        for (Species x : model.species()) {
            // the text format has no compartment dimensions: a species that is an amount because its
            // 0-dimensional compartment has no size is written as what it is, substanceOnly
            boolean amountOnly = x.hasOnlySubstanceUnits() || !model.readsAsConcentration(x);
            species.add(new Species(id.apply(x.id()), id.apply(x.compartment()), x.initialAmount(),
                    x.initialConcentration(), amountOnly, x.boundaryCondition(), x.constant(),
                    id.apply(x.conversionFactor()), unit.apply(x.units()), named(x.annotation(), x.id(), ids)));
        }
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            parameters.add(new Parameter(id.apply(p.id()), p.value(), p.constant(), unit.apply(p.units()),
                    named(p.annotation(), p.id(), ids)));
        }
        List<Reaction> reactions = new ArrayList<>();
        for (Reaction r : model.reactions()) {
            Map<String, String> inLaw = new HashMap<>(symbols);
            List<Parameter> locals = new ArrayList<>();
            for (Parameter p : r.localParameters()) {
                inLaw.remove(p.id()); // a local parameter shadows the global it would rename
                locals.add(p.withUnits(unit.apply(p.units())));
            }
            List<SpeciesReference> reactants = new ArrayList<>();
            r.reactants().forEach(ref -> reactants.add(new SpeciesReference(id.apply(ref.species()),
                    ref.stoichiometry(), id.apply(ref.id()), ref.constant())));
            List<SpeciesReference> products = new ArrayList<>();
            r.products().forEach(ref -> products.add(new SpeciesReference(id.apply(ref.species()),
                    ref.stoichiometry(), id.apply(ref.id()), ref.constant())));
            reactions.add(new Reaction(id.apply(r.id()), reactants, products,
                    r.modifiers().stream().map(id).toList(), r.rate() == null ? null : rename(r.rate(), inLaw),
                    locals, r.reversible(), named(r.annotation(), r.id(), ids)));
        }
        List<Rule> rules = new ArrayList<>();
        for (Rule r : model.rules()) {
            if (r instanceof org.cytostorm.engine.model.AssignmentRule a) {
                rules.add(new org.cytostorm.engine.model.AssignmentRule(id.apply(a.variable()), expr.apply(a.math())));
            } else if (r instanceof RateRule rr) {
                rules.add(new RateRule(id.apply(rr.variable()), expr.apply(rr.math())));
            } else {
                rules.add(new org.cytostorm.engine.model.AlgebraicRule(expr.apply(r.math())));
            }
        }
        List<org.cytostorm.engine.model.InitialAssignment> initial = new ArrayList<>();
        model.initialAssignments().forEach(a -> initial.add(new org.cytostorm.engine.model.InitialAssignment(
                id.apply(a.symbol()), expr.apply(a.math()))));
        List<Event> events = new ArrayList<>();
        for (Event e : model.events()) {
            List<EventAssignment> assignments = new ArrayList<>();
            e.assignments().forEach(a -> assignments.add(new EventAssignment(id.apply(a.variable()),
                    expr.apply(a.math()))));
            events.add(new Event(id.apply(e.id()), expr.apply(e.trigger()), expr.apply(e.delay()),
                    expr.apply(e.priority()), e.initialValue(), e.persistent(), e.useValuesFromTriggerTime(),
                    assignments, named(e.annotation(), e.id(), ids)));
        }
        org.cytostorm.engine.model.ModelUnits u = model.units();
        org.cytostorm.engine.model.ModelUnits modelUnits = new org.cytostorm.engine.model.ModelUnits(
                unit.apply(u.time()), unit.apply(u.substance()), unit.apply(u.volume()), unit.apply(u.area()),
                unit.apply(u.length()), unit.apply(u.extent()));
        model = new Model(modelId, model.annotation(), functions, unitDefinitions, compartments, species,
                parameters, reactions, rules, initial, events, modelUnits, id.apply(model.conversionFactor()));
    }

    /** The annotation of a renamed element: its original id as display name when it has none. */
    private static Annotation named(Annotation a, String originalId, Map<String, String> ids) {
        return ids.containsKey(originalId) && a.displayName() == null ? a.withDisplayName(originalId) : a;
    }

    private static Expr rename(Expr e, Map<String, String> names) {
        return Exprs.transform(e, node -> {
            if (node instanceof Sym s && names.containsKey(s.name())) {
                return new Sym(names.get(s.name()));
            }
            if (node instanceof org.cytostorm.engine.expr.Apply a && names.containsKey(a.function())) {
                return new org.cytostorm.engine.expr.Apply(names.get(a.function()), a.args());
            }
            return node;
        });
    }

    // ---- 1. named and variable stoichiometries ------------------------------------------------------

    private boolean isAssigned(String id) {
        return model.initialAssignmentFor(id).isPresent() || model.ruleFor(id).isPresent()
                || model.events().stream().anyMatch(e -> e.assignments().stream().anyMatch(a -> a.variable().equals(id)));
    }

    private boolean isReferenced(String id) {
        List<Expr> all = new ArrayList<>();
        model.rules().forEach(r -> all.add(r.math()));
        model.initialAssignments().forEach(a -> all.add(a.math()));
        model.reactions().stream().filter(r -> r.rate() != null).forEach(r -> all.add(r.rate()));
        model.functions().forEach(f -> all.add(f.body()));
        for (Event e : model.events()) {
            all.add(e.trigger());
            if (e.delay() != null) {
                all.add(e.delay());
            }
            if (e.priority() != null) {
                all.add(e.priority());
            }
            e.assignments().forEach(a -> all.add(a.math()));
        }
        return all.stream().anyMatch(x -> Exprs.symbols(x).contains(id));
    }

    private void namedStoichiometries() {
        if (model.reactions().stream().flatMap(r -> participants(r).stream())
                .noneMatch(ref -> ref.id() != null || !ref.constant())) {
            return;
        }
        List<Reaction> reactions = new ArrayList<>();
        List<Parameter> newParameters = new ArrayList<>();
        for (Reaction r : model.reactions()) {
            List<Reaction> split = new ArrayList<>();
            List<SpeciesReference> reactants = keep(r, r.reactants(), true, split, newParameters);
            List<SpeciesReference> products = keep(r, r.products(), false, split, newParameters);
            reactions.add(withParticipants(r, reactants, products));
            reactions.addAll(split);
        }
        List<Parameter> parameters = new ArrayList<>(model.parameters());
        parameters.addAll(newParameters);
        model = withReactions(reactions).withParameters(parameters);
    }

    private List<SpeciesReference> keep(Reaction r, List<SpeciesReference> refs, boolean reactant,
                                        List<Reaction> split, List<Parameter> newParameters) {
        List<SpeciesReference> out = new ArrayList<>();
        for (SpeciesReference ref : refs) {
            if (ref.id() == null && ref.constant()) {
                out.add(ref);
                continue;
            }
            String id = ref.id();
            boolean assigned = id != null && isAssigned(id);
            boolean fixed = ref.constant() && !assigned && Double.isFinite(ref.stoichiometry());
            if (fixed) {
                out.add(SpeciesReference.of(ref.species(), ref.stoichiometry()));
                if (id != null && isReferenced(id)) {
                    newParameters.add(Parameter.of(id, ref.stoichiometry()));
                }
                continue;
            }
            String name = id != null ? id : fresh(r.id() + "_" + ref.species() + "_stoich");
            boolean constant = ref.constant() && !(model.ruleFor(name).isPresent() || model.events().stream()
                    .anyMatch(e -> e.assignments().stream().anyMatch(a -> a.variable().equals(name))));
            newParameters.add(new Parameter(name, ref.stoichiometry(), constant, null, Annotation.EMPTY));
            Expr rate = r.rate() == null ? null : new Call(Fn.MUL, List.of(new Sym(name), new Sym(r.id())));
            SpeciesReference one = SpeciesReference.of(ref.species(), 1);
            split.add(new Reaction(fresh(r.id() + "_" + ref.species()), reactant ? List.of(one) : List.of(),
                    reactant ? List.of() : List.of(one), List.of(), rate, List.of(), r.reversible(), Annotation.EMPTY));
        }
        return out;
    }

    // ---- 2. local parameters ------------------------------------------------------------------

    private void localParameters() {
        if (model.reactions().stream().allMatch(r -> r.localParameters().isEmpty())) {
            return;
        }
        List<Reaction> reactions = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>(model.parameters());
        for (Reaction r : model.reactions()) {
            if (r.localParameters().isEmpty()) {
                reactions.add(r);
                continue;
            }
            Map<String, Expr> renamed = new HashMap<>();
            for (Parameter p : r.localParameters()) {
                String global = fresh(r.id() + "_" + p.id());
                renamed.put(p.id(), new Sym(global));
                parameters.add(new Parameter(global, p.value(), true, p.units(), p.annotation()));
            }
            Expr rate = r.rate() == null ? null : Exprs.substitute(r.rate(), renamed::get);
            reactions.add(new Reaction(r.id(), r.reactants(), r.products(), r.modifiers(), rate, List.of(),
                    r.reversible(), r.annotation()));
        }
        model = withReactions(reactions).withParameters(parameters);
    }

    // ---- 3. conversion factors ------------------------------------------------------------------

    private void conversionFactors() {
        boolean any = model.conversionFactor() != null
                || model.species().stream().anyMatch(s -> s.conversionFactor() != null);
        if (!any) {
            return;
        }
        Map<String, Double> fixedFactor = new LinkedHashMap<>();
        Map<String, String> variableFactor = new LinkedHashMap<>();
        for (Species s : model.species()) {
            String cf = s.conversionFactor() != null ? s.conversionFactor() : model.conversionFactor();
            if (cf == null || s.boundaryCondition() || !inReactions(s.id())) {
                continue;
            }
            Parameter p = model.parameter(cf).orElse(null);
            if (p != null && p.constant() && Double.isFinite(p.value()) && !isAssigned(cf)) {
                fixedFactor.put(s.id(), p.value());
            } else {
                variableFactor.put(s.id(), cf);
            }
        }
        List<Reaction> reactions = new ArrayList<>();
        for (Reaction r : model.reactions()) {
            reactions.add(withParticipants(r, scale(r.reactants(), fixedFactor), scale(r.products(), fixedFactor)));
        }
        List<Species> species = new ArrayList<>();
        List<Rule> rules = new ArrayList<>(model.rules());
        for (Species s : model.species()) {
            String cf = variableFactor.get(s.id());
            if (cf != null) {
                rules.add(new RateRule(s.id(), changeOf(s, cf, reactions)));
                s = s.withBoundaryCondition(true);
            }
            species.add(s.withConversionFactor(null));
        }
        model = new Model(model.id(), model.annotation(), model.functions(), model.unitDefinitions(),
                model.compartments(), species, model.parameters(), reactions, rules, model.initialAssignments(),
                model.events(), model.units(), null);
    }

    private boolean inReactions(String species) {
        return model.reactions().stream().flatMap(r -> participants(r).stream())
                .anyMatch(ref -> ref.species().equals(species));
    }

    private static List<SpeciesReference> scale(List<SpeciesReference> refs, Map<String, Double> factors) {
        List<SpeciesReference> out = new ArrayList<>();
        for (SpeciesReference ref : refs) {
            Double f = factors.get(ref.species());
            out.add(f == null ? ref : new SpeciesReference(ref.species(), ref.stoichiometry() * f, ref.id(),
                    ref.constant()));
        }
        return out;
    }

    /** {@code cf * (sum of stoichiometry * rate)}, over the compartment size for a concentration species. */
    private Expr changeOf(Species s, String cf, List<Reaction> reactions) {
        List<Expr> terms = new ArrayList<>();
        for (Reaction r : reactions) {
            if (r.rate() == null) {
                continue;
            }
            for (SpeciesReference ref : r.reactants()) {
                if (ref.species().equals(s.id())) {
                    terms.add(new Call(Fn.NEG, List.of(term(ref.stoichiometry(), r.id()))));
                }
            }
            for (SpeciesReference ref : r.products()) {
                if (ref.species().equals(s.id())) {
                    terms.add(term(ref.stoichiometry(), r.id()));
                }
            }
        }
        Expr sum = terms.isEmpty() ? Num.ZERO : terms.size() == 1 ? terms.get(0) : new Call(Fn.ADD, terms);
        Expr change = new Call(Fn.MUL, List.of(new Sym(cf), sum));
        if (s.hasOnlySubstanceUnits()) {
            return change;
        }
        Compartment c = model.compartment(s.compartment()).orElseThrow();
        if (!c.constant()) {
            throw new ModelException(Problem.UNSUPPORTED, s.id(), "cannot write the variable conversion factor "
                    + cf + " of species " + s.id() + ", a concentration in a compartment whose size changes, as model"
                    + " text");
        }
        return new Call(Fn.DIV, List.of(change, new Sym(c.id())));
    }

    private static Expr term(double stoichiometry, String reaction) {
        return stoichiometry == 1 ? new Sym(reaction)
                : new Call(Fn.MUL, List.of(new Num(stoichiometry), new Sym(reaction)));
    }

    // ---- 4. negative stoichiometries ------------------------------------------------------------

    private void negativeStoichiometries() {
        if (model.reactions().stream().flatMap(r -> participants(r).stream()).noneMatch(ref -> ref.stoichiometry() < 0)) {
            return;
        }
        List<Reaction> reactions = new ArrayList<>();
        for (Reaction r : model.reactions()) {
            List<SpeciesReference> reactants = new ArrayList<>();
            List<SpeciesReference> products = new ArrayList<>();
            for (SpeciesReference ref : r.reactants()) {
                (ref.stoichiometry() < 0 ? products : reactants).add(abs(ref));
            }
            for (SpeciesReference ref : r.products()) {
                (ref.stoichiometry() < 0 ? reactants : products).add(abs(ref));
            }
            reactions.add(withParticipants(r, reactants, products));
        }
        model = withReactions(reactions);
    }

    private static SpeciesReference abs(SpeciesReference ref) {
        return ref.stoichiometry() < 0
                ? new SpeciesReference(ref.species(), -ref.stoichiometry(), ref.id(), ref.constant()) : ref;
    }

    // ---- 5. events without assignments ----------------------------------------------------------

    private void emptyEvents() {
        if (model.events().stream().noneMatch(e -> e.assignments().isEmpty())) {
            return;
        }
        List<Event> events = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>(model.parameters());
        for (Event e : model.events()) {
            if (!e.assignments().isEmpty()) {
                events.add(e);
                continue;
            }
            String noop = fresh(e.id() + "_noop");
            parameters.add(Parameter.of(noop, 0).withConstant(false));
            events.add(new Event(e.id(), e.trigger(), e.delay(), e.priority(), e.initialValue(), e.persistent(),
                    e.useValuesFromTriggerTime(), List.of(new EventAssignment(noop, new Sym(noop))), e.annotation()));
        }
        model = new Model(model.id(), model.annotation(), model.functions(), model.unitDefinitions(),
                model.compartments(), model.species(), parameters, model.reactions(), model.rules(),
                model.initialAssignments(), events, model.units(), model.conversionFactor());
    }
}
