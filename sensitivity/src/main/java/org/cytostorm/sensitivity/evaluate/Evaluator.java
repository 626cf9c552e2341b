package org.cytostorm.sensitivity.evaluate;

import java.util.List;

/**
 * Readouts of a model at given values of the factors. Implementations are thread-safe: a job
 * evaluates points on several threads at once.
 */
public interface Evaluator {

    /** The readouts' names, in order. */
    List<String> outputs();

    /**
     * The readouts with the factors at {@code values} (in the analysis's factor order). A failed
     * simulation is an {@link Evaluation} with NaN readouts and the reason, not an exception.
     */
    Evaluation evaluate(double[] values);
}
