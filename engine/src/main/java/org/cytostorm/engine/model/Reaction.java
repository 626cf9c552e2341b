package org.cytostorm.engine.model;

import java.util.List;
import java.util.Objects;
import org.cytostorm.engine.expr.Expr;

/**
 * A process that turns reactants into products at a rate (substance per time).
 *
 * @param id               identifier; expressions may use it to read the rate
 * @param reactants        consumed species
 * @param products         produced species
 * @param modifiers        species that affect the rate without being changed
 * @param rate             the kinetic law, or null when there is none (the reaction does nothing)
 * @param localParameters  parameters visible only in the kinetic law
 * @param reversible       whether the rate may be negative (metadata; the rate is used as given)
 */
public record Reaction(String id, List<SpeciesReference> reactants, List<SpeciesReference> products,
                       List<String> modifiers, Expr rate, List<Parameter> localParameters, boolean reversible,
                       Annotation annotation) implements Element {

    public Reaction {
        Objects.requireNonNull(id, "id");
        reactants = List.copyOf(reactants);
        products = List.copyOf(products);
        modifiers = List.copyOf(modifiers);
        localParameters = List.copyOf(localParameters);
        Objects.requireNonNull(annotation, "annotation");
    }

    public Reaction withAnnotation(Annotation a) {
        return new Reaction(id, reactants, products, modifiers, rate, localParameters, reversible, a);
    }
}
