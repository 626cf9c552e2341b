package org.cytostorm.physiology.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.expr.ExprPrinter;
import org.cytostorm.engine.model.Event;
import org.cytostorm.engine.model.Model;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.run.ScenarioValues;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.ProtocolLibrary;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioExportTest {

    @TempDir
    Path dir;

    private Scenario scenarioFile(String yaml) throws IOException {
        Path f = dir.resolve("patient.yaml");
        Files.writeString(f, yaml);
        return Scenarios.resolve(f.toString());
    }

    private static Event event(Model m, String id) {
        return m.event(id).orElseThrow(() -> new AssertionError("no event " + id + " among " + m.events().stream()
                .map(Event::id).toList()));
    }

    private static String text(Event e) {
        return ExprPrinter.print(e.trigger()) + ": " + e.assignments().get(0).variable() + " = "
                + ExprPrinter.print(e.assignments().get(0).math());
    }

    @Test
    void everyParameterTheScenarioSetsIsTheModelsValue() {
        Scenario s = BuiltInScenarios.load("car-t-axi-cel");
        ScenarioExport x = ScenarioExport.of(PatientModel.standard(), s);
        assertFalse(s.parameters().isEmpty());
        s.parameters().forEach((name, value) -> assertEquals(value, x.model().parameter(name).orElseThrow().value(), name));
        // and the care switch its protocol implies
        assertEquals(ScenarioValues.inForce(s, PatientModel.standard().table()), x.settings());
        assertEquals(1.0, x.model().parameter("care_on").orElseThrow().value());
        // the rest keep the table's values
        assertEquals(PatientModel.standard().model().parameter("k_celldeath").orElseThrow().value(),
                x.model().parameter("k_celldeath").orElseThrow().value());
        assertEquals(PatientModel.standard().model().events().size(), x.model().events().size());
        assertEquals(0, x.doses().size());
    }

    @Test
    void furtherSettingsComeLastAndReplaceAnInitialAssignment() {
        Scenario s = BuiltInScenarios.load("car-t-axi-cel");
        assertTrue(PatientModel.standard().model().initialAssignmentFor("k_tnf").isPresent());
        ScenarioExport x = ScenarioExport.of(PatientModel.standard(),
                s.withSettings(Map.of("cart_dose", 5.0, "k_tnf", 0.5)));
        assertEquals(5.0, x.model().parameter("cart_dose").orElseThrow().value());
        assertEquals(0.5, x.model().parameter("k_tnf").orElseThrow().value());
        assertTrue(x.model().initialAssignmentFor("k_tnf").isEmpty(), "a set value replaces the initial assignment");
    }

    @Test
    void aSettingOfANameThatIsNoParameterOrIsARuleVariableIsRefused() {
        Scenario s = BuiltInScenarios.load("healthy");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioExport.of(PatientModel.standard(), s.withSettings(Map.of("nope", 1.0))));
        assertTrue(e.getMessage().contains("the model has no parameter or variable 'nope'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioExport.of(PatientModel.standard(), s.withSettings(Map.of("MAP", 1.0))));
        assertTrue(e.getMessage().contains("'MAP' is computed by a rule of the model and cannot be set"), e.getMessage());
    }

    @Test
    void scheduledDosesBecomeEventsAtTheirTimes() throws IOException {
        Scenario s = scenarioFile("""
                name: dosed
                trigger: {type: sepsis, inoculum: typical}
                duration: 10 d
                treatments:
                  - {drug: dexamethasone, dose: 10 mg, route: po, time: 0 h, interval: 24 h, additional: 1}
                  - {drug: tocilizumab, dose: 8 mg/kg, time: 3 d}
                  - {drug: antibiotics, time: 6 h, duration: 5 d}
                """);
        ScenarioExport x = ScenarioExport.of(PatientModel.standard(), s);
        Model m = x.model();
        assertEquals(4, x.doses().size());
        assertEquals(6, x.doseEvents());
        assertEquals(PatientModel.standard().model().events().size() + 6, m.events().size());
        assertEquals("time >= 0: dex_depot = dex_depot + 10", text(event(m, "dose1_dexamethasone")));
        assertEquals("time >= 24: dex_depot = dex_depot + 10", text(event(m, "dose2_dexamethasone")));
        // 8 mg/kg for 80 kg over the drug's usual hour: the rate steps up and back down
        assertEquals("time >= 72: toci_infusion = toci_infusion + 640", text(event(m, "dose3_tocilizumab_start")));
        assertEquals("time >= 73: toci_infusion = toci_infusion + -640", text(event(m, "dose3_tocilizumab_stop")));
        assertEquals("time >= 6: abx = abx + 1", text(event(m, "dose4_antibiotics_start")));
        assertEquals("time >= 126: abx = abx + -1", text(event(m, "dose4_antibiotics_stop")));
        Event first = event(m, "dose1_dexamethasone");
        assertFalse(first.initialValue(), "t0 = false: a dose at time 0 is given");
        assertEquals("dexamethasone 10 mg po at 0 h", first.annotation().displayName());
        for (String target : List.of("dex_depot", "toci_infusion", "abx")) {
            assertFalse(m.parameter(target).orElseThrow().constant(), target + " is changed by events");
        }
        // the model's own events come first, so they run first at a shared instant
        assertEquals("O2_up", m.events().get(0).id());
    }

    @Test
    void aProtocolWithRulesIsRefusedNamingTheRulesAndTheWayOut() {
        Scenario s = BuiltInScenarios.load("car-t-axi-cel").withProtocol(ProtocolLibrary.standard().named("car-t-crs"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioExport.of(PatientModel.standard(), s));
        assertTrue(e.getMessage().startsWith("scenario 'car-t-axi-cel' cannot be exported: its care protocol 'car-t-crs'"
                + " has rules (tocilizumab, dexamethasone, methylprednisolone)"), e.getMessage());
        assertTrue(e.getMessage().contains("--protocol standard"), e.getMessage());
        // under --protocol none no rule applies
        assertEquals(0, ScenarioExport.of(PatientModel.standard(),
                s.withProtocol(ProtocolLibrary.standard().named("none"))).doses().size());
    }

    @Test
    void aScenarioWithRulesOfItsOwnIsRefused() throws IOException {
        Scenario s = scenarioFile("""
                name: ruled
                trigger: {type: sepsis}
                treatments:
                  - rule: fever
                    when: Temp >= 39
                    give: {drug: dexamethasone, dose: 10 mg}
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioExport.of(PatientModel.standard(), s));
        assertTrue(e.getMessage().contains("the scenario has rules of its own (fever)"), e.getMessage());
        assertTrue(e.getMessage().contains("remove the rules"), e.getMessage());
    }

    @Test
    void theModelSaysWhichScenarioItIs() {
        ScenarioExport x = ScenarioExport.of(PatientModel.standard(), BuiltInScenarios.load("sepsis"));
        assertTrue(x.model().annotation().notes().contains("Scenario sepsis"), x.model().annotation().notes());
        assertEquals("h", x.model().unitDefinitions().stream().filter(u -> u.id().equals(x.model().units().time()))
                .findFirst().orElseThrow().annotation().displayName());
    }
}
