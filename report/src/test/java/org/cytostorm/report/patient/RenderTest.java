package org.cytostorm.report.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytostorm.physiology.run.PatientRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every patient output renders to a string or a stream exactly as to its file, for a server or a notebook. */
class RenderTest {

    @TempDir
    Path dir;

    @Test
    void aStringOrAStreamHoldsWhatTheFileHolds() throws IOException {
        PatientRun run = SyntheticRuns.treated();
        OutputFiles files = RunOutputs.writeAll(run, dir);
        StringWriter csv = new StringWriter();
        TimeseriesCsv.write(run, csv);
        assertEquals(Files.readString(files.timeseriesCsv()), csv.toString());
        assertEquals(Files.readString(files.summaryJson()), SummaryJson.render(run));
        assertEquals(Files.readString(files.reportHtml()), HtmlReport.render(run));
    }

    @Test
    void aRunWithANonFiniteValueRendersNothing() {
        PatientRun bad = SyntheticRuns.withValue(SyntheticRuns.typical(), "IL6", 3, Double.NaN);
        assertThrows(IllegalArgumentException.class, () -> HtmlReport.render(bad));
        assertThrows(IllegalArgumentException.class, () -> SummaryJson.render(bad));
        assertThrows(IllegalArgumentException.class, () -> TimeseriesCsv.write(bad, new StringWriter()));
    }
}
