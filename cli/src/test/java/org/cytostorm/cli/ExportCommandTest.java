package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.text.AntimonyParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbml.jsbml.Parameter;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLReader;
import org.sbml.jsbml.validator.SBMLValidator;

class ExportCommandTest {

    @TempDir
    Path dir;

    private static void assertOneLineError(CliRun r, String expected) {
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
    }

    @Test
    void writesTheScenariosPatientAsSbmlWithUnits() throws Exception {
        Path out = dir.resolve("axi.xml");
        CliRun r = CliRun.of("export", "car-t-axi-cel", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        SBMLDocument doc = new SBMLReader().readSBML(out.toFile());
        // the count the command reports is the count JSBML reads back from the file
        assertTrue(r.err().startsWith("wrote " + out + " (SBML Level 3 Version 2): scenario car-t-axi-cel, "
                + doc.getModel().getNumParameters() + " parameters"), r.err());
        assertTrue(doc.getModel().getNumParameters() > 500, "the patient model's parameters and derived values");
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals(3, doc.getLevel());
        assertEquals(2, doc.getVersion());
        assertEquals("h", doc.getModel().getTimeUnits());
        for (Parameter p : doc.getModel().getListOfParameters()) {
            assertTrue(p.isSetUnits(), p.getId() + " has units");
        }
        assertEquals(2.0, doc.getModel().getParameter("cart_dose").getValue(), "the scenario's CAR-T dose");
        // JSBML's checks without its unit check, which takes minutes on this model (the unit check
        // is libSBML's, in sbml/check-export.sh)
        for (SBMLValidator.CHECK_CATEGORY c : SBMLValidator.CHECK_CATEGORY.values()) {
            doc.setConsistencyChecks(c, c != SBMLValidator.CHECK_CATEGORY.UNITS_CONSISTENCY);
        }
        doc.checkConsistencyOffline();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < doc.getErrorCount(); i++) {
            if (doc.getError(i).isError() || doc.getError(i).isFatal()) {
                errors.add(doc.getError(i).toString());
            }
        }
        assertEquals(List.of(), errors);
        // the same scenario exports to the same bytes every time
        Path again = dir.resolve("again.xml");
        assertEquals(0, CliRun.of("export", "car-t-axi-cel", again.toString()).exitCode());
        assertEquals(java.nio.file.Files.readString(out), java.nio.file.Files.readString(again));
    }

    @Test
    void writesTheTextFormatWithDosesAsEvents() throws Exception {
        Path out = dir.resolve("sepsis.ant");
        CliRun r = CliRun.of("export", "sepsis", out.toString(), "--treat", "antibiotics:5d@6h", "--set", "k_abx=0.7");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("(text format): scenario sepsis") && r.err().contains("(2 for 1 scheduled dose)"),
                r.err());
        Model m = AntimonyParser.parse(Files.readString(out), out.toString());
        assertTrue(m.event("dose1_antibiotics_start").isPresent() && m.event("dose1_antibiotics_stop").isPresent());
        assertEquals(0.7, m.parameter("k_abx").orElseThrow().value(), "a setting is the model's value");
        assertEquals("h", m.parameter("o2_last").orElseThrow().units(), "units declared in the text too");
    }

    @Test
    void anUnknownScenarioIsBadInput() {
        Path out = dir.resolve("x.xml");
        assertOneLineError(CliRun.of("export", "no-such-scenario", out.toString()),
                "no-such-scenario: neither a scenario file nor a built-in scenario");
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownExtensionIsBadInput() {
        Path out = dir.resolve("x.csv");
        assertOneLineError(CliRun.of("export", "sepsis", out.toString()), out + ": cannot tell the output format from"
                + " the extension '.csv'");
        assertFalse(Files.exists(out));
    }

    @Test
    void aProtocolWithRulesIsRefusedAndTheFileLeftAsItWas() throws IOException {
        Path out = dir.resolve("axi.xml");
        Files.writeString(out, "before");
        CliRun r = CliRun.of("export", "car-t-axi-cel", out.toString(), "--protocol", "car-t-crs");
        assertOneLineError(r, "scenario 'car-t-axi-cel' cannot be exported: its care protocol 'car-t-crs' has rules"
                + " (tocilizumab, dexamethasone, methylprednisolone)");
        assertTrue(r.err().contains("--protocol standard"), r.err());
        assertEquals("before", Files.readString(out));
    }

    @Test
    void aScenarioFileWithRulesIsRefused() throws IOException {
        Path scenario = dir.resolve("ruled.yaml");
        Files.writeString(scenario, """
                name: ruled
                trigger: {type: sepsis}
                treatments:
                  - rule: fever
                    when: Temp >= 39
                    give: {drug: dexamethasone, dose: 10 mg}
                """);
        assertOneLineError(CliRun.of("export", scenario.toString(), dir.resolve("r.ant").toString()),
                "the scenario has rules of its own (fever)");
    }

    @Test
    void badSettingsAndDosesAreBadInput() {
        assertOneLineError(CliRun.of("export", "sepsis", dir.resolve("x.xml").toString(), "--set", "nope=1"),
                "--set nope: the model has no parameter or variable 'nope'");
        assertOneLineError(CliRun.of("export", "sepsis", dir.resolve("x.xml").toString(), "--treat", "aspirin@1h"),
                "--treat");
        assertOneLineError(CliRun.of("export", "sepsis", dir.resolve("x.xml").toString(), "--protocol", "nope"),
                "--protocol: no built-in protocol 'nope'");
    }
}
