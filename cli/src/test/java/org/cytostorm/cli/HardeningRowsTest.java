package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's table of what went wrong, row by row, as a user meets it on the command line: each
 * case now ends in exit 0 with a result, exit 2 naming the file, line or option and the limit, or
 * exit 1 for a failed run, never a stack trace. The modules' own tests check the figures.
 */
class HardeningRowsTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static CliRun badInput(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertFalse(r.err().contains("\tat "), "a stack trace: " + r.err());
        assertFalse(r.err().contains("simulating"), "refused only after the run started: " + r.err());
        return r;
    }

    private Path scenario(String extra) throws IOException {
        return file("s.yaml", "name: x\ntrigger:\n  type: sepsis\nduration: 2 d\n" + extra);
    }

    @Test
    void dosingFilesWithAbsurdRepeatsAreRefusedBeforeTheRun() throws IOException {
        file("doses.csv", "TIME,DRUG,AMT,II,ADDL\n0,dexamethasone,10,1,2000000000\n");
        CliRun r = badInput("run", scenario("treatments:\n  - file: doses.csv\n").toString(), "--no-files");
        assertTrue(r.err().contains("doses.csv:2: ADDL:"), r.err());
        file("doses.csv", "TIME,DRUG,AMT,II,ADDL\n0,dexamethasone,10,1e-300,1e15\n");
        badInput("run", dir.resolve("s.yaml").toString(), "--no-files");
    }

    @Test
    void deepAndWideModelsAreRefusedOrCompile() throws IOException {
        CliRun r = badInput("simulate", file("parens.ant", "model p()\n  S = 1;\n  J0: S -> ; " + "(".repeat(1000) + "S"
                + ")".repeat(1000) + ";\nend\n").toString(), "--end", "1");
        assertTrue(r.err().contains("parens.ant:3:"), r.err());
        String sum = String.join("+", Collections.nCopies(3000, "S"));
        CliRun ok = CliRun.of("simulate", file("flat.ant", "model p()\n  S = 1;\n  J0: S -> ; 1e-4*(" + sum + ");\nend\n")
                .toString(), "--end", "1", "--points", "2");
        assertEquals(0, ok.exitCode(), ok.err());
        // S(1) = exp(-0.3)
        assertEquals(Math.exp(-0.3), Double.parseDouble(ok.out().lines().skip(2).findFirst().orElseThrow().split(",")[1]),
                1e-6);
    }

    @Test
    void aRuleConditionNestedThousandsDeepIsRefusedWithItsLine() throws IOException {
        // 5000 pairs make a line longer than a YAML line may be: refused before parsing
        Path s = scenario("treatments:\n  - rule: r\n    when: \"" + "(".repeat(5000) + "map < 65" + ")".repeat(5000)
                + "\"\n    give: {drug: dexamethasone, dose: 10 mg}\n");
        assertTrue(badInput("run", s.toString(), "--no-files").err().contains("s.yaml:7: the line"));
        // 4000 fit on the line and meet the expression depth limit
        s = scenario("treatments:\n  - rule: r\n    when: \"" + "(".repeat(4000) + "map < 65" + ")".repeat(4000)
                + "\"\n    give: {drug: dexamethasone, dose: 10 mg}\n");
        CliRun r = badInput("run", s.toString(), "--no-files");
        assertTrue(r.err().contains("s.yaml:7: treatments[0].when:") && r.err().contains("nested more than 200"),
                r.err());
    }

    @Test
    void eventsInASawtoothAndTimesTooLargeToResolve() throws IOException {
        Path m = file("event.ant", "model e()\n  S = 1;\n  S' = -1;\n  E1: at S < 0.99: S = S + 0.001;\nend\n");
        for (String method : new String[] {"auto", "dopri853"}) {
            CliRun r = CliRun.of("simulate", m.toString(), "--end", "10", "--method", method, "--max-steps", "1000000");
            assertEquals(0, r.exitCode(), r.err());
        }
        CliRun r = badInput("simulate", m.toString(), "--start", "1e16", "--end", "1.0000000000000002e16");
        assertTrue(r.err().contains("too short"), r.err());
    }

    @Test
    void outputSizesAreBoundedBeforeTheRun() throws IOException {
        Path m = file("decay.ant", "model e()\n  S = 1;\n  S' = -S;\nend\n");
        assertTrue(badInput("simulate", m.toString(), "--end", "1", "--points", "100000000").err()
                .contains("--points must be between 2 and 1000000"));
        Path s = file("i.yaml", "name: x\ntrigger:\n  type: sepsis\nduration: 365 d\noutput: {interval: 1e-6 h}\n");
        assertTrue(badInput("run", s.toString(), "--no-files").err().contains("i.yaml:5: output.interval:"));
    }

    @Test
    void devicesAndHugeLinesAreRefusedAtOnce() throws IOException {
        CliRun r = badInput("run", scenario("treatments:\n  - file: /dev/zero\n").toString(), "--no-files");
        assertTrue(r.err().contains("outside the scenario's folder"), r.err());
        Path huge = file("huge.yaml", "name: x\ndescription: \"" + "a".repeat(20_000_000) + "\"\ntrigger:\n  type: sepsis\n");
        assertTrue(badInput("run", huge.toString(), "--no-files").err().contains("more than the limit"));
    }

    @Test
    void sbmlWithABadNumberOrADuplicateIdIsNotConverted() throws IOException {
        String sbml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sbml xmlns=\"http://www.sbml.org/sbml/level3/version2/core\" level=\"3\" version=\"2\">\n"
                + "<model id=\"m\"><listOfCompartments><compartment id=\"c\" size=\"1\" constant=\"true\"/>"
                + "</listOfCompartments>\n<listOfParameters><parameter id=\"k\" value=\"VALUE\" constant=\"true\"/>"
                + "</listOfParameters>\n</model></sbml>\n";
        Path out = dir.resolve("out.ant");
        CliRun r = badInput("convert", file("fast.xml", sbml.replace("VALUE", "fast")).toString(), out.toString());
        assertTrue(r.err().contains("fast.xml:4: parameter k: value: 'fast' is not a number"), r.err());
        r = badInput("convert", file("dup.xml", sbml.replace("VALUE", "1").replace("<parameter id=\"k\"",
                "<parameter id=\"c\" value=\"2\" constant=\"true\"/><parameter id=\"k\"")).toString(), out.toString());
        assertTrue(r.err().contains("the id 'c' is already used on line 3"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aDosingFileOutsideTheFolderIsNeitherReadNorEchoed() throws IOException {
        CliRun r = badInput("run", scenario("treatments:\n  - file: /etc/passwd\n").toString(), "--no-files");
        assertFalse(r.err().contains("root:"), r.err());
    }

    @Test
    void textThatIsNotUtf8NamesFileAndLineInEveryCommand() throws IOException {
        Path bad = dir.resolve("latin1.ant");
        Files.write(bad, "model e()\n  S = 1; // caf\u00e9\n  S' = -S;\nend\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(badInput("simulate", bad.toString(), "--end", "1").err().contains("latin1.ant:2: not UTF-8 text"));
        assertTrue(badInput("convert", bad.toString(), dir.resolve("x.xml").toString()).err()
                .contains("latin1.ant:2: not UTF-8 text"));
        Path yaml = dir.resolve("latin1.yaml");
        Files.write(yaml, "name: caf\u00e9\ntrigger:\n  type: sepsis\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(badInput("run", yaml.toString(), "--no-files").err().contains("latin1.yaml:1: not UTF-8 text"));
    }

    @Test
    void aByteOrderMarkInADosingFileIsIgnored() throws IOException {
        file("bom.csv", "\uFEFFID,TIME,DRUG,AMT\n1,0,dexamethasone,10\n");
        CliRun r = CliRun.of("run", scenario("treatments:\n  - file: bom.csv\n").toString(), "--no-files");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("dexamethasone"), r.out());
    }

    @Test
    void aDirectoryAsTheModelIsNamed() throws IOException {
        Path d = Files.createDirectory(dir.resolve("model.ant"));
        assertTrue(badInput("simulate", d.toString(), "--end", "1").err().contains("is a directory"));
    }

    @Test
    void aSingleFileOutputUnderARegularFileIsRefusedBeforeTheWork() throws IOException {
        Path m = file("decay.ant", "model e()\n  S = 1;\n  S' = -S;\nend\n");
        Path plain = file("plain", "x");
        CliRun r = badInput("simulate", m.toString(), "--end", "1", "--out", plain.resolve("sub/out.csv").toString());
        assertTrue(r.err().startsWith("error: --out:"), r.err());
        Path folder = Files.createDirectory(dir.resolve("folder.xml"));
        r = badInput("convert", m.toString(), folder.toString());
        assertTrue(r.err().contains("is a directory, not a file"), r.err());
    }

    @Test
    void impossibleValuesAreBadInput() throws IOException {
        badInput("simulate", file("empty.ant", "").toString(), "--end", "1");
        badInput("simulate", file("neg.ant", "model e()\n  compartment c = -1;\n  species S in c = 1;\n  J0: S -> ; S;\nend\n")
                .toString(), "--end", "1");
        Path m = file("decay.ant", "model e()\n  S = 1;\n  S' = -S;\nend\n");
        assertTrue(badInput("simulate", m.toString(), "--end", "1", "--rtol", "10").err().contains("relative tolerance"));
        assertTrue(badInput("run", scenario("treatments:\n  - drug: dexamethasone\n    dose: 1e300 mg\n    time: 1 h\n")
                .toString(), "--no-files").err().contains("check the unit"));
        assertTrue(badInput("run", "sepsis", "--set", "weight=-80", "--no-files").err().contains("weight"));
        badInput("run", "sepsis", "--treat", "dexamethasone:1e300mg@1h", "--no-files");
    }
}
