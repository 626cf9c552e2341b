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
import java.util.Locale;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.ProtocolLibrary;
import org.cytostorm.physiology.treat.Drugs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsABuiltInScenarioAndWritesTheThreeFiles() throws IOException {
        Path out = dir.resolve("healthy");
        CliRun r = CliRun.of("run", "healthy", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().toLowerCase(Locale.ROOT).contains("survival"), r.out());
        assertTrue(r.err().contains("simulating healthy ("), r.err());
        for (String f : new String[] {"timeseries.csv", "summary.json", "report.html"}) {
            Path p = out.resolve(f);
            assertTrue(Files.size(p) > 0, p.toString());
            assertTrue(r.out().contains(p.toString()), r.out());
        }
        assertTrue(Files.readString(out.resolve("timeseries.csv")).startsWith("time_h,"));
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"max_crs_grade\""));
    }

    @Test
    void noFilesPrintsTheSummaryOnly() throws IOException {
        CliRun r = CliRun.of("run", "healthy", "--no-files");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().toLowerCase(Locale.ROOT).contains("survival"), r.out());
        assertFalse(r.out().contains("wrote "), r.out());
    }

    @Test
    void aBadScenarioFileNamesFileLineAndKey() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "name: bad\ntrigger:\n  type: none\nduration: 1 d\ncolour: blue\n");
        CliRun r = CliRun.of("run", f.toString(), "--no-files");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(f.getFileName().toString()), r.err());
        assertTrue(r.err().contains(":5"), r.err());
        assertTrue(r.err().contains("colour"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownScenarioNameListsTheBuiltIns() {
        CliRun r = CliRun.of("run", "nosuchname");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("nosuchname"), r.err());
        BuiltInScenarios.names().forEach(n -> assertTrue(r.err().contains(n), n + " in " + r.err()));
    }

    @Test
    void anUnknownParameterExits2() {
        CliRun r = CliRun.of("run", "healthy", "--no-files", "--set", "nosuchparam=1");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("nosuchparam"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aNonNumericValueExits2NamingTheOption() {
        CliRun r = CliRun.of("run", "healthy", "--no-files", "--set", "weight=abc");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--set") && r.err().contains("abc"), r.err());
        assertFalse(r.err().contains("simulating"), r.err());
    }

    @Test
    void outAndNoFilesExcludeEachOther() {
        CliRun r = CliRun.of("run", "healthy", "--no-files", "--out", dir.toString());
        assertEquals(2, r.exitCode(), r.err());
    }

    @Test
    void treatAddsTheDosesToTheRunAndItsFiles() throws IOException {
        Path scenario = ShortScenario.write(dir);
        Path out = dir.resolve("treated");
        CliRun r = CliRun.of("run", scenario.toString(), "--out", out.toString(),
                "--treat", "tocilizumab:8mg/kg@24h", "--treat", "dexamethasone:10mg@0h,12h,36h");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode treatments = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("treatments");
        List<String> given = new ArrayList<>();
        treatments.forEach(t -> given.add(t.get("drug").asText() + "@" + t.get("time_h").asDouble() + " " + t.get("origin").asText()));
        assertEquals(List.of("dexamethasone@0.0 schedule", "dexamethasone@12.0 schedule", "tocilizumab@24.0 schedule",
                "dexamethasone@36.0 schedule"), given);
        assertTrue(r.out().contains("dexamethasone x3 (0-36 h)"), r.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2 id=\"treatments\">Treatments</h2>"), "a Treatments section");
        assertTrue(html.contains("tocilizumab"), "the dose in the report");
    }

    @Test
    void aBadTreatExits2NamingTheOptionAndTheField() throws IOException {
        Path scenario = ShortScenario.write(dir);
        CliRun negative = CliRun.of("run", scenario.toString(), "--no-files", "--treat", "tocilizumab:-8mg/kg@24h");
        assertEquals(2, negative.exitCode(), negative.err());
        assertTrue(negative.err().startsWith("error: --treat: dose: "), negative.err());
        assertTrue(negative.err().contains("cannot be negative"), negative.err());
        assertFalse(negative.err().contains("simulating"), negative.err());
        assertFalse(negative.err().contains("\tat "), negative.err());

        CliRun unknown = CliRun.of("run", scenario.toString(), "--no-files", "--treat", "tocilizumob:8mg/kg@24h");
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().startsWith("error: --treat: drug: "), unknown.err());
        Drugs.all().forEach(d -> assertTrue(unknown.err().contains(d.name()), d.name() + " in " + unknown.err()));

        CliRun time = CliRun.of("run", "healthy", "--no-files", "--treat", "anakinra:100mg:sc@tomorrow");
        assertEquals(2, time.exitCode(), time.err());
        assertTrue(time.err().startsWith("error: --treat: time: "), time.err());
    }

    @Test
    void aDoseAfterTheEndIsRefused() throws IOException {
        Path scenario = ShortScenario.write(dir);
        CliRun r = CliRun.of("run", scenario.toString(), "--no-files", "--protocol", "standard",
                "--treat", "dexamethasone:10mg@1d,10d");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: --treat: a dose of dexamethasone at 240 h after the end of the run"
                + " (120 h)"), r.err());
        assertFalse(r.err().contains("simulating"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void protocolReplacesTheScenariosCareProtocol() throws IOException {
        Path scenario = ShortScenario.write(dir);
        Path out = dir.resolve("crs");
        CliRun r = CliRun.of("run", scenario.toString(), "--out", out.toString(), "--protocol", "car-t-crs");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Care protocol    car-t-crs (built-in; 3 rules)"), r.out());
        // axi-cel with a high tumour burden reaches CRS grade 2 within days: the protocol's rules treat it
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertTrue(summary.get("max_crs_grade").asInt() >= 2, summary.toString());
        List<String> origins = new ArrayList<>();
        summary.get("treatments").forEach(t -> origins.add(t.get("origin").asText()));
        assertTrue(origins.contains("tocilizumab"), "a dose given by the protocol's tocilizumab rule: " + origins);
    }

    @Test
    void anUnknownProtocolExits2ListingTheProtocols() {
        CliRun r = CliRun.of("run", "healthy", "--no-files", "--protocol", "nosuchprotocol");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: --protocol: "), r.err());
        assertTrue(r.err().contains("nosuchprotocol"), r.err());
        ProtocolLibrary.standard().names().forEach(n -> assertTrue(r.err().contains(n), n + " in " + r.err()));
        assertFalse(r.err().contains("simulating"), r.err());
    }

    /**
     * {@code --trigger} and {@code --duration} give the run of a scenario file that writes those
     * options and that duration: the built-in axi-cel (medium burden, 28 days) set to a high burden
     * for five days is the five-day high-burden file, row for row.
     */
    @Test
    void triggerOptionsAndDurationFromTheCommandLineEqualTheFileThatWritesThem() throws IOException {
        Path file = ShortScenario.write(dir);
        Path fromFile = dir.resolve("file");
        Path fromOptions = dir.resolve("options");
        CliRun a = CliRun.of("run", file.toString(), "--out", fromFile.toString());
        CliRun b = CliRun.of("run", "car-t-axi-cel", "--out", fromOptions.toString(), "--trigger", "tumour_burden=high",
                "--duration", "5d");
        assertEquals(0, a.exitCode(), a.err());
        assertEquals(0, b.exitCode(), b.err());
        assertTrue(b.out().contains("car-t (product=axi-cel, tumour_burden=high)"), b.out());
        assertTrue(b.out().contains("120 h (5 days)"), b.out());
        assertEquals(Files.readString(fromFile.resolve("timeseries.csv")),
                Files.readString(fromOptions.resolve("timeseries.csv")));
    }

    @Test
    void aBadTriggerOptionOrDurationExits2NamingTheOption() {
        CliRun level = CliRun.of("run", "car-t-axi-cel", "--no-files", "--trigger", "tumour_burden=huge");
        assertEquals(2, level.exitCode(), level.err());
        assertTrue(level.err().startsWith("error: --trigger:"), level.err());
        assertTrue(level.err().contains("tumour_burden") && level.err().contains("low, medium, high"), level.err());
        CliRun unknown = CliRun.of("run", "car-t-axi-cel", "--no-files", "--trigger", "burden=high");
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("option 'burden' is not defined for trigger car-t"), unknown.err());
        CliRun tooLong = CliRun.of("run", "healthy", "--no-files", "--duration", "400d");
        assertEquals(2, tooLong.exitCode(), tooLong.err());
        assertTrue(tooLong.err().startsWith("error: --duration:"), tooLong.err());
        assertTrue(tooLong.err().contains("8760 h"), tooLong.err());
        CliRun late = CliRun.of("run", "healthy", "--no-files", "--duration", "2d", "--treat", "tocilizumab:8mg/kg@72h");
        assertEquals(2, late.exitCode(), late.err());
        assertTrue(late.err().contains("after the end of the run (48 h)"), late.err());
        for (CliRun r : List.of(level, unknown, tooLong, late)) {
            assertFalse(r.err().contains("\tat "), r.err());
            assertFalse(r.err().contains("simulating"), r.err());
        }
    }
}
