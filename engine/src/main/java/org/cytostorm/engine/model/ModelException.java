package org.cytostorm.engine.model;

/**
 * A model that cannot be simulated as described: an unknown symbol, a duplicate definition, a
 * cycle of rules, a construct the engine does not support. Names the element concerned.
 */
public class ModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Problem {
        UNKNOWN_SYMBOL, DUPLICATE_DEFINITION, RULE_CYCLE, INVALID, UNSUPPORTED
    }

    private final Problem problem;
    private final String elementId;

    public ModelException(Problem problem, String elementId, String message) {
        super(message);
        this.problem = problem;
        this.elementId = elementId;
    }

    public Problem problem() {
        return problem;
    }

    /** The identifier of the element where the problem is, or null when it concerns the whole model. */
    public String elementId() {
        return elementId;
    }
}
