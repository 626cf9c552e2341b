package org.cytostorm.physiology.scenario;

import java.util.List;

/**
 * One option a scenario may set on its trigger: a {@link ChoiceOption} (named sets of parameters)
 * or a {@link QuantityOption} (one parameter, with units, range and named levels).
 */
public sealed interface TriggerOption permits ChoiceOption, QuantityOption {

    /** The option's key in the scenario's {@code trigger} mapping. */
    String name();

    /** Line of the option in the catalogue file. */
    int line();

    /** The option in one line for people (for {@code cytostorm list} and the docs). */
    String describe();

    /** The model parameters this option may set, in catalogue order, without repeats. */
    List<String> parameterNames();
}
