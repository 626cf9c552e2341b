package org.cytostorm.engine.solve.rosenbrock;

import java.util.Arrays;

/**
 * Coefficients of a stiffly accurate Rosenbrock method with an embedded error estimate and dense
 * output, in Hairer &amp; Wanner's transformed form (Solving ODEs II, §IV.7, "(7.25)"; the form
 * OrdinaryDiffEq.jl uses). With W = I/(hγ) − J, J = ∂f/∂y(t, y), f<sub>t</sub> = ∂f/∂t(t, y):
 *
 * <pre>
 *   u_s = y + Σ_{i&lt;s} A[s][i]·k_i
 *   W k_s = f(t + c_s·h, u_s) + h·d_s·f_t + Σ_{i&lt;s} (C[s][i]/h)·k_i        (s = 1..S, u_1 = y)
 *   y_new = u_S + k_S,    error estimate = k_S
 *   y(θ)  = (1−θ)·y + θ·(y_new + (1−θ)·(kd_1 + θ·(kd_2 + θ·(...)))),  kd_j = Σ_i H[j][i]·k_i
 * </pre>
 *
 * Relation to the untransformed coefficients α<sub>ij</sub>, γ<sub>ij</sub> (Γ lower triangular
 * with γ on its diagonal): A = αΓ<sup>-1</sup>, C = diag(1/γ) − Γ<sup>-1</sup>,
 * c<sub>i</sub> = Σ<sub>j</sub> α<sub>ij</sub> and d<sub>i</sub> = Σ<sub>j</sub> γ<sub>ij</sub>
 * (so d<sub>1</sub> = γ). The tests check these identities and the classical order conditions.
 *
 * <p>Arrays are zero-based: {@code A[s]} and {@code C[s]} hold the s+1-th stage's row and have
 * length s (row 0 is empty); {@code H[j]} has one entry per stage. The record copies arrays in and
 * out, so instances are immutable; the stepper copies them once at construction.
 *
 * @param name          method name for logs
 * @param stages        S
 * @param gamma         diagonal γ
 * @param A             transformed stage weights a<sub>ij</sub>
 * @param C             transformed coupling c<sub>ij</sub> (divided by h when used)
 * @param c             abscissae α<sub>i</sub> (stage times t + c<sub>i</sub>h)
 * @param d             γ<sub>i</sub> sums, weights of h·∂f/∂t
 * @param H             dense-output rows
 * @param order         order of y_new
 * @param embeddedOrder order of the embedded solution u_S; the step-size controller uses it
 */
