package org.cytostorm.engine.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.solve.Method;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.engine.testing.Models;
import org.cytostorm.engine.testing.SharedReference;
import org.cytostorm.engine.testing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reynolds et al. 2006 (PMID 16584750, BIOMD0000000714) from its Antimony file: the HealthyOutcome
 * reference trajectory (COPASI LSODA, rtol 1e-6, atol 1e-12) and the paper's three outcomes.
 */
class Reynolds2006Test {

    private static final CompiledModel MODEL = Models.compile(TestModels.reynolds());

    /** The reference CSV by column name (the task suffixes "_N_task1" removed; "" is time). */
    private static Map<String, double[]> reference() throws IOException {
        List<String> lines = Files.readAllLines(SharedReference.reynoldsDir().resolve("plot_1_task1.csv"));
        String[] header = lines.get(0).split(",");
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            double[] values = new double[lines.size() - 1];
            for (int r = 1; r < lines.size(); r++) {
                values[r - 1] = Double.parseDouble(lines.get(r).split(",")[c]);
            }
            columns.put(header[c].replaceAll("_\\d+_task1$", ""), values);
        }
        return columns;
    }

    @ParameterizedTest
    @EnumSource(value = Method.class, names = {"AUTO", "RODAS5P", "RODAS4", "DOPRI853"})
    void reproducesTheReferenceTrajectoryAtEveryPoint(Method method) throws IOException {
        Map<String, double[]> ref = reference();
        double[] times = ref.get("");
        Solution s = MODEL.problem().withTimes(0, 200, times)
                .withOptions(SolverOptions.DEFAULTS.withMethod(method).withTolerances(1e-10, 1e-14)).solve();
        assertTrue(s.isSuccess(), s.message());
        assertEquals(101, s.rows());
        int checked = 0;
        for (Map.Entry<String, double[]> column : ref.entrySet()) {
            if (column.getKey().isEmpty()) {
                continue;
            }
            double[] expected = column.getValue();
            boolean hill6 = column.getKey().equals("f_s_f_Nstar");
            for (int r = 0; r < times.length; r++) {
                double actual = s.value(column.getKey(), r);
                double e = expected[r];
                // f_s = f^6/(x^6 + f^6) turns a relative error eps in f into 6 (1 - f_s) eps; the
                // reference's own states carry about 3e-5 relative error (its README), which this
                // steep Hill function amplifies past 1e-4 (up to 1.5e-4 at t = 152). So that one
                // column is held to the 1e-4 budget propagated through its condition number.
                double relative = hill6 ? 1e-4 * Math.max(1, 6 * (1 - e)) : 1e-4;
                assertEquals(e, actual, relative * Math.abs(e) + 1e-9, column.getKey() + " at t = " + times[r]);
                checked++;
            }
        }
        assertEquals(8 * 101, checked, "all eight columns compared at every time");
    }

    @Test
    void theHealthyRunStaysHealthyAtTheDefaultTolerances() {
        Solution s = MODEL.problem().withUniformTimes(0, 1000, 11).solve();
        assertEquals(Outcome.HEALTH, Outcome.of(s));
    }

    enum Outcome {
        HEALTH, ASEPTIC_DEATH, SEPTIC_DEATH, UNCLASSIFIED;

        /**
         * The paper's outcomes at a late time: health returns every variable to baseline; aseptic
         * death clears the pathogen but tissue damage stays high; septic death leaves the pathogen
         * growing and damage high. The damage threshold 10 is three times the healthy run's peak.
         */
        static Outcome of(Solution s) {
            double p = s.last("P");
            double d = s.last("D");
            double n = s.last("Nstar");
            if (p < 1e-6 && d < 1e-3 && n < 1e-3) {
                return HEALTH;
            }
            if (p < 1e-6 && d > 10) {
                return ASEPTIC_DEATH;
            }
            if (p > 1 && d > 10) {
                return SEPTIC_DEATH;
            }
            return UNCLASSIFIED;
        }
    }

    @Test
    void theThreeScenariosReachTheThreePublishedOutcomes() throws IOException {
        List<String> rows = Files.readAllLines(SharedReference.reynoldsDir().resolve("scenarios.csv"));
        assertEquals("scenario,P0,kpg", rows.get(0));
        Map<String, Outcome> expected = Map.of("HealthyOutcome", Outcome.HEALTH, "AsepticDeath",
                Outcome.ASEPTIC_DEATH, "SepticDeath", Outcome.SEPTIC_DEATH);
        List<String> seen = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            Solution s = MODEL.problem().with("P", Double.parseDouble(f[1])).with("k_pg", Double.parseDouble(f[2]))
                    .withUniformTimes(0, 1000, 101)
                    .withOptions(SolverOptions.DEFAULTS.withTolerances(1e-8, 1e-12)).solve();
            assertTrue(s.isSuccess(), s.message());
            assertEquals(expected.get(f[0]), Outcome.of(s), f[0]);
            seen.add(f[0]);
        }
        assertEquals(3, seen.size());
    }
}
