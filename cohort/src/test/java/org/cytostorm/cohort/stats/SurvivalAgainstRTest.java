package org.cytostorm.cohort.stats;

import static org.cytostorm.cohort.stats.RReference.assertClose;
import static org.cytostorm.cohort.stats.RReference.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kaplan–Meier, median, log-rank and Cox results against R's survival package 3.5-3 (R 4.2.2,
 * Debian 12), to 1e-6 (relative above 1), on the data sets of cohort/src/test/r/survival-reference.R:
 * <ul>
 * <li>{@code aml}: maintenance chemotherapy in acute myelogenous leukaemia (Embury et al. 1977;
 * Miller, Survival Analysis, Wiley 1981), R's {@code survival::aml}, two groups, tied times;</li>
 * <li>{@code veteran}: the Veterans' Administration lung cancer trial (Kalbfleisch and Prentice, The
 * Statistical Analysis of Failure Time Data, Wiley 1980), R's {@code survival::veteran}, four cell
 * types, six covariates, 36 tied times;</li>
 * <li>{@code trial}, {@code threearm}: trials simulated in the R script with fixed seeds, in whole
 * days (many ties) and half hours;</li>
 * <li>{@code edges}: hand-made curves that reach 0, sit at exactly 0.5, end flat at 0.5, or never
 * reach it.</li>
 * </ul>
 * Both sides read the same data file. The expected values were written by R, never by this code.
 */
class SurvivalAgainstRTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"aml", "veteran", "trial", "threearm", "edges"})
    void kaplanMeierMatchesSurvfit(String name) {
        // GIVEN the data and R's survfit rows, by group then pooled ("all")
        RReference.DataSet data = RReference.data(name);
        List<Map<String, String>> expected = RReference.kaplanMeier(name);

        // WHEN the curves are fitted
        List<SurvivalCurve> byGroup = KaplanMeier.byGroup(data.observations());
        List<String> labels = new ArrayList<>();
        List<SurvivalCurve.Step> steps = new ArrayList<>();
        for (int g = 0; g < byGroup.size(); g++) {
            for (SurvivalCurve.Step s : byGroup.get(g).steps()) {
                labels.add(Integer.toString(g));
                steps.add(s);
            }
        }
        for (SurvivalCurve.Step s : KaplanMeier.fit(data.observations()).steps()) {
            labels.add("all");
            steps.add(s);
        }

        // THEN every row agrees
        assertEquals(expected.size(), steps.size(), name + ": number of rows");
        for (int i = 0; i < steps.size(); i++) {
            Map<String, String> r = expected.get(i);
            SurvivalCurve.Step s = steps.get(i);
            String at = name + " group " + r.get("group") + " t=" + r.get("time") + ": ";
            assertEquals(r.get("group"), labels.get(i), at + "group");
            assertEquals(number(r.get("time")), s.time(), at + "time");
            assertEquals(number(r.get("n_risk")), s.atRisk(), at + "n.risk");
            assertEquals(number(r.get("n_event")), s.events(), at + "n.event");
            assertEquals(number(r.get("n_censor")), s.censored(), at + "n.censor");
            assertClose(number(r.get("surv")), s.survival(), at + "surv");
            assertClose(number(r.get("std_err_log")), s.logStdErr(), at + "std.err (of log S)");
            assertClose(number(r.get("std_err")), s.stdErr(), at + "std.err (of S)");
            assertClose(number(r.get("lower")), s.lower(), at + "lower");
            assertClose(number(r.get("upper")), s.upper(), at + "upper");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"aml", "veteran", "trial", "threearm", "edges"})
    void medianMatchesQuantileSurvfit(String name) {
        RReference.DataSet data = RReference.data(name);
        Map<String, Double> r = RReference.values(name);

        List<SurvivalCurve> byGroup = KaplanMeier.byGroup(data.observations());
        MedianSurvival pooled = KaplanMeier.fit(data.observations()).median();

        for (int g = 0; g < byGroup.size(); g++) {
            MedianSurvival m = byGroup.get(g).median();
            assertClose(r.get("median." + g), m.estimate(), name + " median of group " + g);
            assertClose(r.get("median_lower." + g), m.lower(), name + " median lower limit of group " + g);
            assertClose(r.get("median_upper." + g), m.upper(), name + " median upper limit of group " + g);
        }
        assertClose(r.get("median.all"), pooled.estimate(), name + " pooled median");
        assertClose(r.get("median_lower.all"), pooled.lower(), name + " pooled median lower limit");
        assertClose(r.get("median_upper.all"), pooled.upper(), name + " pooled median upper limit");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"aml", "veteran", "trial", "threearm", "edges"})
    void logRankMatchesSurvdiff(String name) {
        RReference.DataSet data = RReference.data(name);
        Map<String, Double> r = RReference.values(name);

        LogRankTest test = LogRankTest.of(data.observations());

        for (LogRankTest.GroupCount g : test.groups()) {
            assertEquals(r.get("logrank.n." + g.group()), g.n(), name + " n of group " + g.group());
            assertEquals(r.get("logrank.observed." + g.group()), g.observed(), name + " observed in " + g.group());
            assertClose(r.get("logrank.expected." + g.group()), g.expected(), name + " expected in " + g.group());
        }
        assertClose(r.get("logrank.chisq"), test.test().statistic(), name + " chi-square");
        assertEquals(r.get("logrank.df"), test.test().degreesOfFreedom(), name + " df");
        assertCloseP(r.get("logrank.p"), test.test().p(), name + " p");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"aml", "veteran", "trial", "threearm", "edges"})
    void coxMatchesCoxph(String name) {
        RReference.DataSet data = RReference.data(name);
        Map<String, Double> r = RReference.values(name);

        for (String model : List.of("first", "all")) {
            int p = model.equals("first") ? 1 : data.covariates().size();
            List<String> names = data.covariates().subList(0, p);
            CoxModel fit = CoxRegression.fit(data.withFirstCovariates(p), names);

            String at = name + " cox." + model + ".";
            assertTrue(fit.converged(), at + " converged");
            assertEquals(r.get("cox." + model + ".iterations"), fit.iterations(), at + "iterations (R's count)");
            assertEquals(r.get("cox." + model + ".n"), fit.observations(), at + "n");
            assertEquals(r.get("cox." + model + ".events"), fit.events(), at + "events");
            for (String v : names) {
                CoxCoefficient c = fit.coefficient(v);
                assertClose(r.get("cox." + model + ".coef." + v), c.coefficient(), at + "coef " + v);
                assertClose(r.get("cox." + model + ".se." + v), c.standardError(), at + "se " + v);
                assertClose(r.get("cox." + model + ".hr." + v), c.hazardRatio(), at + "hazard ratio " + v);
                assertClose(r.get("cox." + model + ".hr_lower." + v), c.lower(), at + "lower .95 " + v);
                assertClose(r.get("cox." + model + ".hr_upper." + v), c.upper(), at + "upper .95 " + v);
                assertClose(r.get("cox." + model + ".z." + v), c.z(), at + "z " + v);
                assertCloseP(r.get("cox." + model + ".p." + v), c.p(), at + "p " + v);
                assertTrue(!c.possiblyInfinite(), at + v + " flagged possibly infinite; R did not warn");
            }
            assertClose(r.get("cox." + model + ".loglik0"), fit.logLikelihoodNull(), at + "loglik at 0");
            assertClose(r.get("cox." + model + ".loglik"), fit.logLikelihood(), at + "loglik");
            assertTest(r, "cox." + model + ".lrt", fit.likelihoodRatio(), at + "likelihood ratio test");
            assertTest(r, "cox." + model + ".wald", fit.wald(), at + "Wald test");
            assertTest(r, "cox." + model + ".score", fit.score(), at + "score test");
        }
    }

    private static void assertTest(Map<String, Double> r, String key, ChiSquareTest test, String what) {
        assertClose(r.get(key), test.statistic(), what + " statistic");
        assertEquals(r.get(key.substring(0, key.lastIndexOf('.')) + ".df"), test.degreesOfFreedom(), what + " df");
        assertCloseP(r.get(key + "_p"), test.p(), what + " p");
    }

    /**
     * A p-value: to 1e-6 absolute like the rest, and also to 1e-6 relative when it is small, so
     * that p = 1e-12 is not passed by p = 0.
     */
    private static void assertCloseP(double expected, double actual, String what) {
        assertClose(expected, actual, what);
        assertTrue(Math.abs(actual - expected) <= 1e-6 * expected,
                () -> what + ": R " + expected + ", Java " + actual + " (relative difference "
                        + (actual - expected) / expected + ")");
    }
}
