package org.cytostorm.cohort.population;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

/**
 * The Gaussian copula against its closed form: for normal scores of correlation rho, the Spearman
 * (rank) correlation of any increasing transforms of them is (6/π)·asin(rho/2) (Pearson 1907;
 * Kruskal 1958), whatever the marginals, truncation included (a quantile is increasing).
 */
class CopulaTest {

    private static final int N = 20_000;

    private static double rhoS(double rho) {
        return 6 / Math.PI * Math.asin(rho / 2);
    }

    /**
     * The standard error of a sample Spearman correlation r_S, from the Fieller, Hartley and Pearson
     * (1957) variance of atanh(r_S), 1.06 / (n - 3), by the delta method.
     */
    private static double se(double rs) {
        return (1 - rs * rs) * Math.sqrt(1.06 / (N - 3));
    }

    @Test
    void rankCorrelationsMatchTheGaussianCopula() {
        Population p = Specs.population("""
                defaults: fixed
                covariates:
                  weight: {value: 80, distribution: "lognormal(0.2, 40..160)"}
                parameters:
                  p_il18_auto: {value: 500, distribution: "lognormal(0.3)"}
                  fs_above: uniform
                  Temp_b: {value: 36.8, distribution: "normal(0.2)"}
                  k_pg: {value: 0.3, distribution: "lognormal(0.3)"}
                correlations:
                  - {between: [p_il18_auto, fs_above], rho: 0.6}
                  - {between: [fs_above, Temp_b], rho: -0.4}
                  - {between: [weight, p_il18_auto], rho: 0.3}
                filter: none
                """, 7);
        List<VirtualPatient> patients = Specs.draw(p, N);
        Map<String, ToDoubleFunction<VirtualPatient>> vars = Map.of(
                "p_il18_auto", v -> v.parameters().get("p_il18_auto"),
                "fs_above", v -> v.parameters().get("fs_above"),
                "Temp_b", v -> v.parameters().get("Temp_b"),
                "k_pg", v -> v.parameters().get("k_pg"),
                "weight", v -> v.covariates().weightKg());
        // the written correlations, and the ones the spec leaves at 0 (k_pg is in no entry)
        Object[][] pairs = {
            {"p_il18_auto", "fs_above", 0.6},
            {"fs_above", "Temp_b", -0.4},
            {"weight", "p_il18_auto", 0.3},
            {"p_il18_auto", "Temp_b", 0.0},
            {"weight", "fs_above", 0.0},
            {"k_pg", "p_il18_auto", 0.0},
        };
        for (Object[] pair : pairs) {
            double[] a = patients.stream().mapToDouble(vars.get((String) pair[0])).toArray();
            double[] b = patients.stream().mapToDouble(vars.get((String) pair[1])).toArray();
            double expected = rhoS((Double) pair[2]);
            double r = new SpearmansCorrelation().correlation(a, b);
            assertEquals(expected, r, 4 * se(expected), pair[0] + " ~ " + pair[1]);
        }
    }

    @Test
    void theFirstCorrelatedVariableKeepsItsIndependentDraw() {
        // z_1 = L_11 e_1 = e_1: correlating a parameter with others does not change its own draws
        // when it is named first, so adding a correlation disturbs as little as it can
        Population alone = Specs.population("""
                defaults: fixed
                parameters: {p_il18_auto: "lognormal(0.3)", fs_above: uniform}
                filter: none
                """, 11);
        Population correlated = Specs.population("""
                defaults: fixed
                parameters: {p_il18_auto: "lognormal(0.3)", fs_above: uniform}
                correlations: [{between: [p_il18_auto, fs_above], rho: 0.8}]
                filter: none
                """, 11);
        for (int i = 0; i < 100; i++) {
            assertEquals(alone.draw(i).parameters().get("p_il18_auto"), correlated.draw(i).parameters().get("p_il18_auto"));
        }
    }

    @Test
    void aMatrixIsJudgedWhole() {
        // a ~ b 0.9 and b ~ c 0.9 with a ~ c at 0 is impossible, but the third entry a ~ c 0.8 makes
        // it possible (det = 1 - 0.81 - 0.81 - 0.64 + 2 * 0.9 * 0.9 * 0.8 = 0.036 > 0)
        Population p = Specs.population("""
                defaults: fixed
                parameters: {k_pg: "lognormal(0.3)", k_pm: "lognormal(0.3)", k_pn: "lognormal(0.3)"}
                correlations:
                  - {between: [k_pg, k_pm], rho: 0.9}
                  - {between: [k_pm, k_pn], rho: 0.9}
                  - {between: [k_pg, k_pn], rho: 0.8}
                filter: none
                """, 3);
        assertEquals(3, p.variedParameters().size());
    }
}
