package org.cytostorm.cli;

import org.cytostorm.engine.solve.Method;
import org.cytostorm.engine.solve.SolverOptions;
import picocli.CommandLine.Option;

/** Solver options shared by the commands that integrate. */
final class SolverOptionsMixin {

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto",
            description = "auto, rodas5p, rodas4 or dopri853 (default: ${DEFAULT-VALUE}: chosen from the system's stiffness)")
    String method;

    @Option(names = "--rtol", paramLabel = "RTOL", defaultValue = "1e-6", description = "relative tolerance (default: ${DEFAULT-VALUE})")
    double relativeTolerance;

    @Option(names = "--atol", paramLabel = "ATOL", defaultValue = "1e-10", description = "absolute tolerance (default: ${DEFAULT-VALUE})")
    double absoluteTolerance;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "100000", description = "step limit (default: ${DEFAULT-VALUE})")
    long maxSteps;

    SolverOptions toOptions() {
        Method m;
        try {
            m = Method.valueOf(method.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--method: unknown method '" + method
                    + "'; choose auto, rodas5p, rodas4 or dopri853");
        }
        try {
            return SolverOptions.DEFAULTS.withMethod(m).withTolerances(relativeTolerance, absoluteTolerance)
                    .withMaxSteps(maxSteps);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("solver options: " + e.getMessage());
        }
    }
}
