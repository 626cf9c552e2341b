package org.cytostorm.sbml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.engine.text.AntimonyParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sbml.jsbml.SBMLReader;

/** SBML to model to SBML to model: the same simulation, and a valid exported document. */
class SbmlRoundTripTest {

    static Stream<Path> biomodels() {
        return Reference.allBiomodels().stream();
    }

    private static Solution simulate(Model m, double end) {
        return CompiledModel.compile(m).problem().withUniformTimes(0, end, 101)
                .withOptions(SolverOptions.DEFAULTS.withTolerances(1e-10, 1e-14)).solve().orThrow();
    }

    static void assertSameSimulation(Model expected, Model actual, double end, String what) {
        Solution a = simulate(expected, end);
        Solution b = simulate(actual, end);
        assertEquals(a.names(), b.names(), what);
        assertEquals(a.rows(), b.rows(), what);
        for (String column : a.names()) {
            for (int r = 0; r < a.rows(); r++) {
                double x = a.value(column, r);
                double y = b.value(column, r);
                assertEquals(x, y, 1e-10 * Math.abs(x) + 1e-300, what + ": " + column + " at t = " + a.time(r));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("biomodels")
    void exportedBioModelsSimulateTheSameAndAreValid(Path file) throws Exception {
        Model first = SbmlImporter.read(file);
        String xml = SbmlExporter.write(first);
        SbmlConsistency.Report report = SbmlConsistency.check(new SBMLReader().readSBMLFromString(xml));
        assertTrue(report.isValid(), file.getFileName() + ": " + String.join("\n", report.errors()));
        Model second = SbmlImporter.read(xml, file.getFileName() + " exported");
        assertSameSimulation(first, second, 200, file.getFileName().toString());
        // and once more: the export of an export is the same document
        assertEquals(xml, SbmlExporter.write(second), "writing is stable");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("biomodels")
    void bioModelsWrittenAsTextSimulateTheSame(Path file) throws Exception {
        Model model = SbmlImporter.read(file);
        String text = org.cytostorm.engine.text.AntimonyWriter.write(model);
        Model back = AntimonyParser.parse(text, file.getFileName() + ".ant");
        assertSameSimulation(model, back, 200, file.getFileName() + " as text");
    }

    @Test
    void theKitchenSinkWrittenAsTextSimulatesTheSame() {
        Model original = KitchenSink.model();
        Model fromSbml = SbmlImporter.read(SbmlExporter.write(original), "kitchen sink");
        String text = org.cytostorm.engine.text.AntimonyWriter.write(fromSbml);
        assertSameSimulation(original, AntimonyParser.parse(text, "kitchen-sink.ant"), 60, "kitchen sink as text");
    }

    @Test
    void theKitchenSinkSimulatesTheSameAfterExportAndImport() {
        Model original = KitchenSink.model();
        Model back = SbmlImporter.read(SbmlExporter.write(original), "kitchen sink");
        assertSameSimulation(original, back, 60, "kitchen sink");
    }

    @Test
    void theReynoldsTextModelSimulatesTheSameAfterExportAndImport() throws IOException {
        Model original = AntimonyParser.parse(TestFiles.example("reynolds2006.ant"));
        Model back = SbmlImporter.read(SbmlExporter.write(original), "reynolds");
        assertSameSimulation(original, back, 200, "Reynolds");
        assertEquals(original.parameters(), back.parameters().stream()
                .map(p -> p.withAnnotation(original.parameter(p.id()).orElseThrow().annotation())).toList());
    }
}
