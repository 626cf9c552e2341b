package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytostorm.common.build.BuildInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input of a run is recorded where a reader looks (console, summary.json, report.html), with
 * the build that made it; impossible inputs are refused with exit 2 before anything runs; possible
 * values outside a parameter's plausible range are accepted, and the warning recorded.
 */
class ProvenanceAndRefusalsTest {

    @TempDir
    Path dir;

    @Test
    void theInputsAndTheBuildAreRecordedInAllThreeOutputs() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("run", ShortScenario.write(dir).toString(), "--out", out.toString(),
                "--set", "tumour0=200", "--set", "k_cart_act=0.02", "--protocol", "car-t-crs",
                "--treat", "anakinra:100mg:sc@24h");
        assertEquals(0, r.exitCode(), r.err());
        BuildInfo build = BuildInfo.current();
        // tumour0's plausible range is [0, 1000] 1e9 cells; the scenario's high burden is 150
        // k_cart_act's is [0.005, 0.2] 1/h; axi-cel's catalogue value 0.03

        // console
        assertTrue(r.out().contains("cytostorm        " + build.describe()), r.out());
        assertTrue(r.out().contains("Scenario         car-t-short (" + dir.resolve("car-t-short.yaml") + ")"), r.out());
        assertTrue(r.out().contains("Settings (--set) tumour0 = 200 (was 150), k_cart_act = 0.02 (was 0.03)"),
                r.out());
        assertTrue(r.out().contains("Care protocol    car-t-crs (built-in; 3 rules)"), r.out());
        // the trigger line says what the settings changed of it
        assertTrue(r.out().contains("Trigger          car-t (product=axi-cel, tumour_burden=high); changed by --set: tumour0,"
                + " k_cart_act\n"), r.out());
        assertTrue(r.out().contains("Doses scheduled  anakinra 100 mg sc at 24 h"), r.out());

        // summary.json
        JsonNode json = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(200.0, json.at("/inputs/settings/tumour0").asDouble());
        assertEquals(0.02, json.at("/inputs/settings/k_cart_act").asDouble());
        assertEquals(150.0, json.at("/inputs/replaced/tumour0").asDouble());
        assertEquals(0.03, json.at("/inputs/replaced/k_cart_act").asDouble());
        // the simulator's options (PatientSimulator.DEFAULT_OPTIONS: rtol 1e-6, atol 1e-8, steps of at most 4 h)
        assertEquals(1e-6, json.at("/status/solver/relative_tolerance").asDouble());
        assertEquals(1e-8, json.at("/status/solver/absolute_tolerance").asDouble());
        assertEquals(4.0, json.at("/status/solver/max_step_h").asDouble());
        assertEquals("AUTO", json.at("/status/solver/method_requested").asText());
        assertEquals("car-t-crs", json.at("/inputs/protocol/name").asText());
        assertEquals("built-in", json.at("/inputs/protocol/source").asText());
        assertEquals("tocilizumab", json.at("/inputs/protocol/rules/0/name").asText());
        assertEquals("anakinra", json.at("/inputs/scheduled_doses/0/drug").asText());
        assertEquals(24.0, json.at("/inputs/scheduled_doses/0/time_h").asDouble());
        assertEquals(build.version(), json.at("/provenance/cytostorm").asText());
        assertEquals(build.commit(), json.at("/provenance/commit").asText());
        assertEquals("standard", json.at("/provenance/model").asText());
        assertTrue(json.at("/provenance/seed").isNull(), "a single patient run uses no seed");
        assertEquals(0, json.at("/provenance/warnings").size());
        assertEquals("SUCCESS", json.at("/status/return_code").asText());
        assertEquals(120.0, json.at("/status/reached_h").asDouble());

