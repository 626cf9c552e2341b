package org.cytostorm.report.tissue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.cytostorm.tissue.cells.Paint;
import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.sim.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngFramesTest {

    @TempDir
    Path dir;

    /** An image where every pixel differs from its neighbours, so any loss or shift shows. */
    static BufferedImage noise(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return image;
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y) & 0xFFFFFF, actual.getRGB(x, y) & 0xFFFFFF, "pixel " + x + ", " + y);
            }
        }
    }

    @Test
    void roundTripKeepsEveryPixelAndLeavesNoTemporaryFile() throws IOException {
        BufferedImage image = noise(97, 61, 1);
        Path file = dir.resolve(PngFrames.name(3));
        PngFrames.write(image, file);
        assertSamePixels(image, ImageIO.read(file.toFile()));
        assertEquals(List.of("frame_00003.png"), names(dir));
    }

    @Test
    void aRenderedFrameRoundTrips() throws IOException {
        BufferedImage frame = new FrameRenderer().render(new Snapshot(Grid.planar(12, 7, 10),
                30, 0, filled(84, Paint.EPITHELIUM), new double[] {55}, new double[] {35},
                new Paint[] {Paint.MACROPHAGE}, "IL6", "pg/mL", ramp(84)));
        Path file = dir.resolve("frame.png");
        PngFrames.write(frame, file);
        assertSamePixels(frame, ImageIO.read(file.toFile()));
    }

    @Test
    void overwritingReplacesTheWholeFile() throws IOException {
        Path file = dir.resolve("frame.png");
        PngFrames.write(noise(200, 200, 1), file);
        BufferedImage second = noise(20, 10, 2);
        PngFrames.write(second, file);
        assertSamePixels(second, ImageIO.read(file.toFile()));
        assertEquals(List.of("frame.png"), names(dir));
    }

    @Test
    void aFailedWriteLeavesNothing() throws IOException {
        // A directory where the file should go: the final move fails after the PNG was written.
        Path blocked = Files.createDirectories(dir.resolve("blocked.png"));
        Files.writeString(blocked.resolve("inside"), "x");
        assertThrows(IOException.class, () -> PngFrames.write(noise(5, 5, 3), blocked));
        assertEquals(List.of("blocked.png"), names(dir));
    }

    @Test
    void namesSortInTimeOrder() {
        assertEquals("frame_00000.png", PngFrames.name(0));
        assertEquals("frame_00012.png", PngFrames.name(12));
        assertEquals(-1, Integer.signum(PngFrames.name(9).compareTo(PngFrames.name(10))));
        assertThrows(IllegalArgumentException.class, () -> PngFrames.name(-1));
    }

    private static Paint[] filled(int n, Paint p) {
        Paint[] paints = new Paint[n];
        Arrays.fill(paints, p);
        return paints;
    }

    private static double[] ramp(int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = k;
        }
        return v;
    }
}
