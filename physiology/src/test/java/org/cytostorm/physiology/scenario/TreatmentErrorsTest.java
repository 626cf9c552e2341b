package org.cytostorm.physiology.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cytostorm.common.input.InputException;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.run.ScenarioValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, acceptance 6: bad dosing input (negative dose, unknown drug or route, a rule with an
 * unknown variable) names the file, the line and the field.
 */
class TreatmentErrorsTest {

    private static void fails(String treatments, int line, String key, String... fragments) {
        String yaml = "name: x\nduration: 2 d\ntreatments:\n" + treatments;
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.standard().read(yaml, "case.yaml"));
        String m = e.getMessage();
        assertEquals(line, e.line(), m);
        assertEquals(key, e.key(), m);
        assertTrue(m.startsWith("case.yaml:" + line + ": " + key + ": "), m);
        for (String f : fragments) {
            assertTrue(m.contains(f), () -> "'" + f + "' missing from: " + m);
        }
    }

    @Test
    void negativeDose() {
        fails("  - drug: dexamethasone\n    dose: -10 mg\n", 5, "treatments[0].dose", "cannot be negative");
        fails("  - rule: r\n    when: crs_grade >= 2\n    give: {drug: tocilizumab, dose: -8 mg/kg}\n", 6,
                "treatments[0].give.dose", "cannot be negative");
    }

    @Test
    void unknownDrug() {
        fails("  - drug: tocilizumb\n    dose: 8 mg/kg\n", 4, "treatments[0].drug", "unknown drug 'tocilizumb'",
                "did you mean 'tocilizumab'?", "known drugs: dexamethasone");
    }

    @Test
    void unknownOrWrongRoute() {
        fails("  - drug: dexamethasone\n    dose: 6 mg\n    route: rectal\n", 6, "treatments[0].route",
                "unknown route 'rectal'", "iv, po, sc");
        fails("  - drug: tocilizumab\n    dose: 8 mg/kg\n    route: po\n", 6, "treatments[0].route",
                "tocilizumab is not given by route po", "its routes: iv");
    }

    @Test
    void ruleWithAnUnknownVariable() {
        fails("  - rule: toci\n    when: crs_grad >= 2\n    give: {drug: tocilizumab, dose: 8 mg/kg}\n", 5,
                "treatments[0].when", "unknown variable 'crs_grad'", "did you mean 'crs_grade'?");
        fails("  - rule: toci\n    when: crs_grade >= \n    give: {drug: tocilizumab, dose: 8 mg/kg}\n", 5,
                "treatments[0].when", "not a valid condition");
        fails("  - rule: stop\n    when: time > 5\n    set: {car_on: 0}\n", 6, "treatments[0].set.car_on",
                "unknown model variable 'car_on'", "did you mean 'care_on'?");
    }

    @Test
    void otherMistakes() {
        fails("  - drug: tocilizumab\n    dose: 1000 mg\n", 5, "treatments[0].dose", "largest single dose", "800 mg");
        fails("  - drug: dexamethasone\n    dose: 6 mg\n    additional: 3\n", 6, "treatments[0].additional",
                "need an 'interval'");
        fails("  - drug: antibiotics\n    dose: 1 g\n", 5, "treatments[0].dose", "given as a course");
        fails("  - rule: r\n    when: time > 1\n", 4, "treatments[0].rule", "exactly one action");
        fails("  - drug: dexamethasone\n    dose: 6 mg\n    time: -2 h\n", 6, "treatments[0].time", "cannot be negative");
        fails("  - drug: ruxolitinib\n    dose: 10 mg\n    duration: 1 h\n", 6, "treatments[0].duration",
                "not given over a duration");
    }

    @Test
    void aDosingFileErrorNamesTheFileLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("doses.csv"), "TIME,DRUG,AMT\n0,dexamethasone,10\n24,dexamethasone,-10\n");
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, "duration: 2 d\ntreatments:\n  - file: doses.csv\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.standard().read(scenario));
        assertEquals(3, e.line(), e.getMessage());
        assertEquals("AMT", e.key());
        assertTrue(e.getMessage().startsWith(dir.resolve("doses.csv") + ":3: AMT: a dose cannot be negative"), e.getMessage());
    }

    @Test
    void aDoseAfterTheEndOfTheRunIsRefusedNamingItsLine(@TempDir Path dir) throws Exception {
        // 2 days of dexamethasone every 24 h from time 0: doses at 0, 24 and 48 h fit a 48 h run; a fourth does not
        fails("  - {drug: dexamethasone, dose: 6 mg, interval: 24 h, additional: 3}\n", 4, "treatments[0]",
                "1 of the 4 doses of dexamethasone would fall after the end of the run (48 h, last at 72 h)");
        fails("  - {drug: tocilizumab, dose: 8 mg/kg, time: 800 h}\n", 4, "treatments[0]",
                "the dose of tocilizumab would fall after the end of the run (48 h, last at 800 h)");
        Files.writeString(dir.resolve("doses.csv"), "TIME,DRUG,AMT\n0,dexamethasone,10\n96,dexamethasone,10\n");
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, "duration: 2 d\ntreatments:\n  - file: doses.csv\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.standard().read(scenario));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("after the end of the run (48 h, last at 96 h)"), e.getMessage());
    }

    @Test
    void aGoodScenarioReadsItsTreatments(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("doses.csv"), "# two doses\nTIME,DRUG,AMT,UNIT,ROUTE,DUR,II,ADDL\n"
                + "72,tocilizumab,8,mg/kg,iv,1,.,.\n0,dexamethasone,6,mg,po,.,24,9\n");
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, "duration: 10 d\ncare:\n  protocol: car-t-crs\ntreatments:\n  - file: doses.csv\n"
                + "  - {drug: anakinra, dose: 100 mg, time: 1 d, interval: 12 h, additional: 3}\n"
                + "  - rule: stop-care\n    when: time >= 24 && MAP < 60\n    set: {care_on: 0}\n    max: 1\n");
        Scenario s = ScenarioReader.standard().read(scenario);
        assertEquals(3, s.treatments().schedule().size());
        assertEquals(9, s.treatments().schedule().get(1).additional());
        assertEquals(1, s.treatments().rules().size());
        assertEquals(4, s.allTreatments().rules().size(), "three rules of the protocol, then the scenario's");
        assertEquals(0, s.withProtocol(ProtocolLibrary.standard().named("none")).allTreatments().rules().size());
        assertEquals(0.0, ScenarioValues.inForce(s.withProtocol(ProtocolLibrary.standard().named("none")),
                PatientModel.standard().table()).get("care_on"));
    }
}
