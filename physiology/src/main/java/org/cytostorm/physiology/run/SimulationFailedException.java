package org.cytostorm.physiology.run;

/** The solver could not complete a patient run; the message says where and why. */
public final class SimulationFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SimulationFailedException(String message) {
        super(message);
    }
}
