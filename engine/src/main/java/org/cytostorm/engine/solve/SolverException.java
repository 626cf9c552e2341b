package org.cytostorm.engine.solve;

/** A run that did not reach its end time, with why and where. */
public class SolverException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ReturnCode code;
    private final double time;

    public SolverException(ReturnCode code, double time, String message) {
        super(message);
        this.code = code;
        this.time = time;
    }

    public ReturnCode code() {
        return code;
    }

    /** The time the run reached. */
    public double time() {
        return time;
    }
}
