package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cytostorm sensitivity}: a model file and a scenario end to end, and bad input refused with exit 2. */
class SensitivityCommandTest {

    @TempDir
    Path dir;

    private Path linear() throws IOException {
        Path f = dir.resolve("linear.ant");
        Files.writeString(f, "model linear()\n  a = 1\n  b = 1\n  c = 1\n  y := 3*a - 2*b + 0*c\nend\n");
        return f;
    }

    @Test
    void aModelFilesMorrisEffectsAreItsSlopes() throws IOException {
        Path out = dir.resolve("m");
        CliRun r = CliRun.of("sensitivity", linear().toString(), "--method", "morris", "--parameters",
                "a=uniform(0..2),b=uniform(0..2),c=uniform(0..2)", "--outputs", "y", "--end", "1", "--samples", "8",
                "--threads", "2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("indices.csv"));
        assertEquals("parameter,output,mu,mu_star,mu_star_lo,mu_star_hi,sigma,effects", lines.get(0));
        // a move of half the quantile range moves a uniform(0..2) input by 1: the effect per unit of
        // quantile is twice the slope
        assertTrue(lines.get(1).startsWith("a,y,6.0,6.0,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("b,y,-4.0,4.0,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("c,y,0.0,0.0,"), lines.get(3));
        for (String f : List.of("evaluations.csv", "summary.json", "report.html", "run.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(r.out().contains("wrote " + out), r.out());
    }

    @Test
    void aScenarioRunsOverTheTablesDistributions() throws IOException {
        Path out = dir.resolve("s");
        CliRun r = CliRun.of("sensitivity", "car-t-axi-cel", "--parameters", "K_il10,cart_prolif", "--samples", "2",
                "--outputs", "peak_il6,max:ferritin", "--out", out.toString(), "--bootstrap", "0");
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Evidence") && html.contains("K_il10"), "the report names the evidence of each parameter");
        List<String> lines = Files.readAllLines(out.resolve("evaluations.csv"));
        assertEquals("row,point,K_il10,cart_prolif,peak_il6,max:ferritin,failure", lines.get(0));
        assertEquals(1 + 2 * 3, lines.size());
    }

    @Test
    void badInputIsNamedAndExitsTwo() throws IOException {
        String model = linear().toString();
        String[][] cases = {
            {"sensitivity", model, "--end", "1", "--outputs", "y", "--parameters", "a"},
            {"sensitivity", model, "--end", "1", "--outputs", "y", "--parameters", "zz=uniform(0..1)"},
            {"sensitivity", model, "--end", "1", "--outputs", "nothing", "--parameters", "a=uniform(0..1)"},
            {"sensitivity", model, "--outputs", "y", "--parameters", "a=uniform(0..1)"},
            {"sensitivity", model, "--end", "1", "--outputs", "y", "--parameters", "a=uniform(0..1)", "--method", "fast"},
            {"sensitivity", "car-t-axi-cel", "--parameters", "weight"},
            {"sensitivity", "car-t-axi-cel", "--parameters", "sw_il6r"},
            {"sensitivity", "car-t-axi-cel", "--outputs", "max:nonsense"},
            {"sensitivity", "car-t-axi-cel", "--method", "sobol", "--samples", "1"},
        };
        String[] says = {"a=uniform(LO..HI)", "'zz'", "nothing", "--end", "morris or sobol", "covariate", "switch",
            "nonsense", "--samples"};
        for (int i = 0; i < cases.length; i++) {
            CliRun r = CliRun.of(cases[i]);
            assertEquals(2, r.exitCode(), String.join(" ", cases[i]) + ": " + r.err());
            assertTrue(r.err().contains(says[i]), String.join(" ", cases[i]) + ": " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }
}
