package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    @TempDir
    Path dir;

    private static Path example() {
        String root = System.getProperty("cytostorm.root", "..");
        return Paths.get(root, "examples", "reynolds2006.ant");
    }

    private Path model(String text) throws IOException {
        Path f = dir.resolve("m.ant");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void writesTimeAndOneColumnPerSpeciesAndRuleVariable() throws IOException {
        Path out = dir.resolve("r.csv");
        CliRun r = CliRun.of("simulate", example().toString(), "--end", "200", "--points", "101", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("time,P,Nstar,D,C_A,f_Nstar,f_s_f_Nstar,R,f_Nstar__k_cnd_D", lines.get(0));
        assertEquals(102, lines.size());
        assertTrue(lines.get(101).startsWith("200.0,"));
        assertTrue(r.err().contains("101 rows"), r.err());
    }

    @Test
    void writesToStandardOutputWithoutOut() {
        CliRun r = CliRun.of("simulate", example().toString(), "--end", "10", "--points", "3");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(4, lines.length);
        assertEquals("0.0,1.0,0.0,0.0,0.125", lines[1].substring(0, "0.0,1.0,0.0,0.0,0.125".length()));
    }

    @Test
    void setOverridesAParameterAndAnInitialValue() throws IOException {
        Path m = model("model m\n k = 1; A = 2\n A' = -k*A\nend\n");
        CliRun r = CliRun.of("simulate", m.toString(), "--end", "1", "--points", "2", "--set", "k=0.5", "--set", "A=4",
                "--rtol", "1e-10", "--atol", "1e-14");
        assertEquals(0, r.exitCode(), r.err());
        double last = Double.parseDouble(r.out().trim().split("\n")[2].split(",")[1]);
        assertEquals(4 * Math.exp(-0.5), last, 1e-8);
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumnAndExits2() throws IOException {
        Path m = model("model m\n  k = 1\n  J1: A -> B k*A\nend\n");
        CliRun r = CliRun.of("simulate", m.toString(), "--end", "1");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(m + ":3:"), r.err());
        assertTrue(r.err().contains("expected"), r.err());
    }

    @Test
    void anUnknownSymbolNamesItsPosition() throws IOException {
        Path m = model("model m\n  A = 1\n  A' = -kk*A\nend\n");
        CliRun r = CliRun.of("simulate", m.toString(), "--end", "1");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(":3:") && r.err().contains("kk"), r.err());
    }

    @Test
    void aRuleCycleIsReported() throws IOException {
        Path m = model("model m\n  a := b + 1\n  b := 2*a\nend\n");
        CliRun r = CliRun.of("simulate", m.toString(), "--end", "1");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("cycle"), r.err());
    }

    @Test
    void aDuplicateDefinitionIsReportedAtItsPosition() throws IOException {
        Path m = model("model m\n  J1: A -> B; A\n  J1: B -> A; B\nend\n");
        CliRun r = CliRun.of("simulate", m.toString(), "--end", "1");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(":3:") && r.err().contains("J1"), r.err());
    }

    @Test
    void aStepSizeUnderflowNamesTheTimeAndExits1() throws IOException {
        Path m = model("model m\n  x = 1\n  x' = x^2\nend\n");
        CliRun r = CliRun.of("simulate", m.toString(), "--end", "2", "--method", "rodas5p");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("t = 1.0000") || r.err().contains("t = 0.9999"), r.err());
        assertEquals("", r.out(), "nothing on standard output either");
    }

    @Test
    void anUnknownOverrideSuggestsTheNearestName() {
        CliRun r = CliRun.of("simulate", example().toString(), "--end", "1", "--set", "k_pgg=1");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("k_pgg") && r.err().contains("did you mean 'k_pg'"), r.err());
    }

    @Test
    void aFailedRunExits1NamesVariableAndTimeAndWritesNoFile() throws IOException {
        Path m = model("model m\n y = 1; z = 0\n y' = -y\n z' = ln(y - 0.5)\nend\n");
        Path out = dir.resolve("never.csv");
        CliRun r = CliRun.of("simulate", m.toString(), "--end", "2", "--method", "rodas5p", "--out", out.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("z") && r.err().contains("t = 0.69"), r.err());
        assertFalse(Files.exists(out), "no partial output");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind either");
        }
    }

    @Test
    void aFailedRunLeavesAnEarlierOutputFileUntouched() throws IOException {
        Path m = model("model m\n x = 0; v = 1\n x' = v\n v' = -x\nend\n");
        Path out = dir.resolve("keep.csv");
        Files.writeString(out, "earlier result\n");
        CliRun r = CliRun.of("simulate", m.toString(), "--end", "100", "--max-steps", "5", "--out", out.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("maximum of 5 steps") && r.err().contains("t = "), r.err());
        assertEquals("earlier result\n", Files.readString(out));
    }

    @Test
    void badArgumentsExit2() {
        assertEquals(2, CliRun.of("simulate", example().toString()).exitCode(), "--end is required");
        assertEquals(2, CliRun.of("simulate", example().toString(), "--end", "1", "--method", "euler").exitCode());
        assertEquals(2, CliRun.of("simulate", example().toString(), "--end", "1", "--rtol", "-1").exitCode());
        assertEquals(2, CliRun.of("simulate", example().toString(), "--end", "-1").exitCode());
        assertEquals(2, CliRun.of("simulate", dir.resolve("missing.ant").toString(), "--end", "1").exitCode());
        assertEquals(2, CliRun.of("simulate", example().toString(), "--end", "1", "--set", "k_pg=abc").exitCode());
    }
}