public record RosenbrockTableau(String name, int stages, double gamma, double[][] A, double[][] C, double[] c,
                                double[] d, double[][] H, int order, int embeddedOrder) {

    public RosenbrockTableau {
        if (stages < 2) {
            throw new IllegalArgumentException("need at least 2 stages");
        }
        if (!(gamma > 0)) {
            throw new IllegalArgumentException("gamma must be positive");
        }
        A = lowerTriangular("A", A, stages);
        C = lowerTriangular("C", C, stages);
        c = vector("c", c, stages);
        d = vector("d", d, stages);
        if (H.length < 1) {
            throw new IllegalArgumentException("need at least one dense-output row");
        }
        H = H.clone();
        for (int j = 0; j < H.length; j++) {
            H[j] = vector("H[" + j + "]", H[j], stages);
        }
        if (order < 1 || embeddedOrder < 1) {
            throw new IllegalArgumentException("orders must be positive");
        }
    }

    /**
     * Rodas5P: G. Steinebach, "Construction of Rosenbrock–Wanner method Rodas5P and numerical
     * benchmarks within the Julia Differential Equations package", BIT Numerical Mathematics 63 (2023).
     * Order 5(4), 8 stages, stiffly accurate, dense output of order 4. Coefficients as published in
     * OrdinaryDiffEq.jl; the abscissae are the vector starting with 0 (P), the γ<sub>i</sub> sums the
     * one starting with γ (Q): the tableau and convergence tests confirm that assignment.
     */
    public static RosenbrockTableau rodas5P() {
        double[] r6 = {-7.502846399306121, 2.561846144803919, -11.627539656261098, -0.18268767659942256,
            0.030198172008377946};
        double[][] a = {
            {},
            {3.0},
            {2.849394379747939, 0.45842242204463923},
            {-6.954028509809101, 2.489845061869568, -10.358996098473584},
            {2.8029986275628964, 0.5072464736228206, -0.3988312541770524, -0.04721187230404641},
            r6,
            append(r6, 1.0),
            append(r6, 1.0, 1.0),
        };
        double[][] cc = {
            {},
            {-14.155112264123755},
            {-17.97296035885952, -2.859693295451294},
            {147.12150275711716, -1.41221402718213, 71.68940251302358},
            {165.43517024871676, -0.4592823456491126, 42.90938336958603, -5.961986721573306},
            {24.854864614690072, -3.0009227002832186, 47.4931110020768, 5.5814197821558125, -0.6610691825249471},
            {30.91273214028599, -3.1208243349937974, 77.79954646070892, 34.28646028294783, -19.097331116725623,
                -28.087943162872662},
            {37.80277123390563, -3.2571969029072276, 112.26918849496327, 66.9347231244047, -40.06618937091002,
                -54.66780262877968, -9.48861652309627},
        };
        double[] abscissae = {0, 0.6358126895828704, 0.4095798393397535, 0.9769306725060716, 0.4288403609558664, 1, 1,
            1};
        double[] gammaSums = {0.21193756319429014, -0.42387512638858027, -0.3384627126235924, 1.8046452872882734,
            2.325825639765069, 0, 0, 0};
        double[][] h = {
            {25.948786856663858, -2.5579724845846235, 10.433815404888879, -2.3679251022685204, 0.524948541321073,
                1.1241088310450404, 0.4272876194431874, -0.17202221070155493},
            {-9.91568850695171, -0.9689944594115154, 3.0438037242978453, -24.495224566215796, 20.176138334709044,
                15.98066361424651, -6.789040303419874, -6.710236069923372},
            {11.419903575922262, 2.8879645146136994, 72.92137995996029, 80.12511834622643, -52.072871366152654,
                -59.78993625266729, -0.15582684282751913, 4.883087185713722},
        };
        return new RosenbrockTableau("Rodas5P", 8, 0.21193756319429014, a, cc, abscissae, gammaSums, h, 5, 4);
    }

    /**
     * Rodas4: E. Hairer and G. Wanner, Solving Ordinary Differential Equations II, 2nd ed. (1996),
     * §IV.7 and their Fortran code RODAS. Order 4(3), 6 stages, stiffly accurate, dense output of order 3.
     * Kept as an independent second method for cross-checks.
     */
    public static RosenbrockTableau rodas4() {
        double[] r5 = {1.221224509226641, 6.019134481288629, 12.53708332932087, -0.6878860361058950};
        double[][] a = {
            {},
            {1.544},
            {0.9466785280815826, 0.2557011698983284},
            {3.314825187068521, 2.896124015972201, 0.9986419139977817},
            r5,
            append(r5, 1.0),
        };
        double[][] cc = {
            {},
            {-5.6688},
            {-2.430093356833875, -0.2063599157091915},
            {-0.1073529058151375, -9.594562251023355, -20.47028614809616},
            {7.496443313967647, -10.24680431464352, -33.99990352819905, 11.70890893206160},
            {8.083246795921522, -7.981132988064893, -31.52159432874371, 16.31930543123136, -6.058818238834054},
        };
        double[] abscissae = {0, 0.386, 0.21, 0.63, 1, 1};
        double[] gammaSums = {0.25, -0.1043, 0.1035, -0.0362, 0, 0};
        double[][] h = {
            {10.12623508344586, -7.487995877610167, -34.80091861555747, -7.992771707568823, 1.025137723295662, 0},
            {-0.6762803392801253, 6.087714651680015, 16.43084320892478, 24.76722511418386, -6.594389125716872, 0},
        };
        return new RosenbrockTableau("Rodas4", 6, 0.25, a, cc, abscissae, gammaSums, h, 4, 3);
    }

    @Override
    public double[][] A() {
        return deepCopy(A);
    }

    @Override
    public double[][] C() {
        return deepCopy(C);
    }

    @Override
    public double[] c() {
        return c.clone();
    }

    @Override
    public double[] d() {
        return d.clone();
    }

    @Override
    public double[][] H() {
        return deepCopy(H);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RosenbrockTableau t && name.equals(t.name) && stages == t.stages
                && Double.compare(gamma, t.gamma) == 0 && Arrays.deepEquals(A, t.A) && Arrays.deepEquals(C, t.C)
                && Arrays.equals(c, t.c) && Arrays.equals(d, t.d) && Arrays.deepEquals(H, t.H) && order == t.order
                && embeddedOrder == t.embeddedOrder;
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.deepHashCode(A) + 7 * Arrays.hashCode(d);
    }

    @Override
    public String toString() {
        return name + " (order " + order + "(" + embeddedOrder + "), " + stages + " stages, gamma " + gamma + ")";
    }

    private static double[][] lowerTriangular(String what, double[][] m, int stages) {
        if (m.length != stages) {
            throw new IllegalArgumentException(what + " must have " + stages + " rows");
        }
        double[][] copy = new double[stages][];
        for (int s = 0; s < stages; s++) {
            copy[s] = vector(what + "[" + s + "]", m[s], s);
        }
        return copy;
    }

    private static double[] vector(String what, double[] v, int length) {
        if (v.length != length) {
            throw new IllegalArgumentException(what + " must have length " + length);
        }
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException(what + " has a non-finite entry");
            }
        }
        return v.clone();
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }

    private static double[] append(double[] v, double... more) {
        double[] r = Arrays.copyOf(v, v.length + more.length);
        System.arraycopy(more, 0, r, v.length, more.length);
        return r;
    }
}
