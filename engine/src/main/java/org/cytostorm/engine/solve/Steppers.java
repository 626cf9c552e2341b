package org.cytostorm.engine.solve;

/** Creates the Rosenbrock steppers for a run. */
final class Steppers {

    private Steppers() {
    }

    static Stepper rodas5p(OdeFunction f, SolverOptions options, Counters counters) {
        throw new UnsupportedOperationException("Rodas5P not yet available");
    }

    static Stepper rodas4(OdeFunction f, SolverOptions options, Counters counters) {
        throw new UnsupportedOperationException("Rodas4 not yet available");
    }
}
