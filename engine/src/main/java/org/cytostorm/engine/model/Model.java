package org.cytostorm.engine.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An immutable description of a model: what it contains, not how it is solved. Built by the text
 * parser, the SBML importer or {@link ModelBuilder}; lowered to an ODE system and compiled once,
 * then run many times.
 *
 * @param id                 identifier
 * @param annotation         display name, notes and references of the model
 * @param functions          user function definitions
 * @param unitDefinitions    named units (metadata)
 * @param compartments       compartments
 * @param species            species
 * @param parameters         global parameters
 * @param reactions          reactions
 * @param rules              assignment, rate and algebraic rules
 * @param initialAssignments assignments evaluated at the start
 * @param events             events
 * @param units              model-wide default units
 * @param conversionFactor   identifier of the model-wide species conversion factor, or null
 */
public record Model(String id, Annotation annotation, List<FunctionDefinition> functions,
                    List<UnitDefinition> unitDefinitions, List<Compartment> compartments, List<Species> species,
                    List<Parameter> parameters, List<Reaction> reactions, List<Rule> rules,
                    List<InitialAssignment> initialAssignments, List<Event> events, ModelUnits units,
                    String conversionFactor) {

    public Model {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(annotation, "annotation");
        functions = List.copyOf(functions);
        unitDefinitions = List.copyOf(unitDefinitions);
        compartments = List.copyOf(compartments);
        species = List.copyOf(species);
        parameters = List.copyOf(parameters);
        reactions = List.copyOf(reactions);
        rules = List.copyOf(rules);
        initialAssignments = List.copyOf(initialAssignments);
        events = List.copyOf(events);
        Objects.requireNonNull(units, "units");
    }

    public Optional<Compartment> compartment(String id) {
        return compartments.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Species> species(String id) {
        return species.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Parameter> parameter(String id) {
        return parameters.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Reaction> reaction(String id) {
        return reactions.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<FunctionDefinition> function(String id) {
        return functions.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Event> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Any element (compartment, species, parameter, reaction, event, function) with this id. */
    public Optional<Element> element(String id) {
        return Stream.<List<? extends Element>>of(compartments, species, parameters, reactions, events, functions)
                .flatMap(List::stream)
                .filter(e -> e.id().equals(id))
                .<Element>map(e -> e)
                .findFirst();
    }

    /** The rule defining a variable (assignment or rate rule), if any. */
    public Optional<Rule> ruleFor(String variable) {
        return rules.stream().filter(r -> variable.equals(r.variable())).findFirst();
    }

    public Optional<InitialAssignment> initialAssignmentFor(String symbol) {
        return initialAssignments.stream().filter(a -> a.symbol().equals(symbol)).findFirst();
    }

    /**
     * True when expressions read the species as a concentration (its amount over its compartment's
     * size): unless it has only substance units, or its compartment is 0-dimensional and never
     * given a size (the SBML Level 2 idiom, where species are amounts). A 0-dimensional compartment
     * with a size behaves like any other (SBML Level 3).
     */
    public boolean readsAsConcentration(Species s) {
        if (s.hasOnlySubstanceUnits()) {
            return false;
        }
        Compartment c = compartment(s.compartment()).orElse(null);
        return c == null || c.dimensions() != 0 || !Double.isNaN(c.size()) || initialAssignmentFor(c.id()).isPresent()
                || ruleFor(c.id()).isPresent();
    }

    /** A copy with a different list of parameters (used to apply overrides to a description). */
    public Model withParameters(List<Parameter> newParameters) {
        return new Model(id, annotation, functions, unitDefinitions, compartments, species, newParameters,
                reactions, rules, initialAssignments, events, units, conversionFactor);
    }

    public ModelBuilder toBuilder() {
        return ModelBuilder.from(this);
    }
}
