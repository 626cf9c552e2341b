package org.cytostorm.physiology.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of scenario error names the file, the line, the key path and what is allowed. */
class ScenarioErrorsTest {

    private static InputException fails(String yaml, int line, String key, String... fragments) {
        InputException e = assertThrows(InputException.class, () -> Fixtures.reader().read(yaml, "case.yaml"));
        String m = e.getMessage();
        assertEquals("case.yaml", e.file(), m);
        assertEquals(line, e.line(), m);
        assertEquals(key, e.key(), m);
        assertTrue(m.startsWith("case.yaml:" + line + ": " + (key.isEmpty() ? "" : key + ": ")), m);
        for (String f : fragments) {
            assertTrue(m.contains(f), () -> "'" + f + "' missing from: " + m);
        }
        return e;
    }

    @Test
    void unknownTopLevelKey() {
        fails("name: x\nduraton: 2 d\n", 2, "duraton", "unknown key 'duraton'", "did you mean 'duration'?",
                "allowed keys: name, description, patient, trigger, care, treatments, duration, output");
    }

    @Test
    void unknownNestedKeys() {
        fails("patient:\n  age: 40\n  wieght: 70 kg\n", 3, "patient.wieght", "did you mean 'weight'?",
                "allowed keys: weight, age, sex, immunosuppressed, parameters");
        fails("care:\n  protcol: none\n", 2, "care.protcol", "did you mean 'protocol'?", "allowed keys: protocol");
        fails("output:\n  step: 1 h\n", 2, "output.step", "allowed keys: interval");
    }

    @Test
    void wrongTypes() {
        fails("patient:\n  immunosuppressed: maybe\n", 2, "patient.immunosuppressed", "expected true or false",
                "'maybe'");
        fails("patient: 5\n", 1, "patient", "expected a mapping with the keys weight, age, sex", "the number 5");
        fails("name: [a, b]\n", 1, "name", "expected text", "a list");
        fails("trigger: bolus\n", 1, "trigger", "expected a mapping with type (one of: none, bolus)");
        fails("- a\n- b\n", 1, "", "expected a mapping with the keys name, description");
        fails("patient:\n  weight: [80]\n", 2, "patient.weight", "accepted units: kg, lb");
    }

    @Test
    void unknownTriggerType() {
        fails("trigger:\n  type: bolsu\n", 2, "trigger.type", "unknown trigger type 'bolsu'", "did you mean 'bolus'?",
                "trigger types: none, bolus");
    }

    @Test
    void missingTriggerType() {
        fails("duration: 2 d\ntrigger:\n  product: alpha\n", 2, "trigger.type", "missing", "one of: none, bolus");
    }

    @Test
    void optionNotDefinedForTheTrigger() {
        fails("trigger:\n  type: bolus\n  dosis: 2\n", 3, "trigger.dosis", "option 'dosis' is not defined for trigger bolus",
                "did you mean 'dose'?", "its options: product, dose, burden");
        fails("trigger:\n  type: none\n  dose: 2\n", 3, "trigger.dose", "trigger none has no options");
    }

    @Test
    void unknownChoice() {
        fails("trigger:\n  type: bolus\n  product: gamma\n", 3, "trigger.product", "'gamma' is not a product of trigger bolus",
                "product is one of: alpha, beta");
        fails("trigger:\n  type: bolus\n  product: alpah\n", 3, "trigger.product", "did you mean 'alpha'?");
    }

    @Test
    void wrongUnits() {
        fails("trigger:\n  type: bolus\n  dose: 2 mg\n", 3, "trigger.dose", "unknown unit 'mg'",
                "accepted units: 1e6 cells/kg, cells/kg, cells");
        fails("patient:\n  weight: 12 st\n", 2, "patient.weight", "unknown unit 'st'", "accepted units: kg, lb");
        fails("patient:\n  age: 40 months\n", 2, "patient.age", "accepted units: years, y");
        fails("duration: 4 weeks\n", 1, "duration", "unknown unit 'weeks'", "accepted units: h, d, hours, days");
        fails("duration: 28\n", 1, "duration", "28 needs a unit", "accepted units: h, d");
        fails("output:\n  interval: 5 s\n", 2, "output.interval", "accepted units: min, h, d");
        fails("trigger:\n  type: bolus\n  burden: lots\n", 3, "trigger.burden", "expected a number with a unit or a level",
                "accepted units: 1e9 cells, cells", "levels: low, high");
    }

