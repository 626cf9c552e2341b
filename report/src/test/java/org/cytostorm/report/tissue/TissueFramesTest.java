package org.cytostorm.report.tissue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cytostorm.tissue.config.Overrides;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.config.TissueConfigs;
import org.cytostorm.tissue.run.FrontSpeed;
import org.cytostorm.tissue.run.ProgressListener;
import org.cytostorm.tissue.run.TissueRunner;
import org.cytostorm.tissue.sim.PlasmaSource;
import org.cytostorm.tissue.sim.Snapshot;
import org.cytostorm.tissue.sim.SnapshotFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's frames are kept as snapshots while it runs and drawn at its end on one scale, the largest
 * value of the drawn field in any frame; then the snapshots and the checkpoint are gone.
 */
class TissueFramesTest {
    @TempDir
    Path dir;

    /** A planar tissue: the drawn layer is the whole field, so the timeseries' maximum is the frame's. */
    private static TissueConfig config() {
        return TissueConfigs.resolve("lung-focal-infection", Overrides.parse(List.of("grid.nx=50", "grid.ny=40",
                "time.duration_h=6", "time.frame_every_h=2", "time.checkpoint_every_h=6",
                "layout.regions[0].radius=40")));
    }

    private static TissueRunner.Result run(TissueConfig c, TissueOutputs out) {
        return new TissueRunner(c, 2, PlasmaSource.NONE, out.checkpoint(), out.frames(), ProgressListener.SILENT).run();
    }

    @Test
    void theRunMaximumIsTheLargestValueOfTheDrawnFieldInAnyFrame() throws IOException {
        TissueConfig c = config();
        TissueOutputs out = new TissueOutputs(dir);
        TissueRunner.Result r = run(c, out);
        assertEquals(4, r.frames().size(), "frames at 0, 2, 4 and 6 h");
        assertFalse(Files.exists(dir.resolve(TissueOutputs.FRAMES)), "no frame is drawn before the run ends");

        // the same maximum computed from the timeseries, which the running model wrote, at the frames' times
        String column = "max_" + c.fields().get(c.drawField()).name();
        double[] time = r.column("time_min");
        double[] max = r.column(column);
        double fromRows = 0;
        for (int i = 0; i < r.frames().size(); i++) {
            Snapshot s = SnapshotFile.read(out.snapshot(i));
            int row = indexOf(time, s.minutes());
            fromRows = Math.max(fromRows, max[row]);
        }
        assertTrue(fromRows > 0, "the drawn field rose: " + fromRows);
        assertEquals(fromRows, out.runMaximum(r.frames().size()));

        out.finish(r, FrontSpeed.ofRun(r));
        for (String f : r.frames()) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        assertEquals(List.of(TissueOutputs.ANIMATION_GIF, TissueOutputs.FRAMES, TissueOutputs.REPORT_HTML,
                TissueOutputs.TIMESERIES_CSV), listing(dir), "snapshots and checkpoint removed");
        String report = Files.readString(dir.resolve(TissueOutputs.REPORT_HTML));
        String unit = c.fields().get(c.drawField()).unit();
        assertTrue(report.contains("on one colour scale for the whole run, from 0 to " + Numbers.compact(fromRows)
                + " " + unit), "the report states the frames' scale");
    }

    @Test
    void theFrameScaleDrawsOtherFramesFromTheSameSnapshots(@TempDir Path other) throws IOException {
        TissueConfig c = config();
        TissueOutputs byRun = new TissueOutputs(dir);
        TissueOutputs byFrame = new TissueOutputs(other);
        TissueRunner.Result a = run(c, byRun);
        TissueRunner.Result b = run(c, byFrame);
        for (int i = 0; i < a.frames().size(); i++) {
            assertArrayEquals(Files.readAllBytes(byRun.snapshot(i)), Files.readAllBytes(byFrame.snapshot(i)));
        }
        double runMax = byRun.runMaximum(a.frames().size());
        int fainter = -1;
        List<Double> maxima = new java.util.ArrayList<>();
        for (int i = 0; i < a.frames().size(); i++) {
            double m = FieldScale.largest(SnapshotFile.read(byRun.snapshot(i)).field());
            maxima.add(m);
            fainter = fainter < 0 && m > 0 && m < runMax * 0.9 ? i : fainter;
        }
        assertTrue(fainter >= 0, "a frame whose field stays under 90 % of the run's maximum: " + maxima);
        byRun.finish(a, FrontSpeed.ofRun(a), FrameScale.RUN);
        byFrame.finish(b, FrontSpeed.ofRun(b), FrameScale.FRAME);
        // that frame's heat map is darker on the run's scale than on its own
        FrameLayout layout = FrameLayout.of(c.grid());
        double runLight = heatMapLuminance(dir.resolve(a.frames().get(fainter)), layout);
        double ownLight = heatMapLuminance(other.resolve(b.frames().get(fainter)), layout);
        assertTrue(runLight < ownLight, "run scale " + runLight + ", own scale " + ownLight);
        String report = Files.readString(other.resolve(TissueOutputs.REPORT_HTML));
        assertTrue(report.contains("own maximum (printed on its colour bar)"), "the report states the frames' scale");
    }

    /** Mean relative luminance of the field panel. */
    private static double heatMapLuminance(Path png, FrameLayout layout) throws IOException {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        double sum = 0;
        for (int y = layout.top(); y < layout.top() + layout.panelHeight(); y++) {
            for (int x = layout.fieldX(); x < layout.fieldX() + layout.panelWidth(); x++) {
                sum += FrameRendererTest.luminance(image.getRGB(x, y));
            }
        }
        return sum / (layout.panelWidth() * (double) layout.panelHeight());
    }

    private static int indexOf(double[] values, double v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return i;
            }
        }
        throw new AssertionError("no row at " + v + " min");
    }

    private static List<String> listing(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
