package org.cytostorm.cohort.stats;

import java.util.Arrays;
import java.util.List;

/**
 * The Cox partial log-likelihood with Efron's approximation for tied event times, its score
 * (gradient) and information (minus the Hessian) at a given β: what each Newton–Raphson step of
 * {@link CoxRegression} needs. The sums follow R's {@code coxfit6_iter} (survival package,
 * {@code src/coxfit6.c}) term for term, without weights, offsets or strata.
 *
 * <p>Efron (1977, JASA 72:557): when d patients die at one time, the risk-set sum in the
 * denominator is taken d times, with the dying patients' share reduced by 0, 1/d, ..., (d-1)/d,
 * as if they had died one after another in an unknown order. Unlike Breslow's approximation this
 * is close to the exact partial likelihood even with many ties (whole days, rounded hours).
 *
 * <p>Covariates are centred on their means, as R centres them: the likelihood is unchanged
 * (exp(xβ) gains a common factor that cancels) but exp(xβ) stays in range.
 */
final class EfronLikelihood {

    /**
     * The value of the likelihood at one β. Arrays are owned by the caller once returned.
     *
     * @param logLikelihood the log partial likelihood
     * @param score         its gradient, length p
     * @param information   minus its Hessian, p × p, symmetric
     */
    record Evaluation(double logLikelihood, double[] score, double[][] information) {
    }

    private final double[] time;
    private final boolean[] event;
    private final double[][] x;

    /**
     * @param sorted observations in ascending time
     * @param means  the covariate means to centre on
     */
    EfronLikelihood(List<SurvivalObservation> sorted, double[] means) {
        int n = sorted.size();
        time = new double[n];
        event = new boolean[n];
        x = new double[n][];
        for (int i = 0; i < n; i++) {
            SurvivalObservation o = sorted.get(i);
            time[i] = o.time();
            event[i] = o.event();
            x[i] = o.covariates();
            for (int j = 0; j < means.length; j++) {
                x[i][j] -= means[j];
            }
        }
    }

    /** The log partial likelihood, score and information at {@code beta}. */
    Evaluation at(double[] beta) {
        int p = beta.length;
        double logLik = 0;
        double[] u = new double[p];
        double[][] imat = new double[p][p];
        // sums over the risk set so far (all with a later time, plus this time's censored), and
        // over this time's deaths; only the lower triangles of the matrices are kept
        double denom = 0;
        double[] a = new double[p];
        double[][] cmat = new double[p][p];
        double[] a2 = new double[p];
        double[][] cmat2 = new double[p][p];
        for (int person = time.length - 1; person >= 0;) {
            double dtime = time[person];
            int deaths = 0;
            double denom2 = 0;
            for (; person >= 0 && time[person] == dtime; person--) {
                double[] xi = x[person];
                double zbeta = 0;
                for (int j = 0; j < p; j++) {
                    zbeta += beta[j] * xi[j];
                }
                double risk = Math.exp(zbeta);
                if (event[person]) {
                    deaths++;
                    denom2 += risk;
                    logLik += zbeta;
                    for (int j = 0; j < p; j++) {
                        u[j] += xi[j];
                        a2[j] += risk * xi[j];
                        for (int k = 0; k <= j; k++) {
                            cmat2[j][k] += risk * xi[j] * xi[k];
                        }
                    }
                } else {
                    denom += risk;
                    for (int j = 0; j < p; j++) {
                        a[j] += risk * xi[j];
                        for (int k = 0; k <= j; k++) {
                            cmat[j][k] += risk * xi[j] * xi[k];
                        }
                    }
                }
            }
            if (deaths == 0) {
                continue;
            }
            // the deaths enter the sums 1/d at a time: with one death this is Breslow's term
            for (int r = 0; r < deaths; r++) {
                denom += denom2 / deaths;
                logLik -= Math.log(denom);
                for (int j = 0; j < p; j++) {
                    a[j] += a2[j] / deaths;
                    double mean = a[j] / denom;
                    u[j] -= mean;
                    for (int k = 0; k <= j; k++) {
                        cmat[j][k] += cmat2[j][k] / deaths;
                        imat[j][k] += (cmat[j][k] - mean * a[k]) / denom;
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                a2[j] = 0;
                Arrays.fill(cmat2[j], 0);
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                imat[k][j] = imat[j][k];
            }
        }
        return new Evaluation(logLik, u, imat);
    }
}
