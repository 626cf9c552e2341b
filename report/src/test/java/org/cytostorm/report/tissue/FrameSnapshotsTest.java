package org.cytostorm.report.tissue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.cytostorm.tissue.cells.Paint;
import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.sim.Snapshot;
import org.cytostorm.tissue.sim.SnapshotFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frames kept as snapshots and drawn at the end: on the run's scale one value is one colour in every
 * frame, and the colour bar says so; on each frame's own scale neither holds.
 */
class FrameSnapshotsTest {
    @TempDir
    Path dir;

    private static final Grid GRID = Grid.planar(10, 10, 10);
    /** 40 px per voxel for a 10-voxel grid (see FrameLayout). */
    private static final int SCALE = 40;

    /** The field rising along x by {@code step} per voxel: value {@code i * step} in column i. */
    private static Snapshot ramp(double step, double minutes) {
        double[] field = new double[GRID.nx() * GRID.ny()];
        Paint[] paints = new Paint[field.length];
        for (int n = 0; n < field.length; n++) {
            field[n] = GRID.i(n) * step;
            paints[n] = Paint.EPITHELIUM;
        }
        return new Snapshot(GRID, minutes, 0, paints, new double[0], new double[0], new Paint[0], "IL6", "pg/mL",
                field);
    }

    /** A decaying field: the same ramp at full, half and a quarter strength (max 9, 4.5, 2.25 pg/mL). */
    private FrameSnapshots decaying() throws IOException {
        FrameSnapshots snapshots = new FrameSnapshots(dir);
        snapshots.keep(ramp(1, 0), 0);
        snapshots.keep(ramp(0.5, 60), 1);
        snapshots.keep(ramp(0.25, 120), 2);
        return snapshots;
    }

