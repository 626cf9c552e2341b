package org.cytostorm.report.patient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeseriesCsvTest {

    @TempDir
    Path dir;

    @Test
    void roundTripGivesEveryValueBitForBit() throws IOException {
        PatientRun run = SyntheticRuns.typical();
        Path file = dir.resolve("timeseries.csv");
        TimeseriesCsv.write(run, file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        assertEquals("time_h", header[0]);
        for (int c = 0; c < run.columns().size(); c++) {
            assertEquals(run.columns().get(c).name(), header[c + 1]);
        }
        assertEquals(run.timeH().length + 1, lines.size());
        for (int i = 0; i < run.timeH().length; i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertEquals(header.length, cells.length, "row " + i);
            assertEquals(bits(run.timeH()[i]), bits(Double.parseDouble(cells[0])));
            for (int c = 0; c < run.columns().size(); c++) {
                assertEquals(bits(run.values()[c][i]), bits(Double.parseDouble(cells[c + 1])),
                        run.columns().get(c).name() + " at row " + i);
            }
        }
    }

    @Test
    void awkwardDoublesSurvive() throws IOException {
        double[] awkward = {0.1 + 0.2, 1.0 / 3, 1e-300, Double.MIN_VALUE, -0.0, 6.02214076e23, -123456.789,
                Double.MAX_VALUE, 1e7, 1e-3, 4.35};
        double[] time = new double[awkward.length];
        for (int i = 0; i < time.length; i++) {
            time[i] = i / 7.0;
        }
        PatientRun base = SyntheticRuns.short48h();
        PatientRun run = SyntheticRuns.of(base.scenario(),
                List.of(new OutputColumn("x", "a.u.", "labs", "awkward values")), time,
                new double[][] {awkward}, base.summary());
        Path file = dir.resolve("awkward.csv");
        TimeseriesCsv.write(run, file);

        List<String> lines = Files.readAllLines(file);
        double[] back = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[1])).toArray();
        double[] timeBack = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[0])).toArray();
        assertArrayEquals(awkward, back, 0.0);
        assertEquals(bits(-0.0), bits(back[4]), "negative zero keeps its sign");
        assertArrayEquals(time, timeBack, 0.0);
    }

    @Test
    void plainNewlinesAndFinalNewline() throws IOException {
        Path file = dir.resolve("t.csv");
        TimeseriesCsv.write(SyntheticRuns.short48h(), file);
        String text = Files.readString(file);
        assertFalse(text.contains("\r"));
        assertFalse(text.contains("\""));
        assertTrue(text.startsWith("time_h,IL6,HR\n"));
        assertTrue(text.endsWith("\n"));
    }

    @Test
    void nanIsRefusedWithItsColumnAndNoFileIsLeft() throws IOException {
        PatientRun bad = SyntheticRuns.withValue(SyntheticRuns.typical(), "CRP", 17, Double.NaN);
        Path file = dir.resolve("timeseries.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeseriesCsv.write(bad, file));
        assertTrue(e.getMessage().contains("'CRP'"), e.getMessage());
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertFalse(Files.exists(file));
        assertEquals(0, fileCount(), "no temporary file left behind");
    }

    @Test
    void failedWriteKeepsThePreviousFile() throws IOException {
        Path file = dir.resolve("timeseries.csv");
        TimeseriesCsv.write(SyntheticRuns.short48h(), file);
        String before = Files.readString(file);
        PatientRun bad = SyntheticRuns.withValue(SyntheticRuns.short48h(), "HR", 3, Double.POSITIVE_INFINITY);
        assertThrows(IllegalArgumentException.class, () -> TimeseriesCsv.write(bad, file));
        assertEquals(before, Files.readString(file));
        assertEquals(1, fileCount());
    }

    @Test
    void namesThatNeedQuotingAreRefused() {
        PatientRun base = SyntheticRuns.short48h();
        for (String name : List.of("a,b", "say \"hi\"", "two words", "time_h", "IL6")) {
            List<OutputColumn> columns = List.of(base.columns().get(0), new OutputColumn(name, "", "labs", ""));
            PatientRun run = SyntheticRuns.of(base.scenario(), columns, base.timeH(), base.values(), base.summary());
            assertThrows(IllegalArgumentException.class, () -> TimeseriesCsv.write(run, dir.resolve("x.csv")), name);
        }
    }

    private long fileCount() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }
}
