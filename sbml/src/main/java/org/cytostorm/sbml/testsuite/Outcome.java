package org.cytostorm.sbml.testsuite;

/** How a case ended; every outcome but {@link #PASSED} is a failure. */
public enum Outcome {
    /** Every point within tolerance. */
    PASSED("passed"),
    /** Simulated to the end, but some point is outside the tolerance. */
    WRONG_VALUES("wrong values"),
    /** The solver stopped before the end time. */
    SOLVER_FAILURE("solver failure"),
    /** The SBML file could not be read or converted. */
    IMPORT_ERROR("import error"),
    /** The model uses a construct the importer or engine does not support. */
    UNSUPPORTED("unsupported"),
    /** The imported model was rejected by the engine (validation, lowering, compilation). */
    MODEL_ERROR("model error"),
    /** A compared variable is not a symbol of the imported model. */
    MISSING_OUTPUT("missing output"),
    /** The case's own files (settings, results) are malformed or missing. */
    CASE_ERROR("malformed case"),
    /** Anything else thrown: a bug to report. */
    INTERNAL_ERROR("internal error");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The prefix of a failure's reason, e.g. "wrong values". */
    public String label() {
        return label;
    }
}
