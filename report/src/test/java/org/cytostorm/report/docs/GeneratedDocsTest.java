package org.cytostorm.report.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytostorm.physiology.model.PatientModel;
import org.junit.jupiter.api.Test;

/** The committed generated documentation is what the code generates now. */
class GeneratedDocsTest {

    private static Path root() {
        return Path.of(System.getProperty("cytostorm.root", ".."));
    }

    @Test
    void modelPageIsUpToDate() throws IOException {
        Path page = root().resolve(ModelDocs.PATH);
        assumeTrue(Files.isRegularFile(page), page + " is absent");
        assertEquals(ModelDocs.standard(), Files.readString(page),
                ModelDocs.PATH + " is out of date with the model; regenerate it from the repository root with '"
                        + ModelDocs.REGENERATE + "' and commit it");
    }

    @Test
    void treatmentsPageIsUpToDate() throws IOException {
        Path page = root().resolve(TreatmentDocs.PATH);
        assumeTrue(Files.isRegularFile(page), page + " is absent");
        assertEquals(TreatmentDocs.markdown(), Files.readString(page), TreatmentDocs.PATH
                + " is out of date with the drugs and protocols; regenerate it from the repository root with '"
                + TreatmentDocs.REGENERATE + "' and commit it");
    }

    @Test
    void outputsPageColumnTableIsUpToDate() throws IOException {
        Path page = root().resolve(OutputDocs.PATH);
        assumeTrue(Files.isRegularFile(page), page + " is absent");
        String text = Files.readString(page);
        String message = OutputDocs.PATH + ": the column table is out of date with the simulator's output columns;"
                + " regenerate it from the repository root with '" + OutputDocs.REGENERATE + "' and commit it";
        String block = OutputDocs.generatedBlock(text);
        assertFalse(block.isEmpty(), message);
        assertEquals("\n" + OutputDocs.table(OutputDocs.currentColumns()) + "\n", block, message);
        assertEquals(text, OutputDocs.fill(text, OutputDocs.table(OutputDocs.currentColumns())), message);
    }

    @Test
    void outputsPageTrialTableIsUpToDate() throws IOException {
        Path page = root().resolve(OutputDocs.PATH);
        assumeTrue(Files.isRegularFile(page), page + " is absent");
        String text = Files.readString(page);
        String message = OutputDocs.PATH + ": the table of patients.parquet is out of date with RowSchema;"
                + " regenerate it from the repository root with '" + OutputDocs.REGENERATE + "' and commit it";
        String block = OutputDocs.generatedTrialBlock(text);
        assertFalse(block.isEmpty(), OutputDocs.PATH + " has no block between '" + OutputDocs.TRIAL_MARKER + "' and '"
                + OutputDocs.TRIAL_END + "'");
        assertEquals("\n" + OutputDocs.trialTable(PatientModel.standard().table()) + "\n", block, message);
    }

    @Test
    void scenariosPageReferenceIsUpToDate() throws IOException {
        Path page = root().resolve(ScenarioDocs.PATH);
        assumeTrue(Files.isRegularFile(page), page + " is absent");
        String text = Files.readString(page);
        String message = ScenarioDocs.PATH + ": the reference is out of date with the trigger catalogue, protocols or"
                + " built-in scenarios; regenerate it from the repository root with '" + ScenarioDocs.REGENERATE
                + "' and commit it";
        assertFalse(ScenarioDocs.generatedBlock(text).isEmpty(), message);
        assertEquals(text, ScenarioDocs.fill(text), message);
    }
}
