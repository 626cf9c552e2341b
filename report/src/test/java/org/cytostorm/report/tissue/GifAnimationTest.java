package org.cytostorm.report.tissue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifAnimationTest {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    private static final int[] COLOURS = {0xC0392B, 0x27AE60, 0x2E86C1};

    @TempDir
    Path dir;

    /** Frame k: its own colour with a white bar in the middle, as PNG. */
    private List<Path> frames(int width, int height) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < COLOURS.length; k++) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(COLOURS[k]));
            g.fillRect(0, 0, width, height);
            g.setColor(Color.WHITE);
            g.fillRect(0, height / 2 - 2, width, 4);
            g.dispose();
            Path file = dir.resolve(PngFrames.name(k));
            PngFrames.write(image, file);
            files.add(file);
        }
        return files;
    }

    /** What a GIF holds, read back with ImageIO: the frames and each frame's metadata tree. */
    private record Read(List<BufferedImage> images, List<IIOMetadataNode> metadata) {
    }

    private static Read read(Path gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            int n = reader.getNumImages(true);
            List<BufferedImage> images = new ArrayList<>();
            List<IIOMetadataNode> metadata = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                images.add(reader.read(i));
                metadata.add((IIOMetadataNode) reader.getImageMetadata(i).getAsTree(FORMAT));
            }
            return new Read(images, metadata);
        } finally {
            reader.dispose();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode node, String name) {
        for (int n = 0; n < node.getLength(); n++) {
            if (node.item(n).getNodeName().equals(name)) {
                return (IIOMetadataNode) node.item(n);
            }
        }
        return null;
    }

    @Test
    void threeFramesLoopingForeverWithTheDelayAskedFor() throws IOException {
        Path gif = dir.resolve("animation.gif");
        new GifAnimation(250, GifAnimation.NO_WIDTH_LIMIT).write(frames(120, 80), gif);

        Read read = read(gif);
        assertEquals(3, read.images().size());
        for (int k = 0; k < 3; k++) {
            BufferedImage image = read.images().get(k);
            assertEquals(120, image.getWidth());
            assertEquals(80, image.getHeight());
            // Frames in order, colours exact: three colours fit any palette.
            assertEquals(COLOURS[k], image.getRGB(10, 10) & 0xFFFFFF, "frame " + k);
            assertEquals(0xFFFFFF, image.getRGB(60, 40) & 0xFFFFFF, "frame " + k);
            // GIF counts delays in hundredths of a second: 250 ms is 25.
            IIOMetadataNode control = child(read.metadata().get(k), "GraphicControlExtension");
            assertNotNull(control, "frame " + k + " has a graphic control extension");
            assertEquals("25", control.getAttribute("delayTime"));
        }
        IIOMetadataNode extensions = child(read.metadata().get(0), "ApplicationExtensions");
        assertNotNull(extensions, "the first frame carries the loop extension");
        IIOMetadataNode loop = child(extensions, "ApplicationExtension");
        assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
        assertEquals("2.0", loop.getAttribute("authenticationCode"));
        // Sub-block id 1, then the loop count, little-endian: 0 means forever.
        assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) loop.getUserObject());
        assertNull(child(read.metadata().get(1), "ApplicationExtensions"), "one loop extension, on the first frame");

        assertEquals(List.of("animation.gif", "frame_00000.png", "frame_00001.png", "frame_00002.png"),
                PngFramesTest.names(dir), "no temporary file left");
    }

    @Test
    void wideFramesAreScaledDownKeepingTheirAspect() throws IOException {
        Path gif = dir.resolve("small.gif");
        new GifAnimation(100, 150).write(frames(600, 200), gif);
        Read read = read(gif);
        assertEquals(3, read.images().size());
        for (int k = 0; k < 3; k++) {
            assertEquals(150, read.images().get(k).getWidth());
            assertEquals(50, read.images().get(k).getHeight());
            assertEquals(COLOURS[k], read.images().get(k).getRGB(5, 5) & 0xFFFFFF, "a flat area keeps its colour");
            assertEquals("10", child(read.metadata().get(k), "GraphicControlExtension").getAttribute("delayTime"));
        }
    }

    @Test
    void delaysOutsideWhatAGifStoresAreRefused() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> new GifAnimation(4, 0));
        assertThrows(IllegalArgumentException.class, () -> new GifAnimation(700_000, 0));
        assertEquals(4, new GifAnimation(44, 0).delayCentiseconds());
        assertThrows(IllegalArgumentException.class, () -> new GifAnimation(100, 0).write(List.of(), dir.resolve("x.gif")));
    }
}
