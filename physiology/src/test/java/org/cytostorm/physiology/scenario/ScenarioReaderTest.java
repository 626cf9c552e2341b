package org.cytostorm.physiology.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.run.ScenarioValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {
    private static final double EPS = 1e-12;

    private static Scenario read(String yaml) {
        return Fixtures.reader().read(yaml, "case.yaml");
    }

    @Test
    void parametersApplyInOrderAndLaterWins() {
        Scenario s = read("""
                patient:
                  weight: 80 kg
                  parameters:
                    shared: 7
                trigger:
                  type: bolus
                  product: alpha
                  dose: 2e6 cells/kg
                """);
        // trigger: k_base 3, shared 1; choice alpha: dose 2, shared 2; quantities: dose 2 (given),
        // burden 30 (default); covariates weight 80, age 50; override shared 7 (care_on is the protocol's)
        assertEquals(List.of("k_base", "dose", "burden", "weight", "age", "shared"),
                List.copyOf(s.parameters().keySet()));
        assertEquals(Map.of("k_base", 3.0, "dose", 2.0, "burden", 30.0, "weight", 80.0, "age", 50.0,
                "shared", 7.0), s.parameters());
        assertEquals(Map.of("shared", 7.0), s.patient().overrides());
    }

    @Test
    void quantityWinsOverTheChoice() {
        Scenario s = read("trigger: {type: bolus, product: beta, dose: 4}\n");
        // beta sets dose 3, prolif 0.5; the bare number 4 is in the canonical unit and applies after.
        assertEquals(4.0, s.parameters().get("dose"));
        assertEquals(0.5, s.parameters().get("prolif"));
        assertEquals(List.of("k_base", "shared", "prolif", "dose", "burden", "weight", "age"),
                List.copyOf(s.parameters().keySet()));
    }

    @Test
    void perKgAndPerCellUnitsGiveTheSameCanonicalDose() {
        // 2e6 cells/kg x 1e-6 = 2 (1e6 cells/kg); 1.6e8 cells x 1e-6 / 80 kg = 160 / 80 = 2.
        double perKg = read("trigger: {type: bolus, dose: 2e6 cells/kg}\n").parameters().get("dose");
        double cells = read("patient: {weight: 80}\ntrigger: {type: bolus, dose: 1.6e8 cells}\n").parameters().get("dose");
        assertEquals(2.0, perKg, EPS);
        assertEquals(2.0, cells, EPS);
        // the same number of cells in a 40 kg patient is twice the dose per kg
        double light = read("patient: {weight: 40 kg}\ntrigger: {type: bolus, dose: 1.6e8 cells}\n").parameters().get("dose");
        assertEquals(4.0, light, EPS);
        assertEquals(2.0, read("trigger: {type: bolus, dose: \"2 1e6 cells/kg\"}\n").parameters().get("dose"), EPS);
    }

    @Test
    void levelsAndOtherUnitsConvert() {
        assertEquals(150.0, read("trigger: {type: bolus, burden: high}\n").parameters().get("burden"));
        // 2e11 cells x 1e-9 = 200 (1e9 cells)
        assertEquals(200.0, read("trigger: {type: bolus, burden: 2e11 cells}\n").parameters().get("burden"), EPS);
        // 200 lb x 0.45359237 = 90.718474 kg
        Scenario s = read("patient: {weight: 200 lb, age: 30 y}\n");
        assertEquals(90.718474, s.patient().weightKg(), EPS);
        assertEquals(90.718474, s.parameters().get("weight"), EPS);
        assertEquals(30.0, s.parameters().get("age"));
        // 2 d = 48 h; 30 min = 0.5 h
        Scenario t = read("duration: 2 d\noutput: {interval: 30 min}\n");
        assertEquals(48.0, t.durationH());
        assertEquals(0.5, t.outputIntervalH(), EPS);
        assertEquals(36.0, read("duration: 36 hours\n").durationH());
        assertEquals(72.0, read("duration: 3 days\n").durationH());
    }

    @Test
    void defaults() {
        Scenario s = Fixtures.reader().read("{}\n", "some/dir/my-case.yaml");
        assertEquals("my-case", s.name());
        assertEquals("", s.description());
        assertEquals(Patient.reference(), s.patient());
        assertEquals(TriggerChoice.none(), s.trigger());
        assertEquals("standard", s.protocol().name());
        assertEquals(28 * 24.0, s.durationH());
        assertEquals(1.0, s.outputIntervalH());
        assertEquals(Map.of("weight", 80.0, "age", 50.0), s.parameters());
    }

    @Test
    void triggerDefaultsAreAppliedAndRecorded() {
        Scenario s = read("name: b\ntrigger:\n  type: bolus\n");
        assertEquals("b", s.name());
        assertEquals("bolus", s.trigger().type());
        assertEquals(List.of("product", "burden"), List.copyOf(s.trigger().options().keySet()));
        assertEquals("alpha", s.trigger().options().get("product"));
        assertEquals("30 1e9 cells", s.trigger().options().get("burden"));
        assertEquals(List.of("k_base", "dose", "shared", "burden", "weight", "age"),
                List.copyOf(s.parameters().keySet()));
        assertEquals(2.0, s.parameters().get("shared"));
    }

    @Test
    void optionsAreRecordedAsWrittenInCatalogueOrder() {
        Scenario s = read("trigger:\n  type: bolus\n  burden: high\n  dose: 2e6 cells/kg\n  product: beta\n");
        assertEquals(List.of("product", "dose", "burden"), List.copyOf(s.trigger().options().keySet()));
        assertEquals("2e6 cells/kg", s.trigger().options().get("dose"));
        assertEquals("high", s.trigger().options().get("burden"));
    }

    @Test
    void keysWithoutValuesTakeTheirDefaults() {
        Scenario s = read("description:\npatient:\ntrigger:\n  type: bolus\n  dose:\ncare:\noutput:\n");
        assertEquals("", s.description());
        assertEquals(Patient.reference(), s.patient());
        assertEquals(2.0, s.parameters().get("dose"));
        assertEquals("standard", s.protocol().name());
    }

    @Test
    void careNoneTurnsCareOff() {
        Scenario s = read("care: {protocol: none}\n");
        assertEquals("none", s.protocol().name());
        assertEquals(0.0, ScenarioValues.inForce(s, Fixtures.table()).get("care_on"), "the protocol none turns care off");
    }

    @Test
    void covariatesAndCareOnlyWhenTheTableHasThem() {
        ParameterTable bare = ParameterTable.parse(Fixtures.HEADER, "empty.tsv");
        Scenario s = ScenarioReader.of(Fixtures.model(bare), Fixtures.catalogue()).read("trigger: {type: bolus}\npatient: {age: 70}\n",
                "case.yaml");
        assertFalse(s.parameters().containsKey("weight"));
        assertFalse(s.parameters().containsKey("age"));
        assertFalse(ScenarioValues.inForce(s, bare).containsKey("care_on"));
        assertEquals(70.0, s.patient().ageYears());
        // trigger names are not checked against the table here (TriggerCatalogue.validate does that)
        assertTrue(s.parameters().containsKey("k_base"));
    }

    @Test
    void patientFields() {
        Scenario s = read("patient:\n  sex: female\n  immunosuppressed: true\n  age: 0\n  weight: 250\n");
        assertEquals(new Patient(250, 0, "female", true, Map.of()), s.patient());
    }

    @Test
    void shortDurationShortensTheDefaultInterval() {
        assertEquals(0.5, read("duration: 0.5 h\n").outputIntervalH());
    }

    @Test
    void readsFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("from-disk.yaml");
        Files.writeString(file, "description: on disk\n");
        Scenario s = Fixtures.reader().read(file);
        assertEquals("from-disk", s.name());
        assertEquals("on disk", s.description());
    }
}
