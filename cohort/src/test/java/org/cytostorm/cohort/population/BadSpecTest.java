package org.cytostorm.cohort.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of a population spec names file, line and key, before any patient runs: the reader
 * refuses what the spec alone shows, {@link Population#of} what shows only with the scenario (a
 * filter no draw passes).
 */
class BadSpecTest {

    /** Reading {@code yaml} is refused at {@code line} and {@code key}, the message holding each fragment. */
    private static void refused(String yaml, int line, String key, String... fragments) {
        InputException e = assertThrows(InputException.class, () -> Specs.read(yaml), yaml);
        located(e, line, key, fragments);
    }

    private static void located(InputException e, int line, String key, String... fragments) {
        assertEquals(Specs.FILE, e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.getMessage().startsWith(Specs.FILE + (line > 0 ? ":" + line : "") + ": " + key + ": "),
                e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' in: " + e.getMessage());
        }
    }

    @Test
    void anUnknownParameter() {
        refused("""
                name: x
                parameters:
                  k_pgg: lognormal(0.3)
                """, 3, "parameters.k_pgg", "unknown parameter 'k_pgg'", "did you mean 'k_pg'?");
    }

    @Test
    void aCovariateWrittenAsAParameter() {
        refused("""
                parameters:
                  weight: normal(10)
                """, 2, "parameters.weight", "covariates.weight");
    }

    @Test
    void impossibleDistributions() {
        // k_pg: plausible range 0.05..1 1/h
        refused("""
                parameters:
                  k_pg: lognormal(-0.3)
                """, 2, "parameters.k_pg", "CV of lognormal must be a positive number");
        refused("""
                parameters:
                  k_pg: lognormal(0.3, 0.01..0.5)
                """, 2, "parameters.k_pg", "within the plausible range", "[0.05, 1]");
        refused("""
                parameters:
                  k_pg:
                    value: 0.2
                    distribution: normal(0.05, 0.8..0.2)
                """, 4, "parameters.k_pg.distribution", "lower above the upper");
        refused("""
                parameters:
                  sw_perforin: "categorical(0: 0, 1: 0)"
                """, 2, "parameters.sw_perforin", "weight of category 0 must be a positive number");
        refused("""
                parameters:
                  sw_il6r: uniform
                """, 2, "parameters.sw_il6r", "is a mechanism switch (0 or 1)", "categorical(0: 0.5, 1: 0.5)");
        refused("""
                parameters:
                  lps_repeats: "categorical(0: 0.5, 2.5: 0.5)"
                """, 2, "parameters.lps_repeats", "is a count (a whole number): category 2.5 is a count");
        refused("""
                parameters:
                  lps_repeats: normal(2)
                """, 2, "parameters.lps_repeats", "would draw values it cannot take");
        refused("""
                parameters:
                  k_pg: gamma(2)
                """, 2, "parameters.k_pg", "unknown distribution 'gamma'");
        refused("""
                covariates:
                  sex: {female: 0, male: 0}
                """, 2, "covariates.sex", "sum to more than 0");
        refused("""
                covariates:
                  weight: normal(10, 10..90)
                """, 2, "covariates.weight", "within the plausible range [20.0, 250.0]");
        refused("""
                covariates:
                  comorbidities:
                    ckd: 1.5
                """, 3, "covariates.comorbidities.ckd", "out of range");
    }

    @Test
    void aCorrelationOfAVariableWithoutAContinuousDistribution() {
        // cart_dose is fixed in the table (the trigger's dose); sw_perforin made categorical
        refused("""
                correlations:
                  - {between: [k_pg, cart_dose], rho: 0.3}
                """, 2, "correlations[0].between[1]", "cart_dose has no continuous distribution", "fixed");
        refused("""
                parameters:
                  sw_perforin: "categorical(0: 1, 1: 9)"
                correlations:
                  - between: [sw_perforin, k_pg]
                    rho: 0.3
                """, 4, "correlations[0].between[0]", "sw_perforin has no continuous distribution",
                "parameters.sw_perforin");
        refused("""
                defaults: fixed
                correlations:
                  - {between: [k_pg, weight], rho: 0.3}
                """, 3, "correlations[0].between[0]", "k_pg has no continuous distribution", "defaults: fixed");
    }

