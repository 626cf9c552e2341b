package org.cytostorm.physiology.run;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cytostorm.engine.solve.Method;
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
 * @param methods  the integration methods used, in order (AUTO may start with DOPRI853 and switch
 *                 to RODAS5P)
 */
public record RunStatus(ReturnCode code, String message, double reachedH, Optional<String> variable,
        List<Method> methods) {

    public RunStatus {
        Objects.requireNonNull(code, "code");
        message = message == null ? "" : message;
        Objects.requireNonNull(variable, "variable");
        methods = List.copyOf(methods);
    }

    /** A run that reached its end, integrated by {@code methods}. */
    public static RunStatus completed(double endH, Method... methods) {
        return new RunStatus(ReturnCode.SUCCESS, "", endH, Optional.empty(), List.of(methods));
    }

    /** True when a handler ended the run early ({@code TERMINATED}): a success, short of the end. */
    public boolean stoppedEarly() {
        return code == ReturnCode.TERMINATED;
    }

    /** True unless the solver failed (a run stopped by a handler is a success). */
    public boolean isSuccess() {
        return code.isSuccess();
    }
}
