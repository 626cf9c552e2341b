package org.cytostorm.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.solve.Method;
import org.cytostorm.engine.solve.OdeFunction;
import org.cytostorm.engine.solve.OdeProblem;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.engine.text.AntimonyParser;

/**
 * The benchmark models by name ({@code reynolds}, {@code robertson}, {@code network50}): their
 * text, compiled form, hand-written comparator, initial state and the run each is benchmarked on.
 */
public final class BenchModels {

    public static final String REYNOLDS = "reynolds";
    public static final String ROBERTSON = "robertson";
    public static final String NETWORK50 = "network50";
    public static final List<String> ALL = List.of(REYNOLDS, ROBERTSON, NETWORK50);

    /** Robertson's problem in the text format (the same as the engine's tests use). */
    public static final String ROBERTSON_TEXT = ""
            + "model robertson\n"
            + "  y1 = 1; y2 = 0; y3 = 0\n"
            + "  k1 = 0.04; k2 = 3e7; k3 = 1e4\n"
            + "  y1' = -k1*y1 + k3*y2*y3\n"
            + "  y2' = k1*y1 - k3*y2*y3 - k2*y2^2\n"
            + "  y3' = k2*y2^2\n"
            + "end\n";

    /** Tolerances of every benchmarked run (the peers' settings for Reynolds). */
    public static final double RTOL = 1e-6;
    public static final double ATOL = 1e-10;
    /** Output points of every benchmarked run. */
    public static final int POINTS = 101;

    private BenchModels() {
    }

    /** The Reynolds 2006 model text (examples/reynolds2006.ant, on the class path as /models/). */
    public static String reynoldsText() {
        try (InputStream in = BenchModels.class.getResourceAsStream("/models/reynolds2006.ant")) {
            if (in == null) {
                throw new IllegalStateException("/models/reynolds2006.ant is not on the class path (see bench/pom.xml)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String model) {
        switch (model) {
            case REYNOLDS:
                return reynoldsText();
            case ROBERTSON:
                return ROBERTSON_TEXT;
            case NETWORK50:
                return StiffNetwork.network50().text();
            default:
                throw new IllegalArgumentException("unknown model " + model + "; known: " + ALL);
        }
    }

    public static CompiledModel compile(String model) {
        return CompiledModel.compile(AntimonyParser.parse(text(model), model + ".ant"));
    }

    public static OdeFunction handWritten(String model) {
        switch (model) {
            case REYNOLDS:
                return new HandWrittenReynolds();
            case ROBERTSON:
                return new HandWrittenRobertson();
            case NETWORK50:
                return StiffNetwork.network50().handWritten();
            default:
                throw new IllegalArgumentException("unknown model " + model + "; known: " + ALL);
        }
    }

    /** The initial state (the same as the model text's initial values; the tests check it). */
    public static double[] initialState(String model) {
        switch (model) {
            case REYNOLDS:
                return HandWrittenReynolds.INITIAL.clone();
            case ROBERTSON:
                return HandWrittenRobertson.INITIAL.clone();
            case NETWORK50:
                return StiffNetwork.network50().initial();
            default:
                throw new IllegalArgumentException("unknown model " + model + "; known: " + ALL);
        }
    }

    /** End time of the benchmarked run (start 0): Reynolds 200 h, Robertson 40, network50 100. */
    public static double endTime(String model) {
        switch (model) {
            case REYNOLDS:
                return 200.0;
            case ROBERTSON:
                return 40.0;
            case NETWORK50:
                return 100.0;
            default:
                throw new IllegalArgumentException("unknown model " + model + "; known: " + ALL);
        }
    }

    /** The benchmarked run: 0 to {@link #endTime}, {@link #POINTS} outputs, the given method, rtol 1e-6, atol 1e-10. */
    public static OdeProblem problem(CompiledModel compiled, String model, Method method) {
        return compiled.problem().withUniformTimes(0, endTime(model), POINTS)
                .withOptions(SolverOptions.DEFAULTS.withMethod(method).withTolerances(RTOL, ATOL));
    }

    /**
     * {@code count} states along the model's trajectory (at equally spaced times in (0, end]),
     * state-vector order: realistic points at which to evaluate f and J.
     */
    public static double[][] trajectoryStates(CompiledModel compiled, String model, int count) {
        Solution s = compiled.problem().withUniformTimes(0, endTime(model), count + 1)
                .withOptions(SolverOptions.DEFAULTS.withMethod(Method.RODAS5P).withTolerances(1e-8, 1e-12))
                .solve().orThrow();
        List<String> names = compiled.system().stateNames();
        double[][] states = new double[count][names.size()];
        for (int k = 0; k < count; k++) {
            for (int i = 0; i < names.size(); i++) {
                // every benchmark model's compartments have size 1: concentration = amount
                states[k][i] = s.value(names.get(i), k + 1);
            }
        }
        return states;
    }

    /**
     * The largest difference between two functions' derivatives (or Jacobians) over the states,
     * relative to the largest magnitude of the vector (matrix) it belongs to: 0 for identical
     * functions, ~1e-16 for the same function with another rounding.
     */
    public static double maxNormwiseDifference(OdeFunction a, OdeFunction b, double[][] states, boolean jacobian) {
        int n = a.dimension();
        if (b.dimension() != n) {
            return Double.POSITIVE_INFINITY;
        }
        int size = jacobian ? n * n : n;
        double[] va = new double[size];
        double[] vb = new double[size];
        double worst = 0;
        for (double[] y : states) {
            if (jacobian) {
                a.jacobian(0.0, y, va);
                b.jacobian(0.0, y, vb);
            } else {
                a.derivatives(0.0, y, va);
                b.derivatives(0.0, y, vb);
            }
            double scale = 0;
            double diff = 0;
            for (int i = 0; i < size; i++) {
                scale = Math.max(scale, Math.max(Math.abs(va[i]), Math.abs(vb[i])));
                double d = Math.abs(va[i] - vb[i]);
                diff = Double.isNaN(d) ? Double.POSITIVE_INFINITY : Math.max(diff, d);
            }
            if (diff > 0) {
                worst = Math.max(worst, diff / scale);
            }
        }
        return worst;
    }

    /** Throws unless the compiled model and the hand-written comparator agree to 1e-12 (norm-wise) at the states. */
    public static void requireAgreement(String model, OdeFunction compiled, OdeFunction hand, double[][] states) {
        double rhs = maxNormwiseDifference(compiled, hand, states, false);
        double jac = maxNormwiseDifference(compiled, hand, states, true);
        if (!(rhs <= 1e-12) || !(jac <= 1e-12)) {
            throw new IllegalStateException("the hand-written " + model + " is not the compiled model: relative "
                    + "difference " + rhs + " in f, " + jac + " in the Jacobian");
        }
    }
}
