package org.cytostorm.cohort.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.AbstractRealDistribution;
import org.hipparchus.distribution.continuous.LogNormalDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.UniformRealDistribution;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 20,000 drawn patients against the distributions' closed forms, computed here from Hipparchus's
 * distributions and textbook formulas, not from cytostorm's quantile code.
 *
 * <p>Thresholds. Kolmogorov–Smirnov at p > 0.001: the draws are deterministic (one seed), so the
 * test either always passes or always fails, and with a correct sampler a p-value below 0.001 would
 * be a 1-in-1000 unlucky seed. At n = 20,000 it catches a CDF off by 0.015 or more (√n·D = 2.1,
 * p ≈ 2e-4): an ignored bound, a wrong centre, a σ 10% off (a σ 5% off gave p = 4e-4 when tried,
 * at the edge). Smaller errors are the moment checks' job: within four standard errors, written
 * out at each check (the σ of ln x is checked to 2%).
 */
class DistributionChecksTest {

    private static final int N = 20_000;
    private static final double P_MIN = 1e-3;

    private static List<VirtualPatient> patients;

    @BeforeAll
    static void drawTwentyThousand() {
        Population p = Specs.population("""
                defaults: fixed
                covariates:
                  weight: {value: 80, distribution: "normal(15, 40..150)"}
                  sex: {female: 0.3, male: 0.7}
                  comorbidities: {ckd: 0.25}
                parameters:
                  p_il18_auto: {value: 500, distribution: "lognormal(0.3)"}
                  K_il18_act: {value: 5000, distribution: "lognormal(0.8, 2000..10000)"}
                  Temp_b: {value: 36.8, distribution: "normal(0.2)"}
                  fs_above: uniform
                  sw_perforin: "categorical(0: 1, 1: 3)"
                  p_il1b_auto:
                    value: 2
                    distribution: lognormal(0.3)
                    depends: {covariate: weight, exponent: 0.75, reference: 70}
                  p_il18_ma:
                    value: 200
                    distribution: lognormal(0.3)
                    depends: [{covariate: ckd, factor: 0.5}, {covariate: female, factor: 2}]
                filter: none
                """, 20_240_516L);
        patients = Specs.draw(p, N);
    }

    private static double[] values(String name) {
        return patients.stream().mapToDouble(v -> v.parameters().get(name)).toArray();
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElseThrow();
    }

    private static double sd(double[] x) {
        double m = mean(x);
        return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
    }

    private static void ks(RealDistribution reference, double[] x, String what) {
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(reference, x);
        assertTrue(p > P_MIN, what + ": Kolmogorov-Smirnov p = " + p);
    }

    /** A distribution truncated to [lo, hi], from its untruncated CDF: (F(x) - F(lo)) / (F(hi) - F(lo)). */
    private static RealDistribution truncated(RealDistribution d, double lo, double hi) {
        double flo = d.cumulativeProbability(lo);
        double fhi = d.cumulativeProbability(hi);
        return new AbstractRealDistribution() {
            private static final long serialVersionUID = 1L;

            @Override
            public double cumulativeProbability(double x) {
                return x <= lo ? 0 : x >= hi ? 1 : (d.cumulativeProbability(x) - flo) / (fhi - flo);
            }

            @Override
            public double density(double x) {
                return x < lo || x > hi ? 0 : d.density(x) / (fhi - flo);
            }

            @Override
            public double getNumericalMean() {
                return Double.NaN;
            }

            @Override
            public double getNumericalVariance() {
                return Double.NaN;
            }

            @Override
            public double getSupportLowerBound() {
                return lo;
            }

            @Override
            public double getSupportUpperBound() {
                return hi;
            }

            @Override
            public boolean isSupportConnected() {
                return true;
            }
        };
    }

    @Test
    void aLogNormalHasTheMedianAndCvWritten() {
        double[] x = values("p_il18_auto");
        // lognormal(0.3) around 500: sigma of ln x = sqrt(ln(1 + 0.3^2)); the plausible range 0..5000
        // lies 7.8 sigma above the median, so the truncation removes nothing measurable
        double sigma = Math.sqrt(Math.log(1.09));
        ks(new LogNormalDistribution(Math.log(500), sigma), x, "p_il18_auto");
        // sample median: SE = 1 / (2 f(m) sqrt(n)), f(m) = 1 / (m sigma sqrt(2 pi)) -> 1.30
        double seMedian = 500 * sigma * Math.sqrt(2 * Math.PI) / (2 * Math.sqrt(N));
        assertEquals(500, median(x), 4 * seMedian);
        // sample CV: for a log-normal of CV 0.3 its SE is about CV sqrt((1 + 2 CV^2) / (2 n)) = 0.0016
        double seCv = 0.3 * Math.sqrt((1 + 2 * 0.09) / (2.0 * N));
        assertEquals(0.3, sd(x) / mean(x), 4 * seCv);
        // sd of ln x: SE = sigma / sqrt(2n)
        double[] logs = Arrays.stream(x).map(Math::log).toArray();
        assertEquals(sigma, sd(logs), 4 * sigma / Math.sqrt(2.0 * N));
    }

