package org.cytostorm.engine.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles a {@link Model}. Identifiers of compartments, species, parameters, reactions, events
 * and functions share one namespace: {@code add*} rejects a second definition of an id with
 * {@link ModelException.Problem#DUPLICATE_DEFINITION}; {@code put*} replaces an element of the same
 * kind (parsers use it when later lines refine an earlier declaration).
 */
public final class ModelBuilder {

    private String id = "model";
    private Annotation annotation = Annotation.EMPTY;
    private final Map<String, FunctionDefinition> functions = new LinkedHashMap<>();
    private final Map<String, UnitDefinition> unitDefinitions = new LinkedHashMap<>();
    private final Map<String, Compartment> compartments = new LinkedHashMap<>();
    private final Map<String, Species> species = new LinkedHashMap<>();
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Reaction> reactions = new LinkedHashMap<>();
    private final Map<String, Event> events = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<InitialAssignment> initialAssignments = new ArrayList<>();
    private ModelUnits units = ModelUnits.NONE;
    private String conversionFactor;

    public static ModelBuilder from(Model m) {
        ModelBuilder b = new ModelBuilder().id(m.id()).annotation(m.annotation()).units(m.units())
                .conversionFactor(m.conversionFactor());
        m.functions().forEach(b::addFunction);
        m.unitDefinitions().forEach(b::addUnit);
        m.compartments().forEach(b::addCompartment);
        m.species().forEach(b::addSpecies);
        m.parameters().forEach(b::addParameter);
        m.reactions().forEach(b::addReaction);
        m.events().forEach(b::addEvent);
        m.rules().forEach(b::addRule);
        m.initialAssignments().forEach(b::addInitialAssignment);
        return b;
    }

    public ModelBuilder id(String modelId) {
        this.id = modelId;
        return this;
    }

    public String id() {
        return id;
    }

    public ModelBuilder annotation(Annotation a) {
        this.annotation = a;
        return this;
    }

    public Annotation annotation() {
        return annotation;
    }

    public ModelBuilder units(ModelUnits u) {
        this.units = u;
        return this;
    }

    public ModelBuilder conversionFactor(String parameterId) {
        this.conversionFactor = parameterId;
        return this;
    }

    /** True when an element of any kind has this id. */
    public boolean hasId(String elementId) {
        return kindOf(elementId).isPresent();
    }

    /** The kind of element holding this id ("compartment", "species", ...), if any. */
    public Optional<String> kindOf(String elementId) {
        if (compartments.containsKey(elementId)) {
            return Optional.of("compartment");
        }
        if (species.containsKey(elementId)) {
            return Optional.of("species");
        }
        if (parameters.containsKey(elementId)) {
            return Optional.of("parameter");
        }
        if (reactions.containsKey(elementId)) {
            return Optional.of("reaction");
        }
        if (events.containsKey(elementId)) {
            return Optional.of("event");
        }
        if (functions.containsKey(elementId)) {
            return Optional.of("function");
        }
        return Optional.empty();
    }

    private void checkFree(String elementId, String kind) {
        Optional<String> existing = kindOf(elementId);
        if (existing.isPresent()) {
            throw new ModelException(ModelException.Problem.DUPLICATE_DEFINITION, elementId,
                    "'" + elementId + "' is defined twice: as a " + existing.get() + " and as a " + kind);
        }
    }

    public ModelBuilder addFunction(FunctionDefinition f) {
        checkFree(f.id(), "function");
        functions.put(f.id(), f);
        return this;
    }

    public ModelBuilder addUnit(UnitDefinition u) {
        unitDefinitions.put(u.id(), u);
        return this;
    }

    public ModelBuilder addCompartment(Compartment c) {
        checkFree(c.id(), "compartment");
        compartments.put(c.id(), c);
        return this;
    }

    public ModelBuilder addSpecies(Species s) {
        checkFree(s.id(), "species");
        species.put(s.id(), s);
        return this;
    }

    public ModelBuilder addParameter(Parameter p) {
        checkFree(p.id(), "parameter");
        parameters.put(p.id(), p);
        return this;
    }

    public ModelBuilder addReaction(Reaction r) {
        checkFree(r.id(), "reaction");
        reactions.put(r.id(), r);
        return this;
    }

    public ModelBuilder addEvent(Event e) {
        checkFree(e.id(), "event");
        events.put(e.id(), e);
        return this;
    }

    /** Adds a rule; a second assignment or rate rule for the same variable is a duplicate definition. */
    public ModelBuilder addRule(Rule r) {
        if (r.variable() != null) {
            for (Rule existing : rules) {
                if (r.variable().equals(existing.variable())) {
                    throw new ModelException(ModelException.Problem.DUPLICATE_DEFINITION, r.variable(),
                            "'" + r.variable() + "' is defined by two rules");
                }
            }
        }
        rules.add(r);
        return this;
    }

    /** Adds an initial assignment, replacing an earlier one for the same symbol. */
    public ModelBuilder addInitialAssignment(InitialAssignment a) {
        initialAssignments.removeIf(x -> x.symbol().equals(a.symbol()));
        initialAssignments.add(a);
        return this;
    }

    public ModelBuilder removeInitialAssignment(String symbol) {
        initialAssignments.removeIf(x -> x.symbol().equals(symbol));
        return this;
    }

    public ModelBuilder putCompartment(Compartment c) {
        if (!compartments.containsKey(c.id())) {
            checkFree(c.id(), "compartment");
        }
        compartments.put(c.id(), c);
        return this;
    }

    public ModelBuilder putSpecies(Species s) {
        if (!species.containsKey(s.id())) {
            checkFree(s.id(), "species");
        }
        species.put(s.id(), s);
        return this;
    }

    public ModelBuilder putParameter(Parameter p) {
        if (!parameters.containsKey(p.id())) {
            checkFree(p.id(), "parameter");
        }
        parameters.put(p.id(), p);
        return this;
    }

    public ModelBuilder putReaction(Reaction r) {
        if (!reactions.containsKey(r.id())) {
            checkFree(r.id(), "reaction");
        }
        reactions.put(r.id(), r);
        return this;
    }

    public ModelBuilder putEvent(Event e) {
        if (!events.containsKey(e.id())) {
            checkFree(e.id(), "event");
        }
        events.put(e.id(), e);
        return this;
    }

    public ModelBuilder putFunction(FunctionDefinition f) {
        if (!functions.containsKey(f.id())) {
            checkFree(f.id(), "function");
        }
        functions.put(f.id(), f);
        return this;
    }

    /** Removes a compartment, species or parameter (a parser retyping an implicit declaration). */
    public ModelBuilder remove(String elementId) {
        compartments.remove(elementId);
        species.remove(elementId);
        parameters.remove(elementId);
        return this;
    }

    public Optional<Compartment> compartment(String cid) {
        return Optional.ofNullable(compartments.get(cid));
    }

    public Optional<Species> species(String sid) {
        return Optional.ofNullable(species.get(sid));
    }

    public Optional<Parameter> parameter(String pid) {
        return Optional.ofNullable(parameters.get(pid));
    }

    public Optional<Reaction> reaction(String rid) {
        return Optional.ofNullable(reactions.get(rid));
    }

    public Optional<Event> event(String eid) {
        return Optional.ofNullable(events.get(eid));
    }

    public Optional<FunctionDefinition> function(String fid) {
        return Optional.ofNullable(functions.get(fid));
    }

    public List<Rule> rules() {
        return List.copyOf(rules);
    }

    public Model build() {
        return new Model(id, annotation, List.copyOf(functions.values()), List.copyOf(unitDefinitions.values()),
                List.copyOf(compartments.values()), List.copyOf(species.values()), List.copyOf(parameters.values()),
                List.copyOf(reactions.values()), rules, initialAssignments, List.copyOf(events.values()), units,
                conversionFactor);
    }
}
