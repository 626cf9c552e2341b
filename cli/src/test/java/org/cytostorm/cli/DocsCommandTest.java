package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.report.docs.OutputDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsCommandTest {

    @TempDir
    Path dir;

    @Test
    void modelPageNamesEverySwitch() throws IOException {
        Path out = dir.resolve("sub/model.md");
        CliRun r = CliRun.of("docs", "model", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String text = Files.readString(out);
        assertTrue(text.contains("./cytostorm docs model"));
        for (ParameterEntry e : PatientModel.standard().table().switches()) {
            assertTrue(text.contains(e.name()), e.name());
        }
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside the page");
        }
    }

    @Test
    void outputsPageKeepsTheRestAndFillsTheTable() throws IOException {
        Path page = dir.resolve("outputs.md");
        Files.writeString(page, "# Outputs\n\nbefore\n\n" + OutputDocs.MARKER + "\n\n## Later\n\nafter\n");
        CliRun r = CliRun.of("docs", "outputs", "--out", page.toString());
        assertEquals(0, r.exitCode(), r.err());
        String text = Files.readString(page);
        assertTrue(text.startsWith("# Outputs\n\nbefore\n\n" + OutputDocs.MARKER + "\n"), text);
        assertTrue(text.endsWith(OutputDocs.END + "\n\n## Later\n\nafter\n"), text);
        assertTrue(text.contains("| `IL6` |"), text);
    }

    @Test
    void outputsPageWithoutMarkerExits2() throws IOException {
        Path page = dir.resolve("outputs.md");
        Files.writeString(page, "# Outputs\n");
        CliRun r = CliRun.of("docs", "outputs", "--out", page.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(page.toString()), r.err());
        assertEquals("# Outputs\n", Files.readString(page));
    }

    @Test
    void docsWithoutAPageExits2() {
        assertEquals(2, CliRun.of("docs").exitCode());
    }
}