        // report.html
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains(build.describe()), "the build in the report");
        assertTrue(html.contains("tumour0 = 200 (was 150); k_cart_act = 0.02 (was 0.03)"), "settings");
        assertTrue(html.contains("car-t-crs (built-in; 3 rules)"), "protocol");
        assertTrue(html.contains("anakinra 100 mg sc at 24 h"), "doses");
    }

    @Test
    void repeatedBolusesAfterTheEndOfTheRunAreNamedInAWarning() {
        CliRun r = CliRun.of("run", "endotoxin", "--no-files", "--trigger", "repeat=4");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("warning: trigger endotoxin: the last 3 repeated boluses (repeat 4, every 24 h, the last"
                + " at 96 h) would come after the end of the run (24 h) and are not given"), r.err());
        CliRun one = CliRun.of("run", "endotoxin", "--no-files", "--trigger", "repeat=4", "--duration", "90h");
        assertTrue(one.err().contains("warning: trigger endotoxin: the last repeated bolus (repeat 4"), one.err());
        CliRun within = CliRun.of("run", "endotoxin", "--no-files", "--trigger", "repeat=4", "--duration", "4d");
        assertEquals(0, within.exitCode(), within.err());
        assertFalse(within.err().contains("warning"), within.err());
    }

    @Test
    void aValueOutsideThePlausibleRangeIsAcceptedWithARecordedWarning() throws IOException {
        Path out = dir.resolve("warned");
        // k_cart_act's plausible range is [0.005, 0.2] 1/h (parameter table)
        CliRun r = CliRun.of("run", ShortScenario.write(dir).toString(), "--out", out.toString(), "--set", "k_cart_act=0.5");
        assertEquals(0, r.exitCode(), r.err());
        String warning = "setting k_cart_act = 0.5 is outside the plausible range [0.005, 0.2] 1/h of k_cart_act"
                + " (parameter table); accepted";
        assertTrue(r.err().contains("warning: " + warning), r.err());
        assertTrue(r.out().contains("Warnings         1"), r.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(warning, json.at("/provenance/warnings/0").asText());
        assertTrue(Files.readString(out.resolve("report.html")).contains(warning));

        // the same from a scenario file's own override
        Path file = dir.resolve("override.yaml");
        Files.writeString(file, "duration: 1 d\npatient:\n  parameters:\n    k_cart_act: 0.5\n");
        CliRun f = CliRun.of("run", file.toString(), "--no-files");
        assertEquals(0, f.exitCode(), f.err());
        assertTrue(f.err().contains("warning: patient.parameters k_cart_act = 0.5 is outside the plausible range"), f.err());
    }

    @Test
    void impossibleInputsExit2BeforeAnythingRuns() throws IOException {
        refused(new String[] {"run", "car-t-axi-cel", "--no-files", "--set", "cart_dose=-5"},
                "error: --set cart_dose = -5: cart_dose cannot be negative (plausible range [0, 50] 1e6 cells/kg)");
        refused(new String[] {"run", "car-t-axi-cel", "--no-files", "--set", "sw_il6r=2"},
                "error: --set sw_il6r = 2: sw_il6r is a mechanism switch: 0 (off) or 1 (on)");
        refused(new String[] {"run", "car-t-axi-cel", "--no-files", "--set", "weight=70"},
                "error: --set weight: weight is a covariate of the patient; set it as patient.weight");
        refused(new String[] {"run", "car-t-axi-cel", "--no-files", "--set", "LPS=-1"},
                "error: --set LPS = -1: the initial amount of LPS cannot be negative");
        refused(new String[] {"run", "car-t-axi-cel", "--no-files", "--treat", "tocilizumab:8mg/kg@800h"},
                "error: --treat: a dose of tocilizumab at 800 h after the end of the run (672 h)");
        refused(new String[] {"run", "car-t-axi-cel", "--no-files", "--treat", "tocilizumab:-8mg/kg@24h"},
                "error: --treat");
        Path negative = dir.resolve("negative.yaml");
        Files.writeString(negative, "duration: 1 d\ntreatments:\n  - {drug: dexamethasone, dose: -6 mg}\n");
        refused(new String[] {"run", negative.toString(), "--no-files"},
                "error: " + negative + ":3: treatments[0].dose: -6 mg is not allowed; a dose cannot be negative");
        refused(new String[] {"run", "endotoxin", "--no-files", "--set", "lps_repeats=2.5", "--duration", "5d"},
                "error: --set lps_repeats = 2.5: lps_repeats is a count: a whole number");
        Path count = dir.resolve("count.yaml");
        Files.writeString(count, "duration: 5 d\ntrigger: {type: endotoxin}\npatient:\n  parameters:\n    lps_repeats: 1.5\n");
        refused(new String[] {"run", count.toString(), "--no-files"},
                "error: " + count + ":5: patient.parameters.lps_repeats: 1.5 is not allowed: lps_repeats is a count");
        Path aSwitch = dir.resolve("switch.yaml");
        Files.writeString(aSwitch, "duration: 1 d\npatient:\n  parameters:\n    sw_il6r: 0.5\n");
        refused(new String[] {"run", aSwitch.toString(), "--no-files"},
                "error: " + aSwitch + ":4: patient.parameters.sw_il6r: 0.5 is not allowed: sw_il6r is a mechanism switch");
    }

    private static void refused(String[] args, String start) {
        CliRun r = CliRun.of(args);
        assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
        assertTrue(r.err().startsWith(start), String.join(" ", args) + ": " + r.err());
        assertFalse(r.err().contains("simulating"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void versionPrintsTheVersionAndTheCommitOfTheCheckout() throws Exception {
        CliRun r = CliRun.of("--version");
        assertEquals(0, r.exitCode());
        BuildInfo build = BuildInfo.current();
        assertTrue(r.out().matches("cytostorm \\S+ \\(commit [0-9a-f]{7}(, modified)?\\)\n"), r.out());
        // the commit is the checkout's own, as git reports it (when git and the history are there)
        Path root = Path.of(System.getProperty("cytostorm.root", "."));
        Process git;
        try {
            git = new ProcessBuilder("git", "-C", root.toString(), "rev-parse", "--short=7", "HEAD")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "git is not installed");
            return;
        }
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assumeTrue(git.waitFor() == 0, "not a git checkout");
        assertEquals(head, build.commit());
        // the version is the project's, as the parent pom declares it
        String pom = Files.readString(root.resolve("pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<artifactId>cytostorm-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find());
        assertEquals(m.group(1), build.version());
    }
}
