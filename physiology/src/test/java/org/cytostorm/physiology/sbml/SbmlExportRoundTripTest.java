package org.cytostorm.physiology.sbml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.sbml.SbmlConsistency;
import org.cytostorm.sbml.SbmlExporter;
import org.cytostorm.sbml.SbmlImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 11: the patient model exports to SBML Level 3 Version 2 with its annotations
 * (sources as MIRIAM references), and the exported file, read back, reproduces every built-in
 * scenario's trajectories within 1e-8 relative: a tellurium or COPASI user runs the same model.
 */
class SbmlExportRoundTripTest {

    private static String xml;
    private static Model back;

    @BeforeAll
    static void export() {
        xml = SbmlExporter.write(PatientModel.standard().model());
        back = SbmlImporter.read(xml, "patient.xml");
    }

    @Test
    void levelThreeVersionTwoWithMiriamSources() {
        assertTrue(xml.contains("level=\"3\"") && xml.contains("version=\"2\""));
        assertTrue(xml.contains("https://identifiers.org/doi:10.1016/j.cell.2020.11.025"), "Karki 2021 as a MIRIAM URI");
        assertTrue(xml.contains("bqbiol") || xml.contains("bqmodel"), "CV terms written");
        // every annotation comes back: evidence grade and range of a parameter
        Parameter k = back.parameters().stream().filter(p -> p.id().equals("k_celldeath")).findFirst().orElseThrow();
        assertEquals("single-source", k.annotation().evidence());
        assertTrue(k.annotation().properties().containsKey("range"));
        assertEquals(List.of(), SbmlConsistency.check(SbmlExporter.toDocument(PatientModel.standard().model())).errors());
    }

    @Test
    void everyBuiltInScenarioReproducesWithinOneInAHundredMillion() {
        PatientSimulator original = PatientSimulator.standard();
        PatientSimulator imported = PatientSimulator.of(PatientModel.of("sbml", back, PatientModel.standard().table()));
        List<String> worst = new ArrayList<>();
        for (String name : BuiltInScenarios.names()) {
            PatientRun a = original.run(BuiltInScenarios.load(name), Map.of());
            PatientRun b = imported.run(BuiltInScenarios.load(name), Map.of());
            for (OutputColumn c : a.columns()) {
                double[] x = a.column(c.name());
                double[] y = b.column(c.name());
                double scale = 0;
                for (double v : x) {
                    scale = Math.max(scale, Math.abs(v));
                }
                for (int i = 0; i < x.length; i++) {
                    double err = Math.abs(x[i] - y[i]) / (Math.abs(x[i]) + 1e-6 * scale + 1e-300);
                    if (err > 1e-8) {
                        worst.add(name + " " + c.name() + " at " + a.timeH()[i] + " h: " + x[i] + " vs " + y[i]);
                        break;
                    }
                }
            }
        }
        assertEquals(List.of(), worst);
    }
}
