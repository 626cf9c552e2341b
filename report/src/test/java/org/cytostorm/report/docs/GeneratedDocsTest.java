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

    /** The committed page at {@code path} under the repository root (the test is skipped where it is absent). */
    private static String committed(String path) throws IOException {
        Path page = Path.of(System.getProperty("cytostorm.root", "..")).resolve(path);
        assumeTrue(Files.isRegularFile(page), page + " is absent");
        return Files.readString(page);
    }

    /** The message of an out-of-date page: what it no longer matches and the command that remakes it. */
    private static String outOfDate(String path, String what, String regenerate) {
        return path + " is out of date with " + what + "; regenerate it from the repository root with '" + regenerate
                + "' and commit it";
    }

    @Test
    void modelPageIsUpToDate() throws IOException {
        assertEquals(ModelDocs.standard(), committed(ModelDocs.PATH),
                outOfDate(ModelDocs.PATH, "the model", ModelDocs.REGENERATE));
    }

    @Test
    void treatmentsPageIsUpToDate() throws IOException {
        assertEquals(TreatmentDocs.markdown(), committed(TreatmentDocs.PATH),
                outOfDate(TreatmentDocs.PATH, "the drugs and protocols", TreatmentDocs.REGENERATE));
    }

    @Test
    void outputsPageColumnTableIsUpToDate() throws IOException {
        String text = committed(OutputDocs.PATH);
        String message = outOfDate(OutputDocs.PATH, "the simulator's output columns (the column table)",
                OutputDocs.REGENERATE);
        String block = OutputDocs.generatedBlock(text);
        assertFalse(block.isEmpty(), message);
        assertEquals("\n" + OutputDocs.table(OutputDocs.currentColumns()) + "\n", block, message);
        assertEquals(text, OutputDocs.fill(text, OutputDocs.table(OutputDocs.currentColumns())), message);
    }

    @Test
    void outputsPageTrialTableIsUpToDate() throws IOException {
        String text = committed(OutputDocs.PATH);
        String block = OutputDocs.generatedTrialBlock(text);
        assertFalse(block.isEmpty(), OutputDocs.PATH + " has no block between '" + OutputDocs.TRIAL_MARKER + "' and '"
                + OutputDocs.TRIAL_END + "'");
        assertEquals("\n" + OutputDocs.trialTable(PatientModel.standard().table()) + "\n", block,
                outOfDate(OutputDocs.PATH, "RowSchema (the table of patients.parquet)", OutputDocs.REGENERATE));
    }

    @Test
    void scenariosPageReferenceIsUpToDate() throws IOException {
        String text = committed(ScenarioDocs.PATH);
        String message = outOfDate(ScenarioDocs.PATH, "the trigger catalogue, protocols or built-in scenarios",
                ScenarioDocs.REGENERATE);
        assertFalse(ScenarioDocs.generatedBlock(text).isEmpty(), message);
        assertEquals(text, ScenarioDocs.fill(text), message);
    }
}
