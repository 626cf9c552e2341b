package org.cytostorm.engine.solve.observe;

/**
 * Called for each output row as it is recorded, in time order: how a live chart streams rows while
 * the run goes on. A handler that keeps state serves one run.
 */
@FunctionalInterface
public interface OutputHandler {

    /**
     * Receives a row.
     *
     * @param row the row, valid during this call only
     * @return {@link Action#STOP} to end the run after this row (no later row is recorded)
     */
    Action handleRow(OutputRow row);
}
