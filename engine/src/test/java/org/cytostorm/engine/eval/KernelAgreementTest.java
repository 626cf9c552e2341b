package org.cytostorm.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cytostorm.engine.system.Lowering;
import org.cytostorm.engine.system.OdeSystem;
import org.cytostorm.engine.testing.Models;
import org.cytostorm.engine.testing.TestModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated code against the reference interpreter at random states (in one method and split
 * into chunks), and the symbolic Jacobian and time derivative against central finite differences
 * of the right-hand side.
 */
class KernelAgreementTest {

    static Stream<Arguments> models() {
        return TestModels.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void compiledCodeMatchesTheReferenceInterpreter(String name, String text) {
        OdeSystem system = Lowering.lower(Models.parse(text));
        Kernels reference = new InterpretedKernels(system);
        Kernels single = KernelCompiler.compile(system);
        Kernels chunked = KernelCompiler.compile(system, 3);
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int trial = 0; trial < 50; trial++) {
            Point pt = randomPoint(system, random, reference);
            for (Kernels k : new Kernels[] {single, chunked}) {
                compare(system.dimension(), pt, reference, k, Fn.RHS);
                compare(system.dimension() * system.dimension(), pt, reference, k, Fn.JACOBIAN);
                compare(system.dimension(), pt, reference, k, Fn.TIME_DERIVATIVE);
                compare(system.observableNames().size(), pt, reference, k, Fn.OBSERVE);
                compare(system.triggers().outputSize(), pt, reference, k, Fn.TRIGGERS);
                compare(system.derive().outputSize(), pt, reference, k, Fn.DERIVE);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void jacobianAndTimeDerivativeMatchFiniteDifferences(String name, String text) {
        OdeSystem system = Lowering.lower(Models.parse(text));
        Kernels k = KernelCompiler.compile(system);
        int n = system.dimension();
        SplittableRandom random = new SplittableRandom(~name.hashCode());
        for (int trial = 0; trial < 20; trial++) {
            Point pt = randomPoint(system, random, k);
            double[] jac = new double[n * n];
            k.jacobian(pt.t, pt.y, pt.p, pt.w, jac);
            double[] fp = new double[n];
            double[] fm = new double[n];
            for (int j = 0; j < n; j++) {
                double h = 1e-6 * Math.max(Math.abs(pt.y[j]), 1e-3);
                double[] yp = pt.y.clone();
                double[] ym = pt.y.clone();
                yp[j] += h;
                ym[j] -= h;
                k.rhs(pt.t, yp, pt.p, pt.w, fp);
                k.rhs(pt.t, ym, pt.p, pt.w, fm);
                for (int i = 0; i < n; i++) {
                    double fd = (fp[i] - fm[i]) / (2 * h);
                    double scale = rowScale(jac, i, n, pt.y) + Math.abs(fd);
                    assertEquals(fd, jac[i * n + j], 1e-6 * scale + 1e-12,
                            name + ": d f[" + system.stateNames().get(i) + "]/d " + system.stateNames().get(j));
                }
            }
            double[] dt = new double[n];
            k.timeDerivative(pt.t, pt.y, pt.p, pt.w, dt);
            double h = 1e-6 * Math.max(1, Math.abs(pt.t));
            k.rhs(pt.t + h, pt.y, pt.p, pt.w, fp);
            k.rhs(pt.t - h, pt.y, pt.p, pt.w, fm);
            for (int i = 0; i < n; i++) {
                double fd = (fp[i] - fm[i]) / (2 * h);
                assertEquals(fd, dt[i], 1e-6 * (Math.abs(fd) + Math.abs(dt[i])) + 1e-10,
                        name + ": d f[" + system.stateNames().get(i) + "]/dt");
            }
        }
    }

    private static double rowScale(double[] jac, int i, int n, double[] y) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s = Math.max(s, Math.abs(jac[i * n + j]));
        }
        return s;
    }

    private enum Fn { RHS, JACOBIAN, TIME_DERIVATIVE, OBSERVE, TRIGGERS, DERIVE }

    private record Point(double t, double[] y, double[] p, double[] w) {
    }

    /**
     * A random state (positive, as concentrations are) with the model's parameters; those an
     * initial assignment computes get random values too. The derived constants are computed by
     * {@code kernels}.
     */
    private static Point randomPoint(OdeSystem system, SplittableRandom random, Kernels kernels) {
        double[] p = system.parameterDefaults();
        double[] y = new double[system.dimension()];
        double[] w = new double[Math.max(1, system.workspaceSize())];
        for (int i = 0; i < system.parameterCount(); i++) {
            if (Double.isNaN(p[i])) {
                p[i] = 0.5 + random.nextDouble();
            }
        }
        Kernels.updateDerived(kernels, system, p, w.clone(), new double[system.derive().outputSize()]);
        for (int i = 0; i < y.length; i++) {
            y[i] = 0.05 + random.nextDouble();
        }
        return new Point(0.5 + 5 * random.nextDouble(), y, p, w);
    }

    private static void compare(int size, Point pt, Kernels reference, Kernels compiled, Fn fn) {
        double[] expected = new double[size];
        double[] actual = new double[size];
        run(reference, fn, pt, expected);
        run(compiled, fn, pt, actual);
        for (int i = 0; i < size; i++) {
            double tol = 1e-12 * Math.max(Math.abs(expected[i]), Math.abs(actual[i]));
            assertTrue(Math.abs(expected[i] - actual[i]) <= tol || Double.compare(expected[i], actual[i]) == 0,
                    fn + "[" + i + "]: interpreter " + expected[i] + ", compiled " + actual[i]);
        }
    }

    private static void run(Kernels k, Fn fn, Point pt, double[] out) {
        double[] w = pt.w.clone();
        switch (fn) {
            case RHS: k.rhs(pt.t, pt.y, pt.p, w, out); break;
            case JACOBIAN: k.jacobian(pt.t, pt.y, pt.p, w, out); break;
            case TIME_DERIVATIVE: k.timeDerivative(pt.t, pt.y, pt.p, w, out); break;
            case OBSERVE: k.observe(pt.t, pt.y, pt.p, w, out); break;
            case DERIVE: k.derive(pt.t, pt.y, pt.p, w, out); break;
            default: k.triggers(pt.t, pt.y, pt.p, w, out); break;
        }
    }
}
