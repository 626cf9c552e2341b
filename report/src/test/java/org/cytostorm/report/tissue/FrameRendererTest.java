package org.cytostorm.report.tissue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.cytostorm.tissue.cells.Paint;
import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.sim.Snapshot;
import org.junit.jupiter.api.Test;

class FrameRendererTest {

    private static final double DX = 10;
    private static final Grid GRID = Grid.planar(10, 10, DX);
    /** 400 px at least for 10 voxels: 40 px per voxel, 4 px per µm. */
    private static final int SCALE = 40;

    /** Five paints spread so that no two neighbours along x or y share one. */
    private static final Paint[] PATTERN = {Paint.EPITHELIUM, Paint.EPITHELIUM_INFECTED, Paint.DEAD_LYTIC,
        Paint.VESSEL, Paint.EMPTY};

    /** viridis' ends (matplotlib's table, first and last entries, as 8-bit sRGB). */
    private static final int VIRIDIS_BOTTOM = 0x440154;
    private static final int VIRIDIS_TOP = 0xFDE725;
    /** matplotlib's viridis entry 128 of 256 (0.127568, 0.566949, 0.550556) as 8-bit: its middle. */
    private static final int VIRIDIS_MIDDLE = 0x21918C;

    private static Paint paintAt(int i, int j) {
        // Voxel (0, 0) is a tumour cell, so the test can tell which corner is drawn where.
        return i == 0 && j == 0 ? Paint.TUMOUR : PATTERN[(i + 2 * j) % PATTERN.length];
    }

    private static Paint[] voxelPaints() {
        Paint[] paints = new Paint[GRID.nx() * GRID.ny()];
        for (int j = 0; j < GRID.ny(); j++) {
            for (int i = 0; i < GRID.nx(); i++) {
                paints[GRID.index(i, j, 0)] = paintAt(i, j);
            }
        }
        return paints;
    }

    /** The field rising along x by {@code step} per voxel, the same in every row. */
    private static double[] rampX(double step) {
        double[] field = new double[GRID.nx() * GRID.ny()];
        for (int n = 0; n < field.length; n++) {
            field[n] = GRID.i(n) * step;
        }
        return field;
    }

    private static Snapshot snapshot(double[] field, double[] ax, double[] ay, Paint[] ap) {
        return new Snapshot(GRID, 750, 0, voxelPaints(), ax, ay, ap, "IL6", "pg/mL", field);
    }

