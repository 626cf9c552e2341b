package org.cytostorm.physiology.run;

import java.util.Objects;
import java.util.Optional;
import org.cytostorm.engine.solve.ReturnCode;

/**
 * How a patient run ended: completed, stopped early by a handler (a cohort endpoint reached), or
 * failed, with why, when and, where the solver can tell, which variable.
 *
 * @param code     the solver's return code
 * @param message  why the run ended early, in words; empty when it completed
 * @param reachedH the time the run reached, hours
 * @param variable the model variable that failed (became NaN or infinite, or forced the step size
 *                 below what double precision resolves), when known
 */
public record RunStatus(ReturnCode code, String message, double reachedH, Optional<String> variable) {

    public RunStatus {
        Objects.requireNonNull(code, "code");
        message = message == null ? "" : message;
        Objects.requireNonNull(variable, "variable");
    }

    /** A run that reached its end. */
    public static RunStatus completed(double endH) {
        return new RunStatus(ReturnCode.SUCCESS, "", endH, Optional.empty());
    }

    /** True unless the solver failed (a run stopped by a handler is a success). */
    public boolean isSuccess() {
        return code.isSuccess();
    }
}