    private List<Path> pngs(String folder) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            files.add(dir.resolve(folder).resolve(PngFrames.name(i)));
        }
        return files;
    }

    /** The colour at the centre of voxel column i (any row) of the field panel. */
    private static int voxel(BufferedImage image, int i) {
        FrameLayout layout = FrameLayout.of(GRID);
        return image.getRGB(layout.fieldX() + i * SCALE + SCALE / 2, layout.top() + SCALE / 2) & 0xFFFFFF;
    }

    /** The pixels right of the colour bar where its maximum and caption are printed. */
    private static int[] barLabels(BufferedImage image) {
        FrameLayout layout = FrameLayout.of(GRID);
        int x = layout.barX() + FrameLayout.BAR_WIDTH + 1;
        int w = layout.width() - x;
        return image.getRGB(x, layout.top(), w, 34, null, 0, w);
    }

    private static BufferedImage read(Path p) throws IOException {
        return ImageIO.read(p.toFile());
    }

    @Test
    void onTheRunScaleOneValueIsOneColourInEveryFrame() throws IOException {
        FrameSnapshots snapshots = decaying();
        List<Path> files = pngs("run");
        FrameSnapshots.Drawn drawn = snapshots.draw(files, FrameScale.RUN);
        assertEquals(9.0, drawn.runMax());
        BufferedImage full = read(files.get(0));
        BufferedImage half = read(files.get(1));
        BufferedImage quarter = read(files.get(2));
        // 2 pg/mL: column 2 at full strength, 4 at half, 8 at a quarter
        assertEquals(voxel(full, 2), voxel(half, 4));
        assertEquals(voxel(full, 2), voxel(quarter, 8));
        // 4.5 pg/mL, the half field's peak, is not the top colour: the field has faded
        assertEquals(ColourMap.VIRIDIS.top(), voxel(full, 9));
        assertNotEquals(ColourMap.VIRIDIS.top(), voxel(half, 9));
        assertEquals(HeatMap.colour(4.5, 9, ColourMap.VIRIDIS), voxel(half, 9));
        // the colour bar is labelled alike in every frame (its maximum and "run maximum")
        assertTrue(Arrays.equals(barLabels(full), barLabels(quarter)), "bar labels differ between frames");
    }

    @Test
    void onEachFramesOwnScaleTheColoursOfOneValueDiffer() throws IOException {
        FrameSnapshots snapshots = decaying();
        List<Path> files = pngs("frame");
        FrameSnapshots.Drawn drawn = snapshots.draw(files, FrameScale.FRAME);
        assertTrue(Double.isNaN(drawn.runMax()));
        BufferedImage full = read(files.get(0));
        BufferedImage half = read(files.get(1));
        assertNotEquals(voxel(full, 2), voxel(half, 4));
        // every frame's peak is the top colour, so a fading field does not look it
        assertEquals(ColourMap.VIRIDIS.top(), voxel(half, 9));
        assertFalse(Arrays.equals(barLabels(full), barLabels(half)), "each frame's bar shows its own maximum");
    }

    @Test
    void theRunMaximumIsTheLargestValueOfAnySnapshot() throws IOException {
        FrameSnapshots snapshots = new FrameSnapshots(dir);
        Snapshot a = ramp(1, 0);
        Snapshot b = ramp(0.5, 60);
        b.field()[37] = 12.5; // a peak in the middle frame
        b.field()[38] = Double.POSITIVE_INFINITY; // not a value a linear scale can show
        b.field()[39] = Double.NaN;
        snapshots.keep(a, 0);
        snapshots.keep(b, 1);
        snapshots.keep(ramp(0.25, 120), 2);
        // a second computation, from the files, by other means
        double expected = 0;
        for (int i = 0; i < 3; i++) {
            expected = Math.max(expected, Arrays.stream(SnapshotFile.read(snapshots.file(i)).field())
                    .filter(Double::isFinite).max().orElse(0));
        }
        assertEquals(12.5, expected);
        assertEquals(expected, snapshots.runMaximum(3));
        assertEquals(9.0, snapshots.runMaximum(1), "only the frames asked for");
    }

    @Test
    void aFieldEmptyThroughoutDrawsInTheBottomColourOnTheRunScale() throws IOException {
        FrameSnapshots snapshots = new FrameSnapshots(dir);
        snapshots.keep(ramp(0, 0), 0);
        Path png = dir.resolve("empty.png");
        assertEquals(0.0, snapshots.draw(List.of(png), FrameScale.RUN).runMax());
        assertEquals(ColourMap.VIRIDIS.bottom(), voxel(read(png), 9));
    }

    @Test
    void theReportSentenceNamesTheScaleAndItsMaximum() throws IOException {
        FrameSnapshots.Drawn run = decaying().draw(pngs("run"), FrameScale.RUN);
        assertTrue(run.sentence().startsWith("Heat map of IL6 on one colour scale for the whole run, from 0 to 9 pg/mL"),
                run.sentence());
        FrameSnapshots.Drawn frame = decaying().draw(pngs("frame"), FrameScale.FRAME);
        assertTrue(frame.sentence().contains("scaled to each frame's own maximum"), frame.sentence());
        assertTrue(frame.sentence().contains("cannot be compared"), frame.sentence());
    }

    @Test
    void deletingRemovesEverySnapshot() throws IOException {
        FrameSnapshots snapshots = decaying();
        assertTrue(Files.exists(snapshots.file(2)));
        snapshots.delete();
        assertFalse(Files.exists(dir.resolve(FrameSnapshots.DIR)));
        snapshots.delete(); // nothing left: nothing happens
    }

    @Test
    void theScaleIsParsedFromItsWordAndABadWordIsRefused() {
        assertEquals(FrameScale.RUN, FrameScale.parse("run", "--frame-scale"));
        assertEquals(FrameScale.FRAME, FrameScale.parse("frame", "--frame-scale"));
        assertEquals(FrameScale.RUN, FrameScale.DEFAULT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FrameScale.parse("Run", "--frame-scale"));
        assertEquals("--frame-scale must be run (one colour scale for the whole run) or frame (each frame its own), "
                + "got 'Run'", e.getMessage());
    }

    @Test
    void captionsSayWhatTheTopOfTheScaleIs() {
        assertEquals("run maximum", FieldScale.ofRun(3).caption());
        assertEquals("frame maximum", FieldScale.perFrame().caption());
        assertEquals("fixed maximum", FieldScale.fixed(3).caption());
        assertEquals("maximum so far", FieldScale.growing().caption());
        assertEquals(3.0, FieldScale.ofRun(3).maxFor(new double[] {100}), "fixed: a value above it does not move it");
        assertThrows(IllegalArgumentException.class, () -> FieldScale.ofRun(-1));
        assertThrows(IllegalArgumentException.class, () -> FieldScale.ofRun(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> FieldScale.ofRun(Double.POSITIVE_INFINITY));
    }
}
