package org.cytostorm.report.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cytostorm.physiology.run.PatientRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOutputsTest {

    @TempDir
    Path dir;

    @Test
    void writesTheThreeFilesIntoANewDirectory() throws IOException {
        Path out = dir.resolve("runs/axi-cel");
        OutputFiles files = RunOutputs.writeAll(SyntheticRuns.typical(), out);
        assertEquals(out.resolve("timeseries.csv"), files.timeseriesCsv());
        assertEquals(out.resolve("summary.json"), files.summaryJson());
        assertEquals(out.resolve("report.html"), files.reportHtml());
        for (Path file : new Path[] {files.timeseriesCsv(), files.summaryJson(), files.reportHtml()}) {
            assertTrue(Files.size(file) > 0, file.toString());
        }
        try (Stream<Path> listing = Files.list(out)) {
            assertEquals(3, listing.count(), "nothing but the three files");
        }
    }

    @Test
    void nanWritesNothingAtAll() throws IOException {
        PatientRun bad = SyntheticRuns.withValue(SyntheticRuns.typical(), "tocilizumab_conc", 0, Double.NaN);
        Path out = dir.resolve("bad");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunOutputs.writeAll(bad, out));
        assertTrue(e.getMessage().contains("'tocilizumab_conc'"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aRunIntoTheFolderOfAnotherReplacesAllThreeFilesAndLeavesNothingBeside() throws IOException {
        Path shared = dir.resolve("shared");
        Path alone = dir.resolve("alone");
        RunOutputs.writeAll(SyntheticRuns.typical(), shared);
        RunOutputs.writeAll(SyntheticRuns.treated(), shared);
        RunOutputs.writeAll(SyntheticRuns.treated(), alone);
        for (String f : RunOutputs.NAMES) {
            assertEquals(Files.readString(alone.resolve(f)), Files.readString(shared.resolve(f)), f);
        }
        try (Stream<Path> listing = Files.list(dir)) {
            assertEquals(2, listing.count(), "no staging directory, old set or lock beside the two folders");
        }
    }

    @Test
    void aRunThatCannotBeWrittenLeavesTheEarlierSet() throws IOException {
        Path out = dir.resolve("out");
        RunOutputs.writeAll(SyntheticRuns.typical(), out);
        String before = Files.readString(out.resolve(RunOutputs.SUMMARY_JSON));
        PatientRun bad = SyntheticRuns.withValue(SyntheticRuns.treated(), "IL6", 2, Double.POSITIVE_INFINITY);
        assertThrows(IllegalArgumentException.class, () -> RunOutputs.writeAll(bad, out));
        assertEquals(before, Files.readString(out.resolve(RunOutputs.SUMMARY_JSON)));
    }
}
