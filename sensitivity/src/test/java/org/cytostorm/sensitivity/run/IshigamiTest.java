package org.cytostorm.sensitivity.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cytostorm.common.io.Csv;
import org.cytostorm.sensitivity.Factor;
import org.cytostorm.sensitivity.Factors;
import org.cytostorm.sensitivity.Method;
import org.cytostorm.sensitivity.Models;
import org.cytostorm.sensitivity.estimate.SobolIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, acceptance 1: Sobol indices of the Ishigami function, a text model run by the engine
 * through the whole job (design, evaluations, estimates, files), against the closed form (Sobol'
 * and Levitan 1999; Saltelli et al., Comput Phys Commun 2010;181:259, whose table gives S1 = 0.3139,
 * 0.4424, 0 and ST = 0.5576, 0.4424, 0.2437 for a = 7, b = 0.1) at 2^14 base samples.
 */
class IshigamiTest {

    private static final double A = 7;
    private static final double B = 0.1;
    private static final int N = 1 << 14;

    @TempDir
    static Path dir;

    private static SensitivityResult result;

    @BeforeAll
    static void analyse() throws Exception {
        List<String> xs = List.of("x1", "x2", "x3");
        List<Factor> factors = Factors.ofModel(List.of("x1=uniform(-3.141592653589793..3.141592653589793)",
                "x2=uniform(-3.141592653589793..3.141592653589793)", "x3=uniform(-3.141592653589793..3.141592653589793)"),
                name -> 0.0);
        SensitivityJob.Options o = new SensitivityJob.Options(Method.SOBOL, "ishigami.ant", Map.of(), factors,
                Models.evaluator("ishigami.ant", xs, "y"), N, 4, 1, 200, 2, 4096);
        result = new SensitivityJob(SensitivityJob.outputs()).run(o, dir.resolve("out"), "out", (d, t) -> { }, null);
    }

    /** The closed form: partial variances of the three inputs (Sobol' and Levitan 1999). */
    private static double[][] analytic() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}};
    }

    @Test
    void closedFormIsThePublishedTable() {
        double[][] exact = analytic();
        double[] s1 = {0.3139, 0.4424, 0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertEquals(s1[i], exact[0][i], 1e-4, "S1 of x" + (i + 1));
            assertEquals(st[i], exact[1][i], 1e-4, "ST of x" + (i + 1));
        }
    }

    @Test
    void indicesMatchTheClosedFormWithinTwoHundredths() {
        double[][] exact = analytic();
        for (int i = 0; i < 3; i++) {
            String x = "x" + (i + 1);
            SobolIndex s = result.sobol("y").stream().filter(v -> v.parameter().equals(x)).findFirst().orElseThrow();
            assertEquals(exact[0][i], s.first().estimate(), 0.02, "S1 of " + x + " (Saltelli 2010: " + exact[0][i] + ")");
            assertEquals(exact[1][i], s.total().estimate(), 0.02, "ST of " + x + " (Saltelli 2010: " + exact[1][i] + ")");
            assertTrue(s.first().lo() <= s.first().estimate() && s.first().estimate() <= s.first().hi(), x + " S1 interval");
            assertTrue(s.total().hi() - s.total().lo() < 0.1, x + " ST interval " + s.total());
            assertEquals(N, s.samples());
        }
    }

    @Test
    void filesHoldTheRankedIndicesAndEveryEvaluation() throws Exception {
        Path out = dir.resolve("out");
        List<Csv.Row> indices = Csv.read(Files.readString(out.resolve(SensitivityJob.INDICES)), "indices.csv");
        assertEquals(List.of("parameter", "output", "S1", "S1_lo", "S1_hi", "ST", "ST_lo", "ST_hi", "samples"),
                indices.get(0).cells());
        // ranked by total index: x1 (0.558), x2 (0.442), x3 (0.244)
        assertEquals(List.of("x1", "x2", "x3"), indices.subList(1, 4).stream().map(r -> r.cell(0)).toList());
        List<Csv.Row> evaluations = Csv.read(Files.readString(out.resolve(SensitivityJob.EVALUATIONS)), "e");
        assertEquals(1 + (long) N * 5, evaluations.size());
        // every row's y is the Ishigami function of its x's, computed here
        for (int r = 1; r < evaluations.size(); r += 997) {
            Csv.Row row = evaluations.get(r);
            double x1 = Double.parseDouble(row.cell(2));
            double x2 = Double.parseDouble(row.cell(3));
            double x3 = Double.parseDouble(row.cell(4));
            double y = Math.sin(x1) + A * Math.pow(Math.sin(x2), 2) + B * Math.pow(x3, 4) * Math.sin(x1);
            assertEquals(y, Double.parseDouble(row.cell(5)), 1e-9 * Math.max(1, Math.abs(y)), "row " + r);
        }
        assertTrue(Files.isRegularFile(out.resolve(SensitivityJob.SUMMARY)));
    }
}
