package org.cytostorm.physiology.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cytostorm.common.input.InputException;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.run.ScenarioValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltInScenariosTest {

    /**
     * A table holding every name the standard catalogue and the reader may set, the standard
     * table's counts as counts (the catalogue's count options must set counts).
     */
    private static ParameterTable fullTable() {
        Set<String> names = new LinkedHashSet<>(TriggerCatalogue.standard().parameterNames());
        names.addAll(List.of("weight", "age", "care_on"));
        StringBuilder sb = new StringBuilder(Fixtures.HEADER);
        for (String n : names) {
            boolean count = ParameterTable.standard().find(n).map(e -> e.isCount()).orElse(false);
            sb.append(count ? Fixtures.row(n, 0, "1", 0, 1e12).replace("\tfixed\t", "\tcount\t")
                    : Fixtures.row(n, 0, "1", -1e12, 1e12));
        }
        return ParameterTable.parse(sb.toString(), "names.tsv");
    }

    @Test
    void theBuiltInNames() {
        assertEquals(List.of("healthy", "endotoxin", "sepsis", "influenza-severe", "covid-19-severe", "car-t-axi-cel",
                "car-t-tisa-cel", "car-t-liso-cel", "car-t-ide-cel", "car-t-cilta-cel", "tce-step-up", "tce-full-dose",
                "hlh-primary", "mas-flare", "septic-shock", "sepsis-mas-like"), BuiltInScenarios.names());
    }

    @Test
    void everyBuiltInLoadsWithATableOfAllTheNamesUsed() {
        ParameterTable table = fullTable();
        TriggerCatalogue catalogue = TriggerCatalogue.standard();
        assertEquals(List.of(), catalogue.validate(table));
        ScenarioReader reader = ScenarioReader.of(Fixtures.model(table), catalogue);
        for (String name : BuiltInScenarios.names()) {
            Scenario s = BuiltInScenarios.load(name, reader);
            assertEquals(name, s.name());
            assertFalse(s.description().isBlank(), name);
            assertFalse(s.description().contains("\n"), name);
            assertTrue(catalogue.find(s.trigger().type()).isPresent(), name);
            assertEquals("standard", s.protocol().name(), name);
            assertEquals(1.0, ScenarioValues.inForce(s, table).get("care_on"), name);
            for (String p : s.parameters().keySet()) {
                assertTrue(table.find(p).isPresent(), name + ": " + p);
            }
        }
    }

    @Test
    void everyBuiltInLoadsWithTheStandardReader() {
        for (String name : BuiltInScenarios.names()) {
            assertEquals(name, BuiltInScenarios.load(name).name());
        }
    }

    @Test
    void whatTheBuiltInsSet() {
        Scenario endotoxin = BuiltInScenarios.load("endotoxin");
        assertEquals("endotoxin", endotoxin.trigger().type());
        assertEquals("2 ng/kg", endotoxin.trigger().options().get("dose"));
        assertEquals(24.0, endotoxin.durationH());
        assertEquals(0.1, endotoxin.outputIntervalH());
        assertEquals("none", BuiltInScenarios.load("healthy").trigger().type());
        Scenario sepsis = BuiltInScenarios.load("sepsis");
        assertEquals("typical", sepsis.trigger().options().get("inoculum"));
        assertEquals(28 * 24.0, sepsis.durationH());
        assertEquals("severe", BuiltInScenarios.load("covid-19-severe").trigger().options().get("severity"));
        assertEquals("severe", BuiltInScenarios.load("influenza-severe").trigger().options().get("severity"));
        assertEquals("medium", BuiltInScenarios.load("car-t-axi-cel").trigger().options().get("tumour_burden"));
        for (String product : List.of("tisa-cel", "liso-cel", "ide-cel", "cilta-cel")) {
            Scenario s = BuiltInScenarios.load("car-t-" + product);
            assertEquals(product, s.trigger().options().get("product"));
            assertEquals("medium", s.trigger().options().get("tumour_burden"));
        }
        assertEquals("step-up", BuiltInScenarios.load("tce-step-up").trigger().options().get("schedule"));
        assertEquals("full-dose", BuiltInScenarios.load("tce-full-dose").trigger().options().get("schedule"));
        Scenario hlh = BuiltInScenarios.load("hlh-primary");
        assertEquals("hlh", hlh.trigger().type());
        assertEquals(28 * 24.0, hlh.durationH());
        assertEquals("mas", BuiltInScenarios.load("mas-flare").trigger().type());
    }

    @Test
    void textIsTheYaml() {
        assertTrue(BuiltInScenarios.text("sepsis").contains("name: sepsis"));
        InputException e = assertThrows(InputException.class, () -> BuiltInScenarios.text("sepsys"));
        assertTrue(e.getMessage().contains("did you mean 'sepsis'?"), e.getMessage());
        assertTrue(e.getMessage().contains("built-in scenarios: healthy, endotoxin, sepsis"), e.getMessage());
    }

    @Test
    void resolveFindsFilesThenBuiltIns(@TempDir Path dir) throws Exception {
        assertEquals("mas-flare", Scenarios.resolve("mas-flare").name());
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "description: my own\nduration: 2 d\n");
        Scenario s = Scenarios.resolve(file.toString());
        assertEquals("mine", s.name());
        assertEquals(48.0, s.durationH());
        InputException e = assertThrows(InputException.class, () -> Scenarios.resolve(dir.resolve("nope.yaml")
                .toString()));
        assertTrue(e.getMessage().contains("neither a scenario file nor a built-in scenario"), e.getMessage());
        assertTrue(e.getMessage().contains("built-in scenarios: healthy, endotoxin"), e.getMessage());
        InputException typo = assertThrows(InputException.class, () -> Scenarios.resolve("hlh-primray"));
        assertTrue(typo.getMessage().contains("did you mean 'hlh-primary'?"), typo.getMessage());
    }
}
