package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @TempDir
    Path dir;

    private static List<String> drugsGiven(Path summaryJson) throws IOException {
        List<String> drugs = new ArrayList<>();
        new ObjectMapper().readTree(summaryJson.toFile()).get("treatments").forEach(t -> {
            JsonNode drug = t.get("drug");
            if (drug != null) {
                drugs.add(drug.asText());
            }
        });
        return drugs;
    }

    @Test
    void theSameScenarioWithAndWithoutADrug() throws IOException {
        Path scenario = ShortScenario.write(dir);
        Path out = dir.resolve("cmp");
        String dose = "tocilizumab:8mg/kg@24h";
        CliRun r = CliRun.of("compare", scenario.toString(), scenario.toString(), "--treat-b", dose, "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());

        String labelA = "A: " + ShortScenario.NAME + " (standard)";
        String labelB = "B: " + ShortScenario.NAME + " + " + dose + " (standard)";
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains(labelA), "A labelled");
        assertTrue(html.contains(labelB), "B labelled");
        assertTrue(html.contains("<h2>Key figures</h2>"));
        assertTrue(html.contains("{\"title\":\"IL6\""), "an overlaid panel of IL-6");
        assertTrue(html.contains("Comparison: " + ShortScenario.NAME + ": doses none vs "), "the title says what differs");
        for (String side : List.of("A", "B")) {
            for (String file : List.of("timeseries.csv", "summary.json", "report.html")) {
                Path p = out.resolve(side).resolve(file);
                assertTrue(Files.size(p) > 0, p.toString());
                assertTrue(r.out().contains("wrote " + p), r.out());
            }
        }
        assertEquals(List.of(), drugsGiven(out.resolve("A/summary.json")));
        assertEquals(List.of("tocilizumab"), drugsGiven(out.resolve("B/summary.json")));

        assertTrue(r.out().startsWith("A  " + labelA + "\nB  " + labelB + "\n"), r.out());
        assertTrue(r.out().contains("Max CRS grade"), r.out());
        assertTrue(r.err().contains("simulating " + labelA), r.err());
    }

    @Test
    void eachSideMayHaveItsOwnProtocolAndSharedOptionsApplyToBoth() throws IOException {
        Path scenario = ShortScenario.write(dir);
        CliRun r = CliRun.of("compare", scenario.toString(), scenario.toString(), "--no-files", "--protocol", "none",
                "--protocol-b", "car-t-crs", "--treat", "dexamethasone:10mg@6h", "--treat-a", "anakinra:100mg@12h");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("A: " + ShortScenario.NAME + " + dexamethasone:10mg@6h + anakinra:100mg@12h (none)"),
                r.out());
        assertTrue(r.out().contains("B: " + ShortScenario.NAME + " + dexamethasone:10mg@6h (car-t-crs)"), r.out());
        String protocols = r.out().lines().filter(l -> l.startsWith("Care protocol")).findFirst().orElseThrow();
        assertEquals(List.of("Care", "protocol", "none", "car-t-crs"), List.of(protocols.split(" +")));
        assertFalse(r.out().contains("wrote "), r.out());
    }

    @Test
    void aBadDoseOrProtocolOfOneSideExits2NamingItsOption() throws IOException {
        Path out = dir.resolve("never");
        CliRun dose = CliRun.of("compare", "healthy", "healthy", "--treat-b", "tocilizumab:2g@1h", "--out", out.toString());
        assertEquals(2, dose.exitCode(), dose.err());
        assertTrue(dose.err().startsWith("error: --treat-b: dose: "), dose.err());
        assertTrue(dose.err().contains("largest single dose"), dose.err());
        assertFalse(dose.err().contains("simulating"), dose.err());

        CliRun protocol = CliRun.of("compare", "healthy", "healthy", "--protocol-a", "nosuch", "--out", out.toString());
        assertEquals(2, protocol.exitCode(), protocol.err());
        assertTrue(protocol.err().startsWith("error: --protocol-a: "), protocol.err());
        assertTrue(protocol.err().contains("car-t-crs"), "lists the protocols: " + protocol.err());

        CliRun scenario = CliRun.of("compare", "healthy", "nosuchscenario", "--out", out.toString());
        assertEquals(2, scenario.exitCode(), scenario.err());
        assertTrue(scenario.err().contains("nosuchscenario"), scenario.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void outAndNoFilesExcludeEachOther() {
        CliRun r = CliRun.of("compare", "healthy", "healthy", "--no-files", "--out", dir.toString());
        assertEquals(2, r.exitCode(), r.err());
    }

    /** --trigger and --duration apply to both sides: side A is the run of the file that writes them. */
    @Test
    void triggerOptionsAndDurationApplyToBothSides() throws IOException {
        Path file = ShortScenario.write(dir);
        Path single = dir.resolve("single");
        Path pair = dir.resolve("pair");
        CliRun one = CliRun.of("run", file.toString(), "--out", single.toString());
        CliRun two = CliRun.of("compare", "car-t-axi-cel", "car-t-axi-cel", "--out", pair.toString(), "--trigger",
                "tumour_burden=high", "--duration", "5d", "--treat-b", "tocilizumab:8mg/kg@72h");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(0, two.exitCode(), two.err());
        assertEquals(Files.readString(single.resolve("timeseries.csv")), Files.readString(pair.resolve("A/timeseries.csv")));
        assertTrue(Files.readString(pair.resolve("B/summary.json")).contains("tumour_burden"), "B has the trigger option");
    }

    /** --set-a and --set-b set one side only, over --set: each side is the run with those settings. */
    @Test
    void eachSideMayHaveItsOwnSettings() throws IOException {
        Path pair = dir.resolve("settings");
        Path high = dir.resolve("high");
        CliRun two = CliRun.of("compare", "car-t-axi-cel", "car-t-axi-cel", "--out", pair.toString(), "--duration", "3d",
                "--set", "cart_dose=1", "--set-b", "cart_dose=4");
        CliRun one = CliRun.of("run", "car-t-axi-cel", "--out", high.toString(), "--duration", "3d", "--set", "cart_dose=4");
        assertEquals(0, two.exitCode(), two.err());
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(Files.readString(high.resolve("timeseries.csv")), Files.readString(pair.resolve("B/timeseries.csv")),
                "B is the run with B's own setting");
        assertTrue(Files.readString(pair.resolve("A/summary.json")).matches("(?s).*\"cart_dose\" ?: ?1\\.0\\b.*"),
                "A keeps --set");
        assertTrue(Files.readString(pair.resolve("report.html")).contains("settings cart_dose = 1"), "the title says so");
    }
}