    @Test
    void aTruncatedLogNormalStaysInItsBoundsWithTheTruncatedShape() {
        double[] x = values("K_il18_act");
        assertTrue(Arrays.stream(x).allMatch(v -> v >= 2000 && v <= 10000), "bounds 2000..10000");
        double sigma = Math.sqrt(Math.log(1 + 0.64));
        RealDistribution t = truncated(new LogNormalDistribution(Math.log(5000), sigma), 2000, 10000);
        ks(t, x, "K_il18_act");
        // the bounds cut 1.30 and 1.05 sigma away: the truncated median lies where the truncated CDF is 1/2
        double[] s = x.clone();
        Arrays.sort(s);
        assertTrue(s[0] < 2000 * 1.01 && s[N - 1] > 10000 * 0.99, "the draws reach both bounds");
        assertEquals(0.5, t.cumulativeProbability(median(x)), 4 * 0.5 / Math.sqrt(N));
    }

    @Test
    void aTruncatedNormalHasTheTruncatedMean() {
        double[] x = values("Temp_b");
        // normal(0.2) around 36.8 within the plausible range 36.5..37.3 (-1.5 and +2.5 sigma)
        double mu = 36.8;
        double s = 0.2;
        double a = (36.5 - mu) / s;
        double b = (37.3 - mu) / s;
        NormalDistribution phi = new NormalDistribution(0, 1);
        double z = phi.cumulativeProbability(b) - phi.cumulativeProbability(a);
        double mean = mu + s * (phi.density(a) - phi.density(b)) / z;
        double var = s * s * (1 + (a * phi.density(a) - b * phi.density(b)) / z
                - Math.pow((phi.density(a) - phi.density(b)) / z, 2));
        assertTrue(Arrays.stream(x).allMatch(v -> v >= 36.5 && v <= 37.3));
        assertEquals(mean, mean(x), 4 * Math.sqrt(var / N));
        ks(truncated(new NormalDistribution(mu, s), 36.5, 37.3), x, "Temp_b");
    }

    @Test
    void aUniformCoversItsRange() {
        // fs_above: uniform over its plausible range 0..0.5
        ks(new UniformRealDistribution(0, 0.5), values("fs_above"), "fs_above");
    }

    @Test
    void categoriesComeWithTheirWeights() {
        double zeros = Arrays.stream(values("sw_perforin")).filter(v -> v == 0).count() / (double) N;
        assertTrue(Arrays.stream(values("sw_perforin")).allMatch(v -> v == 0 || v == 1));
        // weights 1 : 3 -> P(0) = 0.25, binomial SE sqrt(p (1 - p) / n)
        assertEquals(0.25, zeros, 4 * Math.sqrt(0.25 * 0.75 / N));
    }

    @Test
    void covariatesHaveTheirDistributions() {
        double[] w = patients.stream().mapToDouble(v -> v.covariates().weightKg()).toArray();
        assertTrue(Arrays.stream(w).allMatch(v -> v >= 40 && v <= 150));
        ks(truncated(new NormalDistribution(80, 15), 40, 150), w, "weight");
        double female = patients.stream().filter(v -> v.covariates().sex().equals("female")).count() / (double) N;
        assertEquals(0.3, female, 4 * Math.sqrt(0.3 * 0.7 / N));
        double ckd = patients.stream().filter(v -> v.covariates().has("ckd")).count() / (double) N;
        assertEquals(0.25, ckd, 4 * Math.sqrt(0.25 * 0.75 / N));
        // age was not given: the scenario's, for everyone
        assertTrue(patients.stream().allMatch(v -> v.covariates().ageYears() == 50));
    }

    @Test
    void anAllometricDependencyHasItsExponent() {
        // ln p = ln 2 + 0.75 ln(W / 70) + sigma Z, Z independent of W: least squares of ln p on ln(W/70)
        double[] lw = patients.stream().mapToDouble(v -> Math.log(v.covariates().weightKg() / 70)).toArray();
        double[] lp = Arrays.stream(values("p_il1b_auto")).map(Math::log).toArray();
        double mx = mean(lw);
        double my = mean(lp);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < N; i++) {
            sxy += (lw[i] - mx) * (lp[i] - my);
            sxx += (lw[i] - mx) * (lw[i] - mx);
        }
        double slope = sxy / sxx;
        double sigma = Math.sqrt(Math.log(1.09));
        // SE of a least-squares slope: sigma / sqrt(sxx)
        assertEquals(0.75, slope, 4 * sigma / Math.sqrt(sxx));
        assertEquals(Math.log(2), my - slope * mx, 4 * sigma / Math.sqrt(N) + 4 * sigma / Math.sqrt(sxx) * Math.abs(mx));
    }

    @Test
    void factorsMoveTheMedianOfTheirGroup() {
        // p_il18_ma: median 200, x 0.5 with ckd, x 2 when female; groups compared by their log means
        // (the log-mean of a log-normal group is ln of its median; SE sigma / sqrt(group size))
        double sigma = Math.sqrt(Math.log(1.09));
        double[][] groups = new double[4][];
        for (int g = 0; g < 4; g++) {
            boolean ckd = (g & 1) != 0;
            boolean female = (g & 2) != 0;
            groups[g] = patients.stream().filter(v -> v.covariates().has("ckd") == ckd
                    && v.covariates().sex().equals("female") == female)
                    .mapToDouble(v -> Math.log(v.parameters().get("p_il18_ma"))).toArray();
            double expected = Math.log(200 * (ckd ? 0.5 : 1) * (female ? 2 : 1));
            assertEquals(expected, mean(groups[g]), 4 * sigma / Math.sqrt(groups[g].length), "group " + g);
        }
    }
}