    @Test
    void outOfRange() {
        fails("patient:\n  weight: 300 kg\n", 2, "patient.weight", "300 kg is out of range", "allowed: 20..250 kg");
        fails("patient:\n  weight: 600 lb\n", 2, "patient.weight", "600 lb (272.155422 kg)", "allowed: 20..250 kg");
        fails("patient:\n  age: 120\n", 2, "patient.age", "allowed: 0..110 years");
        fails("trigger:\n  type: bolus\n  dose: 1.6e11 cells\n", 3, "trigger.dose", "(2000 1e6 cells/kg)",
                "allowed: 0.01..50 1e6 cells/kg");
        fails("trigger:\n  type: bolus\n  dose: 0\n", 3, "trigger.dose", "allowed: 0.01..50 1e6 cells/kg");
        fails("duration: 400 d\n", 1, "duration", "400 d (9600 h)", "more than 0 h and at most 8760 h");
        fails("duration: 0 h\n", 1, "duration", "more than 0 h and at most 8760 h");
        fails("duration: 24 h\noutput:\n  interval: 2 d\n", 3, "output.interval", "more than 0 h and at most 24 h");
    }

    @Test
    void unknownParameterOverride() {
        fails("patient:\n  parameters:\n    perforn: 0.5\n", 3, "patient.parameters.perforn", "unknown parameter 'perforn'",
                "did you mean 'perforin'?");
    }

    @Test
    void anImpossibleOverrideIsRefused() {
        fails("patient:\n  parameters:\n    perforin: -0.5\n", 3, "patient.parameters.perforin",
                "perforin cannot be negative (plausible range [0, 1])");
        fails("patient:\n  parameters:\n    perforin: .nan\n", 3, "patient.parameters.perforin", "not a finite number");
        fails("patient:\n  parameters:\n    perforin: .inf\n", 3, "patient.parameters.perforin", "not a finite number");
        fails("patient:\n  parameters:\n    perforin: high\n", 3, "patient.parameters.perforin",
                "expected a number (plausible range [0, 1])");
    }

    @Test
    void aSwitchIsZeroOrOne() {
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.standard()
                .read("patient:\n  parameters:\n    sw_il6r: 2\n", "case.yaml"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("sw_il6r is a mechanism switch: 0 (off) or 1 (on)"), e.getMessage());
    }

    @Test
    void anOverrideOutsideThePlausibleRangeIsReadAsWritten() {
        // the run records a warning for it (InputsTest); reading keeps the value
        Scenario s = ScenarioReader.standard().read("patient:\n  parameters:\n    perforin: 2\n", "s.yaml");
        assertEquals(2.0, s.patient().overrides().get("perforin"));
    }

    @Test
    void notOneOfTheAllowedWords() {
        fails("patient:\n  sex: other\n", 2, "patient.sex", "'other' is not allowed", "one of: female, male");
        fails("care:\n  protocol: aggressive\n", 2, "care.protocol", "one of: standard, none");
    }

    @Test
    void duplicateKeys() {
        fails("duration: 2 d\nname: a\nduration: 3 d\n", 3, "duration", "duplicate key 'duration' (first at line 1)");
        fails("trigger:\n  type: bolus\n  dose: 2\n  dose: 3\n", 4, "trigger.dose", "duplicate key 'dose' (first at line 3)");
    }

    @Test
    void emptyFile() {
        fails("", 1, "", "the file is empty", "keys name, description, patient");
        fails("# nothing here\n\n", 1, "", "the file is empty");
    }

    @Test
    void yamlSyntaxError() {
        fails("name: a\npatient: {weight: 80\nage: 3\n", 3, "", "YAML syntax error at line 3, column 4",
                "while parsing a flow mapping");
        fails("name: a\n  bad: 2\n", 2, "", "YAML syntax error at line 2, column 6", "mapping values are not allowed");
    }

    @Test
    void unreadableFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.yaml");
        InputException e = assertThrows(InputException.class, () -> Fixtures.reader().read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }
}
