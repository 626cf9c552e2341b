package org.cytostorm.engine.solve;

import org.cytostorm.engine.solve.rosenbrock.RosenbrockStepper;
import org.cytostorm.engine.solve.rosenbrock.RosenbrockTableau;
import org.cytostorm.engine.solve.rosenbrock.SparseLuPlan;

/** Creates the Rosenbrock steppers for a run. */
final class Steppers {

    private Steppers() {
    }

    static Stepper rodas5p(OdeFunction f, SolverOptions options, Counters counters, SparseLuPlan plan) {
        return new RosenbrockStepper(f, RosenbrockTableau.rodas5P(), options.tolerances(), counters,
                options.maxStepSize(), plan);
    }

    static Stepper rodas4(OdeFunction f, SolverOptions options, Counters counters, SparseLuPlan plan) {
        return new RosenbrockStepper(f, RosenbrockTableau.rodas4(), options.tolerances(), counters,
                options.maxStepSize(), plan);
    }
}
