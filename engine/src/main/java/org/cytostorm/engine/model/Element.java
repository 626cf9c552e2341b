package org.cytostorm.engine.model;

/** Something in a model with an identifier and an annotation. */
public sealed interface Element permits Compartment, Species, Parameter, Reaction, Event, FunctionDefinition {

    /** The identifier, unique in the model's namespace. */
    String id();

    Annotation annotation();
}
