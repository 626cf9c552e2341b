package org.cytostorm.common.distribute;

import java.io.IOException;
import java.io.Serializable;

/**
 * The work of one batch, shipped to an executor: a recipe (texts and numbers), not compiled
 * classes or loaded models, so that it serializes small and rebuilds what it needs where it runs.
 * Its result must be a pure function of the recipe and the batch number, so that a batch retried
 * after a failed attempt, or run twice by speculation, gives the same bytes.
 */
@FunctionalInterface
public interface BatchTask extends Serializable {

    /** Computes batch {@code batch} and returns its result file's bytes. */
    byte[] run(long batch) throws IOException;
}
