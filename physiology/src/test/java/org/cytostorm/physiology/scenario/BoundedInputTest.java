package org.cytostorm.physiology.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytostorm.common.input.InputException;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.TreatOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's table for scenarios and dosing files: every dimension bounded and checked before the
 * run, a dosing file confined to the scenario's folder, its content never echoed.
 */
class BoundedInputTest {

    @TempDir
    Path dir;

    private Path scenarioWithDoses(String csv) throws IOException {
        Files.writeString(dir.resolve("doses.csv"), csv);
        return scenario("treatments:\n  - file: doses.csv\n");
    }

    private Path scenario(String treatments) throws IOException {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, "name: x\ntrigger:\n  type: sepsis\nduration: 2 d\n" + treatments);
        return yaml;
    }

    private InputException fails(Path yaml) {
        return assertThrows(InputException.class, () -> ScenarioReader.standard().read(yaml));
    }

    @Test
    void twoBillionAdditionalDosesAreRefusedAtTheirColumn() throws IOException {
        InputException e = fails(scenarioWithDoses("TIME,DRUG,AMT,II,ADDL\n0,dexamethasone,10,1,2000000000\n"));
        assertEquals("ADDL", e.key(), e.getMessage());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("0 to " + Dosing.MAX_ADDITIONAL), e.getMessage());
    }

    @Test
    void aQuadrillionDosesAnInstantApartAreRefused() throws IOException {
        InputException e = fails(scenarioWithDoses("TIME,DRUG,AMT,II,ADDL\n0,dexamethasone,10,1e-300,1e15\n"));
        assertEquals("ADDL", e.key(), e.getMessage());
        e = fails(scenarioWithDoses("TIME,DRUG,AMT,II,ADDL\n0,dexamethasone,10,1e-300,10\n"));
        assertEquals("II", e.key(), e.getMessage());
    }

    @Test
    void moreThanAHundredThousandDosesInAllAreRefused() throws IOException {
        StringBuilder csv = new StringBuilder("TIME,DRUG,AMT,II,ADDL\n");
        for (int i = 0; i < 11; i++) {
            csv.append(i).append(",dexamethasone,1,0.02,").append(Dosing.MAX_ADDITIONAL).append('\n');
        }
        Files.writeString(dir.resolve("doses.csv"), csv);
        Path yaml = dir.resolve("many.yaml");
        Files.writeString(yaml, "name: x\ntrigger:\n  type: sepsis\nduration: 10 d\ntreatments:\n  - file: doses.csv\n");
        InputException e = fails(yaml);
        assertEquals("treatments", e.key(), e.getMessage());
        assertTrue(e.getMessage().contains("110011 doses"), e.getMessage());
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() throws IOException {
        Path yaml = scenarioWithDoses("\uFEFFID,TIME,DRUG,AMT\n1,0,dexamethasone,10\n");
        Scenario s = ScenarioReader.standard().read(yaml);
        assertEquals(1, s.treatments().schedule().size());
    }

    @Test
    void aDosingFileOutsideTheScenarioFolderIsRefusedAndNotRead() throws IOException {
        InputException e = fails(scenario("treatments:\n  - file: /etc/passwd\n"));
        assertEquals("treatments[0].file", e.key(), e.getMessage());
        assertTrue(e.getMessage().contains("outside the scenario's folder"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
        e = fails(scenario("treatments:\n  - file: ../" + dir.getFileName() + "/../x.csv\n"));
        assertTrue(e.getMessage().contains("outside the scenario's folder"), e.getMessage());
        e = fails(scenario("treatments:\n  - file: /dev/zero\n"));
        assertTrue(e.getMessage().contains("outside the scenario's folder"), e.getMessage());
    }

    @Test
    void aLinkOutOfTheFolderIsFollowedAndRefused() throws IOException {
        Path outside = Files.createTempFile("doses", ".csv");
        try {
            Files.writeString(outside, "TIME,DRUG,AMT\n0,dexamethasone,10\n");
            Files.createSymbolicLink(dir.resolve("link.csv"), outside);
            InputException e = fails(scenario("treatments:\n  - file: link.csv\n"));
            assertTrue(e.getMessage().contains("outside the scenario's folder"), e.getMessage());
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void theContentOfADosingFileIsNeverEchoed() throws IOException {
        InputException e = fails(scenarioWithDoses("root:x:0:0:root:/root:/bin/bash\n"));
        assertEquals("column 1", e.key(), e.getMessage());
        assertFalse(e.getMessage().contains("root"), e.getMessage());
        e = fails(scenarioWithDoses("TIME,DRUG,AMT\n0,secretdrug,10\n"));
        assertFalse(e.getMessage().contains("secretdrug"), e.getMessage());
        e = fails(scenarioWithDoses("TIME,DRUG,AMT\nsecret42,dexamethasone,10\n"));
        assertFalse(e.getMessage().contains("secret42"), e.getMessage());
    }

    @Test
    void anOutputIntervalOfAMicrosecondOverAYearIsRefusedBeforeTheRun() throws IOException {
        Path yaml = dir.resolve("i.yaml");
        Files.writeString(yaml, "name: x\ntrigger:\n  type: sepsis\nduration: 365 d\noutput: {interval: 1e-6 h}\n");
        InputException e = fails(yaml);
        assertEquals("output.interval", e.key(), e.getMessage());
        assertTrue(e.getMessage().contains("more than the limit of " + Scenario.MAX_OUTPUT_ROWS), e.getMessage());
    }

    @Test
    void dosesFarAboveADrugsLargestAreRefusedInEveryForm() throws IOException {
        InputException e = fails(scenario("treatments:\n  - drug: dexamethasone\n    dose: 1e300 mg\n    time: 1 h\n"));
        assertEquals("treatments[0].dose", e.key(), e.getMessage());
        assertTrue(e.getMessage().contains("check the unit"), e.getMessage());
        assertThrows(InputException.class, () -> TreatOption.parse("dexamethasone:1e300mg@1h", "--treat"));
        assertThrows(InputException.class, () -> TreatOption.parse("dexamethasone:10g@1h", "--treat"));
        // found by fuzzing: grams that overflow in milligrams were an IllegalArgumentException without a place
        assertThrows(InputException.class, () -> TreatOption.parse("dexamethasone:1e307g@1h", "--treat"));
        assertEquals(1, TreatOption.parse("dexamethasone:20mg@1h", "--treat").size());
        e = fails(scenarioWithDoses("TIME,DRUG,AMT,UNIT\n0,tocilizumab,500,mg/kg\n"));
        assertEquals("AMT", e.key(), e.getMessage());
    }

    @Test
    void aNegativeWeightIsRefusedBeforeTheRun() throws IOException {
        Path yaml = dir.resolve("w.yaml");
        Files.writeString(yaml, "name: x\ntrigger:\n  type: sepsis\npatient:\n  weight: -80 kg\n",
                StandardCharsets.UTF_8);
        InputException e = fails(yaml);
        assertEquals("patient.weight", e.key(), e.getMessage());
    }
}
