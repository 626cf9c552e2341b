package org.cytostorm.cohort.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cytostorm.cohort.TrialJob;
import org.cytostorm.cohort.run.Shard;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, acceptance 5: a bad trial spec is refused before any simulation, with file, line and
 * key. Reading a spec runs nothing (the reader parses and checks), so every refusal here but the
 * last comes from {@link TrialSpecReader#read}; a plausibility filter that no draw passes shows
 * only once the population meets the scenario, and {@link TrialJob#run} refuses it before it
 * opens the output directory or simulates a patient.
 *
 * <p>The expected lines are counted in the YAML of each test (text blocks start at line 1).
 */
class TrialSpecReaderTest {

    static final String FILE = "bad-trial.yaml";
    /** A treated arm that is valid, for specs whose fault lies elsewhere. */
    static final String DEX = "{drug: dexamethasone, dose: 10 mg, route: po, time: 0 h}";

    private static TrialSpecReader reader;

    @TempDir
    static Path dir;

    @BeforeAll
    static void reader() {
        reader = TrialSpecReader.standard();
    }

    private static TrialSpec read(String yaml) {
        return reader.read(yaml, FILE, dir);
    }

    /** Reading {@code yaml} is refused in {@value #FILE} at {@code line} and {@code key}, with each fragment said. */
    private static InputException refused(String yaml, int line, String key, String... fragments) {
        InputException e = assertThrows(InputException.class, () -> read(yaml), yaml);
        located(e, FILE, line, key, fragments);
        return e;
    }

    private static void located(InputException e, String file, int line, String key, String... fragments) {
        assertEquals(file, e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": " + key + ": "), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' in: " + e.getMessage());
        }
    }

    @Test
    void aGoodSpecIsRead() {
        // the counterpart of the refusals: the same shapes, written right, are accepted
        TrialSpec s = read("""
                name: good
                scenario: sepsis
                patients: 12
                follow_up: 28 d
                enrolment: {from: 0 h, to: 72 h, when: "sepsis3 == 1 && sofa >= 4"}
                arms:
                  - name: placebo
                  - name: anakinra
                    treatments:
                      - {drug: anakinra, dose: 100 mg, route: iv, time: 0 h}
                allocation: {ratio: [2, 1], stratify: [shock]}
                subgroups:
                  shock: "septic_shock == 1"
                """);
        assertEquals(12, s.patients());
        assertEquals(List.of("placebo", "anakinra"), s.arms().stream().map(Arm::name).toList());
        assertEquals(List.of(2, 1), s.allocation().weights());
        assertEquals(72 + 28 * 24, s.runH(), 1e-12, "the latest enrolment plus the follow-up");
    }

    @Test
    void everyBuiltInTrialIsRead() {
        // the refusals below must not refuse what ships: each built-in names its source trial
        assertEquals(9, BuiltInTrials.names().size(), BuiltInTrials.names().toString());
        for (String name : BuiltInTrials.names()) {
            TrialSpec s = BuiltInTrials.load(name, reader);
            assertEquals(name, s.name());
            assertFalse(s.source().isBlank(), name + " cites the trial it follows");
            assertTrue(s.arms().size() >= 2, name);
        }
    }

    @Test
    void anUnknownTopLevelKey() {
        refused("""
                name: t
                scenario: car-t-axi-cel
                arm:
                  - name: control
                """, 3, "arm", "unknown key 'arm'", "did you mean 'arms'?");
    }

    @Test
    void anUnknownScenario() {
        refused("""
                scenario: car-t-axe-cel
                arms:
                  - name: control
                """, 1, "scenario", "neither a scenario file nor a built-in scenario", "did you mean 'car-t-axi-cel'?");
        refused("""
                name: t
                scenario: missing.yaml
                arms:
                  - name: control
                """, 2, "scenario", "no scenario file");
    }

    @Test
    void anUnknownCareProtocol() {
        refused("""
                scenario: car-t-axi-cel
                care: car-t-crz
                arms:
                  - name: control
                """, 2, "care", "car-t-crz");
    }

    @Test
    void missingArms() {
        // no 'arms' key: there is no line of its own, so the refusal names the mapping's first line
        refused("""
                name: t
                scenario: car-t-axi-cel
                """, 1, "arms", "'arms' is required");
        refused("""
                name: t
                scenario: car-t-axi-cel
                arms:
                """, 3, "arms", "'arms' is required");
        refused("""
                name: t
                arms:
                  - name: control
                """, 1, "scenario", "'scenario' is required");
    }

    @Test
    void anEmptyListOfArms() {
        refused("""
                scenario: car-t-axi-cel
                arms: []
                """, 2, "arms", "expected a list of arms");
        refused("""
                scenario: car-t-axi-cel
                arms: control
                """, 2, "arms", "expected a list of arms");
    }

    @Test
    void armsWithTheSameName() {
        refused("""
                scenario: car-t-axi-cel
                arms:
                  - name: control
                  - name: control
                    treatments:
                      - %s
                """.formatted(DEX), 4, "arms[1].name", "a second arm named 'control'");
    }

    @Test
    void anArmWithoutAName() {
        refused("""
                scenario: car-t-axi-cel
                arms:
                  - name: control
                  - treatments:
                      - %s
                """.formatted(DEX), 4, "arms[1].name", "an arm needs a 'name'");
        refused("""
                scenario: car-t-axi-cel
                arms:
                  - name: " "
                """, 3, "arms[0].name", "blank");
    }

    @Test
    void anEmptyArm() {
        // the control may give nothing beyond background care; any other arm must give something
        read("""
                scenario: car-t-axi-cel
                arms:
                  - name: control
                """);
        refused("""
                scenario: car-t-axi-cel
                arms:
                  - name: control
                  - name: nothing
                """, 4, "arms[1]", "arm 'nothing' gives nothing beyond background care", "an empty arm");
        refused("""
                scenario: car-t-axi-cel
                arms:
                  - name: control
                  - name: nothing
                    treatments: []
                """, 5, "arms[1].treatments", "arm 'nothing' gives nothing beyond background care");
    }

    @Test
    void aRuleInsideAnArm() {
        refused("""
                scenario: car-t-axi-cel
                arms:
                  - name: control
                  - name: rescue
                    treatments:
                      - %s
                      - rule: early tocilizumab
                        when: "crs_grade >= 1"
                        give: {drug: tocilizumab, dose: 8 mg/kg}
                """.formatted(DEX), 7, "arms[1].treatments[1]", "a rule would act before enrolment too",
                "care protocol");
    }

    @Test
    void anUnknownKeyInAnArm() {
        refused("""
                scenario: car-t-axi-cel
                arms:
                  - name: control
                  - name: dex
                    doses:
                      - %s
                """.formatted(DEX), 5, "arms[1].doses", "unknown key 'doses'");
    }

    @Test
    void aDoseAfterTheFollowUp() {
        // arm times count from enrolment; with a 72 h window the run is 72 h + 7 d long, but a dose
        // 8 d after enrolment falls after the follow-up of every patient
        refused("""
                scenario: sepsis
                follow_up: 7 d
                enrolment: {from: 0 h, to: 72 h, when: "sofa >= 2"}
                arms:
                  - name: placebo
                  - name: late
                    treatments:
                      - {drug: anakinra, dose: 100 mg, route: iv, time: 8 d}
                """, 8, "arms[1].treatments[0]", "after the end of the run (168 h, last at 192 h)");
    }

    @Test
    void anUnknownColumnInAnEnrolmentCondition() {
        refused("""
                scenario: sepsis
                enrolment:
                  from: 0 h
                  to: 72 h
                  when: "sfoa >= 4"
                arms:
                  - name: control
                """, 5, "enrolment.when", "'sfoa' is not an output column", "did you mean 'sofa'?");
    }

    @Test
    void anUnknownColumnInASubgroupCondition() {
        refused("""
                scenario: car-t-axi-cel
                arms:
                  - name: control
                subgroups:
                  bulky: "tumor > 30"
                """, 5, "subgroups.bulky", "'tumor' is not an output column", "did you mean 'tumour'?");
    }

    @Test
    void aConditionThatDoesNotParse() {
        refused("""
                scenario: sepsis
                enrolment:
                  at: 24 h
                  when: "sofa >= "
                arms:
                  - name: control
                """, 4, "enrolment.when", "not a condition");
        refused("""
                scenario: car-t-axi-cel
                arms:
                  - name: control
                subgroups:
                  bulky: "tumour >> 30"
                """, 5, "subgroups.bulky", "not a condition");
        refused("""
                scenario: car-t-axi-cel
                arms:
                  - name: control
                subgroups:
                  bulky: "bulk(tumour) > 30"
                """, 5, "subgroups.bulky", "not a condition", "only built-in functions");
        refused("""
                scenario: car-t-axi-cel
                arms:
                  - name: control
                subgroups:
                  bulky: [tumour, 30]
                """, 5, "subgroups.bulky", "expected text");
    }

    @Test
    void enrolmentAtATimeAndInAWindow() {
        refused("""
                scenario: sepsis
                enrolment:
                  at: 24 h
                  from: 0 h
                arms:
                  - name: control
                """, 3, "enrolment.at", "either at one time ('at') or in a window ('from', 'to'), not both");
        refused("""
                scenario: sepsis
                enrolment: {to: 48 h, at: 24 h, when: "sofa >= 2"}
                arms:
                  - name: control
                """, 2, "enrolment.at", "not both");
    }

    @Test
    void aWindowThatEndsBeforeItStarts() {
        refused("""
                scenario: sepsis
                enrolment:
                  from: 48 h
                  to: 24 h
                  when: "sofa >= 2"
                arms:
                  - name: control
                """, 4, "enrolment.to", "the window ends (24.0 h) before it starts (48.0 h)");
    }

    @Test
    void aWindowWithoutWhenOrTo() {
        // without 'when' every patient would enter at 'from': the window would be a fixed time in disguise
        refused("""
                scenario: sepsis
                enrolment:
                  from: 0 h
                  to: 72 h
                arms:
                  - name: control
                """, 2, "enrolment.when", "an enrolment window needs 'when'");
        refused("""
                scenario: sepsis
                enrolment:
                  from: 0 h
                  when: "sofa >= 2"
                arms:
                  - name: control
                """, 2, "enrolment.to", "an enrolment window needs 'to'");
    }

    @Test
    void enrolmentOffTheHourlyRows() {
        // the background course has a row every hour: at 90 min no row is ever the enrolment row
        refused("""
                scenario: sepsis
                enrolment: {at: 90 min}
                arms:
                  - name: control
                """, 2, "enrolment.at", "90 min is not a whole number of hours");
        refused("""
                scenario: sepsis
                enrolment:
                  from: 0 h
                  to: 7.5 h
                  when: "sofa >= 2"
                arms:
                  - name: control
                """, 4, "enrolment.to", "not a whole number of hours");
        assertEquals(12, read("""
                scenario: sepsis
                enrolment: {at: 0.5 d}
                arms:
                  - name: control
                """).enrolment().fromH(), 1e-12, "half a day is 12 whole hours");
    }

    @Test
    void enrolmentAndFollowUpOutOfRange() {
        refused("""
                scenario: sepsis
                enrolment: {at: -1 h}
                arms:
                  - name: control
                """, 2, "enrolment.at", "out of range");
        refused("""
                scenario: sepsis
                follow_up: 0 d
                arms:
                  - name: control
                """, 2, "follow_up", "out of range");
    }

    @Test
    void anAllocationRatioOfTheWrongLength() {
        refused("""
                scenario: car-t-axi-cel
                arms:
                  - name: control
                  - name: dex
                    treatments:
                      - %s
                allocation:
                  ratio: [2, 1, 1]
                """.formatted(DEX), 8, "allocation.ratio", "one whole number per arm (2)");
    }

    @Test
    void anAllocationWeightOfZero() {
        refused("""
                scenario: car-t-axi-cel
                arms:
                  - name: control
                  - name: dex
                    treatments:
                      - %s
                allocation:
                  ratio: [1, 0]
                """.formatted(DEX), 8, "allocation.ratio[1]", "a whole number from 1 to 100, found 0");
        refused("""
                scenario: car-t-axi-cel
                arms:
                  - name: control
                  - name: dex
                    treatments:
                      - %s
                allocation:
                  ratio:
                    - 1
                    - 1.5
                """.formatted(DEX), 10, "allocation.ratio[1]", "a whole number from 1 to 100, found 1.5");
    }

    @Test
    void stratifyingByAnUnknownSubgroup() {
        refused("""
                scenario: covid-19-severe
                arms:
                  - name: usual care
                allocation:
                  stratify: [oxygen]
                subgroups:
                  oxgen: "o2_support_level >= 1"
                """, 5, "allocation.stratify[0]", "'oxygen' is not a subgroup of this spec", "did you mean 'oxgen'?");
    }

    @Test
    void subgroupNamesThatDifferOnlyByCase() {
        // sg_Oxygen and sg_oxygen would be one column to DuckDB and to Parquet readers, which ignore
        // case: refused here rather than when the first batch is written, after simulations
        refused("""
                scenario: covid-19-severe
                arms:
                  - name: usual care
                subgroups:
                  oxygen: "o2_support_level >= 1"
                  Oxygen: "o2_support_level >= 2"
                """, 6, "subgroups.Oxygen", "differs from subgroup 'oxygen' (line 5) only by case");
        refused("""
                scenario: covid-19-severe
                arms:
                  - name: usual care
                subgroups:
                  " ": "o2_support_level >= 1"
                """, 5, "subgroups. ", "a subgroup's name may not be blank");
    }

    @Test
    void patientsZeroOrAboveTheMaximum() {
        for (String n : List.of("0", "-3", "2.5", "10000001")) {
            refused("""
                    scenario: car-t-axi-cel
                    patients: %s
                    arms:
                      - name: control
                    """.formatted(n), 2, "patients", "a whole number from 1 to " + TrialSpec.MAX_PATIENTS);
        }
        assertEquals(TrialSpec.MAX_PATIENTS, read("""
                scenario: car-t-axi-cel
                patients: 10000000
                arms:
                  - name: control
                """).patients(), "the maximum itself is allowed");
    }

    @Test
    void tooManyArms() {
        StringBuilder yaml = new StringBuilder("scenario: car-t-axi-cel\narms:\n  - name: control\n");
        for (int a = 1; a < TrialSpec.MAX_ARMS + 1; a++) {
            yaml.append("  - {name: arm").append(a).append(", treatments: [").append(DEX).append("]}\n");
        }
        refused(yaml.toString(), 3, "arms", (TrialSpec.MAX_ARMS + 1) + " arms; a trial may have at most 16");
    }

    @Test
    void aPopulationFileWithAnUnknownParameter() throws IOException {
        Path pop = Files.writeString(dir.resolve("unknown-parameter.yaml"), """
                name: bad
                parameters:
                  k_pgg: lognormal(0.3)
                """);
        InputException e = assertThrows(InputException.class, () -> read("""
                scenario: car-t-axi-cel
                population: unknown-parameter.yaml
                arms:
                  - name: control
                """));
        // the fault is in the population file, so that file's line and key are named
        located(e, pop.toString(), 3, "parameters.k_pgg", "unknown parameter 'k_pgg'", "did you mean 'k_pg'?");
    }

    @Test
    void aPopulationFileWithAnImpossibleDistribution() throws IOException {
        Path pop = Files.writeString(dir.resolve("negative-cv.yaml"), """
                parameters:
                  k_pg: lognormal(-0.3)
                """);
        InputException e = assertThrows(InputException.class, () -> read("""
                scenario: car-t-axi-cel
                population: negative-cv.yaml
                arms:
                  - name: control
                """));
        located(e, pop.toString(), 2, "parameters.k_pg", "CV of lognormal must be a positive number");
    }

    @Test
    void aMissingPopulationFile() {
        refused("""
                scenario: car-t-axi-cel
                population: nowhere.yaml
                arms:
                  - name: control
                """, 2, "population", "no population file", "'default'");
    }

    @Test
    void aFilterThatRejectsEveryDrawIsRefusedBeforeAnyPatientRuns() throws IOException {
        // every patient has a temperature near 37 °C at baseline, which this filter never accepts
        Path pop = Files.writeString(dir.resolve("impossible-filter.yaml"), """
                defaults: fixed
                parameters:
                  Temp_b: normal(0.2)
                filter:
                  temperature: 40..41
                """);
        String yaml = """
                scenario: car-t-axi-cel
                population: impossible-filter.yaml
                patients: 4
                arms:
                  - name: control
                """;
        TrialSpec spec = read(yaml);
        Path out = dir.resolve("impossible-filter-out");
        TrialJob job = new TrialJob(reader.simulator(), TrialJob.outputs());
        InputException e = assertThrows(InputException.class, () -> job.run(
                new TrialJob.Options(spec, yaml, dir, 4, 1, 1, Shard.ALL, 2), out, out.toString(), (d, t) -> {
                    throw new AssertionError("a patient was simulated: " + d);
                }, null));
        located(e, pop.toString(), 5, "filter.temperature", "plausibility filter 'spec' rejected all 1000 draws",
                "temperature 40..41");
        assertFalse(Files.exists(out), "no output directory");
        assertFalse(Files.exists(out.resolveSibling("." + out.getFileName() + ".partial")), "no work directory");
    }

    @Test
    void aSpecFileAboveTheSettingsLimitsIsRefusedUnread() throws IOException {
        // the reader reads through InputFiles with the settings limits, as the scenario reader does:
        // a line over 64 KiB is refused by its line number before YAML parsing
        Path longLine = dir.resolve("long-line.yaml");
        Files.writeString(longLine, "name: t\ndescription: \"" + "x".repeat(70 * 1024) + "\"\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> reader.read(longLine));
        assertEquals(longLine.toString(), e.file());
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("more than the limit of 65536 for a settings file"), e.getMessage());

        Path large = dir.resolve("large.yaml");
        Files.writeString(large, ("# " + "y".repeat(1000) + "\n").repeat(4300), StandardCharsets.UTF_8);
        e = assertThrows(InputException.class, () -> reader.read(large));
        assertEquals(large.toString(), e.file());
        assertTrue(e.getMessage().contains("more than the limit of 4194304 for a settings file"), e.getMessage());
    }
}