    @Test
    void aCorrelationOutsideMinusOneToOne() {
        refused("""
                correlations:
                  - between: [k_pg, k_pm]
                    rho: 1.2
                """, 3, "correlations[0].rho", "between -1 and 1", "1.2");
    }

    @Test
    void correlationsThatNoPopulationCanHave() {
        // each pair is possible, the three together are not: det = 1 - 3(0.81) - 2(0.729) < 0
        refused("""
                correlations:
                  - {between: [k_pg, k_pm], rho: 0.9}
                  - {between: [k_pm, k_pn], rho: 0.9}
                  - {between: [k_pg, k_pn], rho: -0.9}
                """, 4, "correlations[2]", "not positive definite", "correlations of k_pg, k_pm, k_pn (lines 2, 3, 4;");
        refused("""
                correlations:
                  - {between: [k_pg, k_pm], rho: 1}
                """, 2, "correlations[0]", "not positive definite");
        refused("""
                correlations:
                  - {between: [k_pg, k_pm], rho: 0.2}
                  - {between: [k_pm, k_pg], rho: 0.3}
                """, 3, "correlations[1]", "given twice (first at line 2)");
        refused("""
                correlations:
                  - {between: [k_pg, k_pg], rho: 0.2}
                """, 2, "correlations[0]", "with itself");
    }

    @Test
    void badDependencies() {
        refused("""
                parameters:
                  CL_dex:
                    depends: {covariate: wieght, exponent: 0.75, reference: 70}
                """, 3, "parameters.CL_dex.depends.covariate", "unknown covariate 'wieght'", "did you mean 'weight'?");
        refused("""
                parameters:
                  fs_above:
                    depends: {covariate: female, factor: 2}
                """, 3, "parameters.fs_above.depends", "has no centre");
        refused("""
                parameters:
                  CL_dex:
                    depends: {covariate: weight, factor: 2}
                """, 3, "parameters.CL_dex.depends.factor", "unknown key 'factor'");
        refused("""
                parameters:
                  CL_dex:
                    depends: {covariate: weight, exponent: 0.75, reference: 0}
                """, 3, "parameters.CL_dex.depends.reference", "more than 0");
        refused("""
                parameters:
                  CL_dex:
                    depends: {covariate: age, exponent: -1, reference: 50}
                """, 3, "parameters.CL_dex.depends.exponent", "infinite at age 0");
    }

    @Test
    void badFilters() {
        refused("""
                filter:
                  heart_rate: 50..100
                """, 2, "filter.heart_rate", "unknown output column");
        refused("""
                filter:
                  HR: 100..50
                """, 2, "filter.HR", "lower end above its upper end");
        refused("""
                filter:
                  HR: 50-100
                """, 2, "filter.HR", "expected a range LO..HI");
        refused("""
                filter: strict
                """, 1, "filter", "one of: standard, none");
    }

    @Test
    void unknownKeys() {
        refused("""
                name: x
                paramters: {}
                """, 2, "paramters", "unknown key", "did you mean 'parameters'?");
    }

    @Test
    void aFilterThatRejectsEveryDrawIsRefusedWhenThePopulationIsMade() {
        PopulationSpec spec = Specs.read("""
                defaults: fixed
                parameters:
                  Temp_b: normal(0.2)
                filter:
                  temperature: 40..41
                  HR: 60..100
                """);
        InputException e = assertThrows(InputException.class,
                () -> Population.of(spec, Specs.carT(), Specs.SIMULATOR, 1));
        located(e, 5, "filter.temperature", "plausibility filter 'spec' rejected all 1000 draws",
                "temperature 40..41 rejected 1000", "widen");
    }

    @Test
    void theDefaultFilterRejectingEveryDrawNamesTheFilterKey() {
        // a population whose every patient has a resting heart rate of 40, below the standard
        // filter's 50..100: the standard filter (not written) refuses it at the file's filter key, line 0
        PopulationSpec spec = Specs.read("""
                defaults: fixed
                parameters:
                  HR_b: {value: 40, distribution: "fixed"}
                """);
        InputException e = assertThrows(InputException.class,
                () -> Population.of(spec, Specs.carT(), Specs.SIMULATOR, 1));
        located(e, 0, "filter", "filter 'standard' (a spec without a filter key has the standard filter",
                "rejected all 1000 draws", "HR 50..100 rejected 1000");
    }
}