    private static Snapshot plain(double[] field) {
        return snapshot(field, new double[0], new double[0], new Paint[0]);
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    /** Pixel column of voxel column i's left edge in a panel starting at panelX (scale fixed by the grid). */
    private static int voxelLeft(int panelX, int i) {
        return panelX + i * SCALE;
    }

    /** Pixel row of voxel row j's top edge: y points up, so row 0 is the bottom of the panel. */
    private static int voxelTop(FrameLayout layout, int j) {
        return layout.top() + (GRID.ny() - 1 - j) * SCALE;
    }

    /** Relative luminance (sRGB, ITU-R BT.709 weights on linear light). */
    static double luminance(int rgb) {
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Test
    void scaleGivesAtLeastFourHundredPixelsPerPanel() {
        FrameLayout small = FrameLayout.of(GRID);
        assertEquals(SCALE, small.scale());
        assertEquals(400, small.panelWidth());
        assertEquals(400, small.panelHeight());
        assertTrue(small.fieldX() >= small.cellsX() + small.panelWidth(), "panels side by side, not overlapping");

        FrameLayout wide = FrameLayout.of(Grid.planar(400, 400, 20));
        assertEquals(1, wide.scale(), "a 400-voxel grid at 1 px per voxel");

        FrameLayout odd = FrameLayout.of(Grid.planar(300, 30, 20));
        assertEquals(2, odd.scale(), "the smallest integer scale reaching 400 px: 2 × 300");
    }

    @Test
    void imageSizeIsCappedForLongAndHugeGrids() {
        // 10 × 200: 40 px per voxel would make the panel 8000 px tall; the cap (1024) allows 5.
        FrameLayout tall = FrameLayout.of(Grid.planar(10, 200, 10));
        assertEquals(5, tall.scale());
        assertEquals(1000, tall.panelHeight());

        // 3000 voxels along x do not fit at 1 px each: the panel is cut down to the cap.
        Grid huge = Grid.planar(3000, 10, 10);
        FrameLayout layout = FrameLayout.of(huge);
        assertTrue(layout.panelWidth() <= FrameLayout.MAX_PANEL, "panel " + layout.panelWidth() + " px wide");
        assertTrue(layout.width() <= 2 * FrameLayout.MAX_PANEL + 300, "image " + layout.width() + " px wide");

        // Left third tumour, the rest epithelium: subsampled, the panel still shows a third and two thirds.
        Paint[] paints = new Paint[huge.nx() * huge.ny()];
        for (int n = 0; n < paints.length; n++) {
            paints[n] = huge.i(n) < 1000 ? Paint.TUMOUR : Paint.EPITHELIUM;
        }
        BufferedImage image = new FrameRenderer().render(new Snapshot(huge, 0, 0, paints, new double[0],
                new double[0], new Paint[0], "IL6", "pg/mL", new double[paints.length]));
        int y = layout.top() + layout.panelHeight() / 2;
        int third = layout.cellsX() + layout.panelWidth() / 3;
        assertEquals(Palette.rgb(Paint.TUMOUR), rgb(image, third - 2, y));
        assertEquals(Palette.rgb(Paint.EPITHELIUM), rgb(image, third + 2, y));
        assertEquals(Palette.rgb(Paint.EPITHELIUM), rgb(image, layout.cellsX() + layout.panelWidth() - 1, y));
    }

    @Test
    void everyPixelOfAVoxelHasItsPaintsColour() {
        BufferedImage image = new FrameRenderer().render(plain(rampX(1)));
        FrameLayout layout = FrameLayout.of(GRID);
        assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
        assertEquals(layout.width(), image.getWidth());
        assertEquals(layout.height(), image.getHeight());
        for (int j = 0; j < GRID.ny(); j++) {
            for (int i = 0; i < GRID.nx(); i++) {
                int left = voxelLeft(layout.cellsX(), i);
                int top = voxelTop(layout, j);
                int expected = Palette.rgb(paintAt(i, j));
                // Centre and the four corner pixels: crisp voxels, no blending with neighbours.
                int[][] probes = {{SCALE / 2, SCALE / 2}, {0, 0}, {SCALE - 1, 0}, {0, SCALE - 1},
                    {SCALE - 1, SCALE - 1}};
                for (int[] p : probes) {
                    assertEquals(expected, rgb(image, left + p[0], top + p[1]),
                            "voxel (" + i + ", " + j + ") at offset " + p[0] + ", " + p[1]);
                }
            }
        }
        // y points up: the tumour cell of voxel (0, 0) is in the bottom-left corner of the panel.
        assertEquals(Palette.rgb(Paint.TUMOUR), rgb(image, layout.cellsX(), layout.top() + layout.panelHeight() - 1));
    }

    @Test
    void mobileCellsAreDiscsOfOneCellDiameterAtTheirPositions() {
        // Positions off the voxel centres, on voxels of other paints than the cells'.
        double[] ax = {27, 73};
        double[] ay = {71, 34};
        Paint[] ap = {Paint.MACROPHAGE, Paint.CAR_T};
        BufferedImage image = new FrameRenderer().render(snapshot(rampX(1), ax, ay, ap));
        FrameLayout layout = FrameLayout.of(GRID);
        // 8 µm at 4 px per µm.
        assertEquals(32, FrameRenderer.discDiameter(plain(rampX(1))));
        for (int a = 0; a < ax.length; a++) {
            int cx = (int) Math.round(layout.cellsX() + ax[a] * SCALE / DX);
            int cy = (int) Math.round(layout.top() + layout.panelHeight() - ay[a] * SCALE / DX);
            int colour = Palette.rgb(ap[a]);
            assertEquals(colour, rgb(image, cx, cy), "centre of cell " + a);
            for (int[] d : new int[][] {{10, 0}, {-10, 0}, {0, 10}, {0, -10}}) {
                assertEquals(colour, rgb(image, cx + d[0], cy + d[1]), "inside the 16 px radius of cell " + a);
            }
            for (int[] d : new int[][] {{20, 0}, {-20, 0}, {0, 20}, {0, -20}}) {
                assertNotEquals(colour, rgb(image, cx + d[0], cy + d[1]), "outside the radius of cell " + a);
            }
        }
        // The voxel under neither cell keeps its paint.
        assertEquals(Palette.rgb(paintAt(5, 5)), rgb(image, voxelLeft(layout.cellsX(), 5) + 20, voxelTop(layout, 5) + 20));
    }

    @Test
    void cellsSmallerThanAPixelStillShowAsTwoByTwo() {
        // 400 voxels of 20 µm at 1 px each: an 8 µm cell would be 0.4 px.
        Grid grid = Grid.planar(400, 400, 20);
        Paint[] paints = new Paint[grid.nx() * grid.ny()];
        Arrays.fill(paints, Paint.EPITHELIUM);
        Snapshot s = new Snapshot(grid, 0, 0, paints, new double[] {2010}, new double[] {4010},
                new Paint[] {Paint.NEUTROPHIL}, "IL6", "pg/mL", new double[paints.length]);
        BufferedImage image = new FrameRenderer().render(s);
        FrameLayout layout = FrameLayout.of(grid);
        int count = 0;
        for (int y = layout.top(); y < layout.top() + layout.panelHeight(); y++) {
            for (int x = layout.cellsX(); x < layout.cellsX() + layout.panelWidth(); x++) {
                if (rgb(image, x, y) == Palette.rgb(Paint.NEUTROPHIL)) {
                    count++;
                    // Within a pixel of (100.5, 400 - 200.5) px from the panel's corner.
                    assertTrue(Math.abs(x - layout.cellsX() - 100.5) <= 1.5 && Math.abs(y - layout.top() - 199.5) <= 1.5,
                            "cell pixel at " + x + ", " + y);
                }
            }
        }
        assertEquals(4, count);
    }

    @Test
    void heatMapRisesAlongTheRampAndItsMaximumIsTheTopColour() {
        BufferedImage image = new FrameRenderer().render(plain(rampX(2.5)));
        FrameLayout layout = FrameLayout.of(GRID);
        double previous = -1;
        for (int i = 0; i < GRID.nx(); i++) {
            int colour = rgb(image, voxelLeft(layout.fieldX(), i) + SCALE / 2, voxelTop(layout, 5) + SCALE / 2);
            double l = luminance(colour);
            assertTrue(l > previous, "luminance rises from voxel " + (i - 1) + " to " + i);
            previous = l;
            for (int j = 0; j < GRID.ny(); j++) {
                assertEquals(colour, rgb(image, voxelLeft(layout.fieldX(), i) + 3, voxelTop(layout, j) + 3),
                        "the ramp does not change along y");
            }
        }
        assertEquals(VIRIDIS_BOTTOM, rgb(image, voxelLeft(layout.fieldX(), 0) + 20, voxelTop(layout, 0) + 20));
        assertEquals(VIRIDIS_TOP, rgb(image, voxelLeft(layout.fieldX(), 9) + 20, voxelTop(layout, 0) + 20));
        // The colour bar: top colour at its top, bottom colour at its foot.
        assertEquals(VIRIDIS_TOP, rgb(image, layout.barX() + 8, layout.top()));
        assertEquals(VIRIDIS_BOTTOM, rgb(image, layout.barX() + 8, layout.top() + layout.barHeight() - 1));
    }

    /** CIE lightness L* (0 black to 100 white) of an sRGB colour: the scale on which 1 is a just noticeable step. */
    static double lightness(int rgb) {
        double y = luminance(rgb);
        double f = y > 216.0 / 24389 ? Math.cbrt(y) : (24389.0 / 27 * y + 16) / 116;
        return 116 * f - 16;
    }

    @Test
    void colourMapLightnessRisesEverywhere() {
        // Coarse steps (1/32 of the scale): strictly lighter each time.
        double previous = -1;
        for (int k = 0; k <= 32; k++) {
            double l = lightness(ColourMap.VIRIDIS.rgb(k / 32.0));
            assertTrue(l > previous + 1, "lightness rises by a visible step to " + k + "/32");
            previous = l;
        }
        // Fine steps: never darker by more than 8-bit rounding (channels moving in opposite directions
        // round at different points), far below the just noticeable step of 1.
        previous = -1;
        for (int k = 0; k <= 1000; k++) {
            double l = lightness(ColourMap.VIRIDIS.rgb(k / 1000.0));
            assertTrue(l > previous - 0.25, "lightness falls at " + k / 1000.0 + ": " + previous + " to " + l);
            previous = Math.max(previous, l);
        }
        assertTrue(lightness(VIRIDIS_TOP) - lightness(VIRIDIS_BOTTOM) > 70, "the map spans dark to light");
    }

    @Test
    void aFixedScaleGivesOneValueOneColourAcrossFrames() {
        FieldScale shared = FieldScale.fixed(45);
        FrameLayout layout = FrameLayout.of(GRID);
        // Frame A rises by 2.5 per voxel to 22.5, frame B by 5 to 45: value 20 is voxel 8 in A and voxel 4 in B.
        BufferedImage a = new FrameRenderer(shared).render(plain(rampX(2.5)));
        BufferedImage b = new FrameRenderer(shared).render(plain(rampX(5)));
        int y = voxelTop(layout, 3) + 20;
        assertEquals(rgb(a, voxelLeft(layout.fieldX(), 8) + 20, y), rgb(b, voxelLeft(layout.fieldX(), 4) + 20, y));
        int half = rgb(a, voxelLeft(layout.fieldX(), 9) + 20, y);
        assertNotEquals(VIRIDIS_TOP, half, "22.5 is half of the fixed maximum, not the top");
        assertClose(VIRIDIS_MIDDLE, half, 2);
        assertEquals(VIRIDIS_TOP, rgb(b, voxelLeft(layout.fieldX(), 9) + 20, y));

        // Per frame, the same value takes different colours in the two frames.
        BufferedImage pa = new FrameRenderer().render(plain(rampX(2.5)));
        BufferedImage pb = new FrameRenderer().render(plain(rampX(5)));
        assertNotEquals(rgb(pa, voxelLeft(layout.fieldX(), 8) + 20, y), rgb(pb, voxelLeft(layout.fieldX(), 4) + 20, y));
    }

    @Test
    void aGrowingScaleNeverShrinks() {
        FrameRenderer renderer = new FrameRenderer(FieldScale.growing());
        FrameLayout layout = FrameLayout.of(GRID);
        int y = voxelTop(layout, 3) + 20;
        BufferedImage first = renderer.render(plain(rampX(1)));    // 0 … 9
        BufferedImage second = renderer.render(plain(rampX(0.5))); // 0 … 4.5, drawn on the scale of 9
        assertNotEquals(VIRIDIS_TOP, rgb(second, voxelLeft(layout.fieldX(), 9) + 20, y));
        // Value 4 is voxel 4 in the first frame and voxel 8 in the second.
        assertEquals(rgb(first, voxelLeft(layout.fieldX(), 4) + 20, y), rgb(second, voxelLeft(layout.fieldX(), 8) + 20, y));
    }

    @Test
    void notANumberIsGreyAndAnEmptyFieldIsTheBottomColour() {
        double[] field = new double[GRID.nx() * GRID.ny()];
        field[GRID.index(2, 3, 0)] = Double.NaN;
        BufferedImage image = new FrameRenderer().render(plain(field));
        FrameLayout layout = FrameLayout.of(GRID);
        assertEquals(0x808080, rgb(image, voxelLeft(layout.fieldX(), 2) + 20, voxelTop(layout, 3) + 20));
        assertEquals(VIRIDIS_BOTTOM, rgb(image, voxelLeft(layout.fieldX(), 3) + 20, voxelTop(layout, 3) + 20));
    }

    @Test
    void titleGivesHoursWithOneDecimalAndTheField() {
        Snapshot s = plain(rampX(1)); // 750 min
        assertEquals("t = 12.5 h \u00b7 IL6 (pg/mL)", FrameRenderer.title(s));
        Snapshot volume = new Snapshot(new Grid(10, 10, 4, DX), 61, 2, voxelPaints(), new double[0], new double[0],
                new Paint[0], "TNF", "", rampX(1));
        assertEquals("t = 1.0 h \u00b7 TNF \u00b7 layer 3 of 4", FrameRenderer.title(volume));
    }

    @Test
    void legendListsThePaintsPresentInDeclaredOrder() {
        Snapshot s = snapshot(rampX(1), new double[] {5}, new double[] {5}, new Paint[] {Paint.CAR_T_ACTIVE});
        // The voxels hold the five pattern paints and the tumour; the one mobile cell is an active CAR T.
        assertEquals(List.of(Paint.EMPTY, Paint.EPITHELIUM, Paint.EPITHELIUM_INFECTED, Paint.DEAD_LYTIC, Paint.VESSEL,
                Paint.TUMOUR, Paint.CAR_T_ACTIVE), FrameRenderer.legend(s));
        assertEquals("CAR T active", Palette.label(Paint.CAR_T_ACTIVE));
        assertEquals("T cell", Palette.label(Paint.T_CELL));
        assertEquals("epithelium infected", Palette.label(Paint.EPITHELIUM_INFECTED));
    }

    @Test
    void framesOfOneGridHaveOneSizeWhateverTheyShow() {
        BufferedImage few = new FrameRenderer().render(plain(rampX(1)));
        Paint[] many = Paint.values();
        double[] ax = new double[many.length];
        double[] ay = new double[many.length];
        BufferedImage all = new FrameRenderer().render(snapshot(rampX(1), ax, ay, many));
        assertEquals(few.getWidth(), all.getWidth());
        assertEquals(few.getHeight(), all.getHeight());
    }

    private static void assertClose(int expected, int actual, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = expected >> shift & 0xFF;
            int a = actual >> shift & 0xFF;
            assertTrue(Math.abs(e - a) <= tolerance, String.format("expected about %06X, got %06X", expected, actual));
        }
    }

    /** A scale bar of a round length above the cells panel's right end, as long as that length on the grid. */
    @Test
    void aScaleBarOfARoundLengthIsDrawnToScale() {
        BufferedImage image = new FrameRenderer().render(plain(rampX(1)));
        FrameLayout layout = FrameLayout.of(GRID);
        double lengthUm = ScaleBar.lengthUm(layout, DX);
        assertTrue(ScaleBar.LENGTHS_UM.contains(lengthUm));
        int expected = (int) Math.round(lengthUm / DX * layout.scale());
        assertTrue(expected <= layout.panelWidth() / 4 + 1, "at most a quarter of the panel");
        int y = ScaleBar.top() + 1;
        int right = layout.cellsX() + layout.panelWidth();
        int dark = 0;
        for (int x = right - expected - 3; x < right + 3; x++) {
            dark += (image.getRGB(x, y) & 0xffffff) == 0x202020 ? 1 : 0;
        }
        assertEquals(expected, dark, "the bar's pixels on its row");
    }
}
