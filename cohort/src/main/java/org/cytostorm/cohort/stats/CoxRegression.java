package org.cytostorm.cohort.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Cox proportional-hazards regression (Cox 1972) with Efron's handling of tied times, fitted as R's
 * {@code coxph} fits it by default, so that a trial's hazard ratio can be checked against R.
 *
 * <p>Why Efron: R's default, and with the ties of times on a day or hour grid it is much closer
 * to the exact partial likelihood than Breslow's (Hertz-Picciotto and Rockhill 1997, Biometrics
 * 53:1151). Why R's Newton–Raphson ({@code coxfit6}): the same start (β = 0), step, stopping rule
 * (relative change in log-likelihood ≤ 1e-9) and limit (20 iterations) give the same iterates,
 * so results agree with R to many digits, not only at the optimum's tolerance. When a step lowers
 * the likelihood it is pulled back toward the last good β, harder each time R's way: the new β
 * is (β_try + h·β_good)/(h + 1) at the h-th consecutive failure.
 *
 * <p>The information matrix is solved by a Cholesky decomposition (Hipparchus) of its
 * unit-diagonal scaling, which is singular to within R's tolerance ε^¾ ({@code toler.chol}) when
 * covariates are collinear; that is reported as an {@link IllegalArgumentException} (R would drop
 * the covariate). Not implemented: strata, weights, offsets, robust variances; times that are
 * exactly equal are ties (R's {@code timefix} also merges times differing by rounding error).
 */
public final class CoxRegression {

    /** R's {@code coxph.control()$iter.max}. */
    static final int MAX_ITERATIONS = 20;

    /** R's {@code coxph.control()$eps}: the relative change in log-likelihood that ends the fit. */
    static final double EPS = 1e-9;

    /** R's {@code toler.inf}, √eps: the test for a coefficient heading to infinity. */
    static final double TOLER_INF = Math.sqrt(EPS);

    /** R's {@code toler.chol}, ε^¾, as a pivot of the unit-diagonal information matrix. */
    static final double CHOLESKY_TOLERANCE = Math.pow(Math.ulp(1.0), 0.75);

    private CoxRegression() {
    }

    /**
     * Fits the model with the observations' covariates, named in the same order. For a two-arm
     * trial: one covariate, the arm as 0 (control) or 1 (treated), whose hazard ratio is
     * treated : control.
     *
     * @param observations  the patients; each has one value per covariate
     * @param covariateNames the covariates' names, distinct, one per covariate
     * @throws IllegalArgumentException if there are no observations or no events, the names and
     *                                  covariates do not match, a covariate has one value for
     *                                  everyone, or covariates are collinear
     */
    public static CoxModel fit(List<SurvivalObservation> observations, List<String> covariateNames) {
        Groups.requireSome(observations);
        int p = checkCovariates(observations, covariateNames);
        List<SurvivalObservation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparingDouble(SurvivalObservation::time));
        int events = (int) sorted.stream().filter(SurvivalObservation::event).count();
        if (events == 0) {
            throw new IllegalArgumentException("no events among " + sorted.size()
                    + " observations: a Cox model needs at least one");
        }
        EfronLikelihood likelihood = new EfronLikelihood(sorted, means(sorted, p));

        EfronLikelihood.Evaluation start = likelihood.at(new double[p]);
        double[] firstStep = Information.of(start.information(), covariateNames, 0).solve(start.score());
        double scoreTest = dot(start.score(), firstStep);
        Optimum optimum = newtonRaphson(likelihood, start.logLikelihood(), firstStep, covariateNames);

        double[] beta = optimum.beta();
        double[][] variance = optimum.information().inverse();
        double[] u = optimum.at().score();
        List<CoxCoefficient> coefficients = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            double se = Math.sqrt(variance[j][j]);
            double z = beta[j] / se;
            double drift = 0; // |U(β̂)ᵀ V|_j: how far a further Newton step would move β_j
            for (int k = 0; k < p; k++) {
                drift += u[k] * variance[k][j];
            }
            drift = Math.abs(drift);
            boolean infinite = !Double.isFinite(u[j]) || (drift > EPS && drift > TOLER_INF * Math.abs(beta[j]));
            coefficients.add(new CoxCoefficient(covariateNames.get(j), beta[j], se, Math.exp(beta[j]),
                    Math.exp(beta[j] - Z95.Z * se), Math.exp(beta[j] + Z95.Z * se), z, Z95.twoSidedP(z),
                    infinite));
        }
        double logLik = optimum.at().logLikelihood();
        double wald = dot(beta, multiply(optimum.at().information(), beta));
        return new CoxModel(coefficients, sorted.size(), events, start.logLikelihood(), logLik,
                ChiSquareTest.of(Math.max(0, 2 * (logLik - start.logLikelihood())), p),
                ChiSquareTest.of(Math.max(0, wald), p), ChiSquareTest.of(Math.max(0, scoreTest), p),
                optimum.iterations(), optimum.converged());
    }

    /** Where Newton–Raphson stopped: β̂, the likelihood and information there, and how. */
    private record Optimum(double[] beta, EfronLikelihood.Evaluation at, Information information, int iterations,
            boolean converged) {
    }

    /**
     * R's {@code coxfit6} loop from β = 0, whose log-likelihood is {@code startLogLik} and whose
     * Newton step is {@code firstStep}. {@code beta} is the last accepted point and {@code best}
     * its log-likelihood; a trial point that is worse (or not finite) is pulled back toward it.
     */
    private static Optimum newtonRaphson(EfronLikelihood likelihood, double startLogLik, double[] firstStep,
            List<String> names) {
        double[] beta = new double[firstStep.length];
        double best = startLogLik;
        double[] trial = add(beta, firstStep);
        int halving = 0;
        int iteration;
        for (iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            EfronLikelihood.Evaluation at = likelihood.at(trial);
            boolean finite = isFinite(at);
            Information information = finite ? Information.of(at.information(), names, iteration) : null;
            if (finite && Math.abs(1 - best / at.logLikelihood()) <= EPS) {
                return new Optimum(trial, at, information, iteration, true);
            }
            if (!finite || at.logLikelihood() < best) {
                halving++;
                for (int j = 0; j < trial.length; j++) {
                    trial[j] = (trial[j] + halving * beta[j]) / (halving + 1.0);
                }
            } else {
                halving = 0;
                best = at.logLikelihood();
                double[] step = information.solve(at.score());
                beta = trial;
                trial = add(trial, step);
            }
        }
        // out of iterations (the count is then MAX_ITERATIONS + 1, as R's): the last accepted point
        EfronLikelihood.Evaluation at = likelihood.at(beta);
        return new Optimum(beta, at, Information.of(at.information(), names, iteration), iteration, false);
    }

    /** Checks names against covariates and that each covariate varies; returns their number. */
    private static int checkCovariates(List<SurvivalObservation> observations, List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("a Cox model needs at least one covariate name");
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("covariate names must be distinct: " + names);
        }
        int p = names.size();
        for (SurvivalObservation o : observations) {
            if (o.covariateCount() != p) {
                throw new IllegalArgumentException("observation " + o + " has " + o.covariateCount()
                        + " covariates; the model names " + p + ": " + names);
            }
        }
        for (int j = 0; j < p; j++) {
            double first = observations.get(0).covariate(j);
            boolean varies = false;
            for (SurvivalObservation o : observations) {
                varies |= o.covariate(j) != first;
            }
            if (!varies) {
                throw new IllegalArgumentException("covariate '" + names.get(j) + "' is " + first
                        + " for every observation: its effect cannot be estimated");
            }
        }
        return p;
    }

    private static double[] means(List<SurvivalObservation> observations, int p) {
        double[] means = new double[p];
        for (SurvivalObservation o : observations) {
            for (int j = 0; j < p; j++) {
                means[j] += o.covariate(j);
            }
        }
        for (int j = 0; j < p; j++) {
            means[j] /= observations.size();
        }
        return means;
    }

    private static boolean isFinite(EfronLikelihood.Evaluation e) {
        if (!Double.isFinite(e.logLikelihood())) {
            return false;
        }
        for (int j = 0; j < e.score().length; j++) {
            if (!Double.isFinite(e.score()[j])) {
                return false;
            }
            for (double v : e.information()[j]) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[] add(double[] a, double[] b) {
        double[] sum = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            sum[j] = a[j] + b[j];
        }
        return sum;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] r = new double[v.length];
        for (int j = 0; j < v.length; j++) {
            r[j] = dot(m[j], v);
        }
        return r;
    }

    /**
     * The information matrix I factored for solving: I = D S D with D its diagonal's square roots
     * and S = LLᵀ, so that the positivity test is relative to each covariate's own scale.
     */
    private record Information(double[] scale, DecompositionSolver solver) {

        static Information of(double[][] information, List<String> names, int iteration) {
            int p = information.length;
            double[] scale = new double[p];
            for (int j = 0; j < p; j++) {
                if (!(information[j][j] > 0)) {
                    throw singular(names, iteration, "covariate '" + names.get(j)
                            + "' does not vary among the patients at risk at the event times");
                }
                scale[j] = Math.sqrt(information[j][j]);
            }
            RealMatrix s = MatrixUtils.createRealMatrix(p, p);
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    s.setEntry(j, k, information[j][k] / (scale[j] * scale[k]));
                }
            }
            try {
                return new Information(scale, new CholeskyDecomposition(s,
                        CholeskyDecomposition.DEFAULT_RELATIVE_SYMMETRY_THRESHOLD, CHOLESKY_TOLERANCE).getSolver());
            } catch (MathIllegalArgumentException e) {
                throw singular(names, iteration, "the covariates are collinear");
            }
        }

        private static IllegalArgumentException singular(List<String> names, int iteration, String why) {
            return new IllegalArgumentException("Cox information matrix for " + names + " is singular at iteration "
                    + iteration + ": " + why);
        }

        /** I⁻¹ u. */
        double[] solve(double[] u) {
            RealVector v = MatrixUtils.createRealVector(u.length);
            for (int j = 0; j < u.length; j++) {
                v.setEntry(j, u[j] / scale[j]);
            }
            RealVector w = solver.solve(v);
            double[] x = new double[u.length];
            for (int j = 0; j < u.length; j++) {
                x[j] = w.getEntry(j) / scale[j];
            }
            return x;
        }

        /** I⁻¹, the variance of β̂. */
        double[][] inverse() {
            double[][] inv = solver.getInverse().getData();
            for (int j = 0; j < inv.length; j++) {
                for (int k = 0; k < inv.length; k++) {
                    inv[j][k] /= scale[j] * scale[k];
                }
            }
            return inv;
        }
    }
}
