package org.cytostorm.physiology.run;

/**
 * A patient run that failed, turned into an exception by {@link PatientRun#orThrow()} for callers
 * that cannot go on without it; the message names the scenario, and the solver's reason with the
 * variable and time.
 */
public final class SimulationFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient RunStatus status;

    public SimulationFailedException(String scenario, RunStatus status) {
        super("scenario '" + scenario + "': " + status.message());
        this.status = status;
    }

    /** How the run ended. */
    public RunStatus status() {
        return status;
    }
}
