package org.cytostorm.report.tissue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

/**
 * Stacks PNG frames into an animated GIF that loops forever: the one animated format every browser,
 * mail client and slide program shows without a plug-in, so the report can reference it as is.
 *
 * <p>Frames are read, scaled and written one at a time, so a run of thousands of frames needs the
 * memory of one. A frame wider than the width limit is scaled down (keeping its aspect); every frame
 * is brought to the size of the first, as a GIF has one screen size. GIF stores a delay in
 * hundredths of a second, so the delay asked for is rounded to 10 ms.
 *
 * <p>ImageIO's GIF writer reduces each RGB frame to its own 256-colour palette. Frames have few
 * colours (paints, a colour map, text), so little is lost.
 */
public final class GifAnimation {

    /** No limit on frame width. */
    public static final int NO_WIDTH_LIMIT = 0;

    /** GIF's largest delay: an unsigned 16-bit count of hundredths of a second. */
    static final int MAX_DELAY_CS = 0xFFFF;

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final int delayCs;
    private final int maxWidth;

    /**
     * @param frameDelayMs how long each frame shows, ms (10 ms to about 655 s; rounded to 10 ms)
     * @param maxWidth frames wider than this are scaled down to it, px; {@link #NO_WIDTH_LIMIT} for none
     */
    public GifAnimation(int frameDelayMs, int maxWidth) {
        int cs = Math.round(frameDelayMs / 10f);
        if (cs < 1 || cs > MAX_DELAY_CS) {
            throw new IllegalArgumentException("frame delay must be from 10 ms to " + MAX_DELAY_CS * 10
                    + " ms, got " + frameDelayMs + " ms");
        }
        if (maxWidth < 0) {
            throw new IllegalArgumentException("width limit must not be negative, got " + maxWidth);
        }
        this.delayCs = cs;
        this.maxWidth = maxWidth;
    }

    /** The delay between frames as stored in the GIF, hundredths of a second. */
    public int delayCentiseconds() {
        return delayCs;
    }

    /**
     * Writes the animation of {@code frames} (image files ImageIO reads, in order) to {@code target},
     * atomically.
     *
     * @throws IllegalArgumentException if there are no frames
     * @throws IOException if a frame cannot be read or the GIF not written
     */
    public void write(List<Path> frames, Path target) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("no GIF writer available");
        }
        ImageWriter writer = writers.next();
        try {
            AtomicImageFile.write(target, out -> {
                writer.setOutput(out);
                writer.prepareWriteSequence(null);
                int width = 0;
                int height = 0;
                for (int f = 0; f < frames.size(); f++) {
                    BufferedImage frame = read(frames.get(f));
                    if (f == 0) {
                        width = maxWidth != NO_WIDTH_LIMIT && frame.getWidth() > maxWidth ? maxWidth : frame.getWidth();
                        height = Math.max(1, (int) Math.round(frame.getHeight() * (double) width / frame.getWidth()));
                    }
                    BufferedImage scaled = scaled(frame, width, height);
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    IIOMetadata metadata = metadata(writer, scaled, param, f == 0);
                    writer.writeToSequence(new IIOImage(scaled, null, metadata), param);
                }
                writer.endWriteSequence();
            });
        } finally {
            writer.dispose();
        }
    }

    private static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("not an image ImageIO can read: " + file);
        }
        return image;
    }

    /**
     * {@code image} at {@code width × height}, as RGB. Shrinking halves the size in steps with
     * bilinear filtering before the last step: one bilinear step of more than a halving would skip
     * pixels and drop thin features such as a one-voxel-wide front.
     */
    static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() != width || current.getHeight() != height
                || current.getType() != BufferedImage.TYPE_INT_RGB) {
            int w = current.getWidth() / 2 >= width ? current.getWidth() / 2 : width;
            int h = current.getHeight() / 2 >= height ? current.getHeight() / 2 : height;
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        }
        return current;
    }

    /**
     * The frame's metadata: its delay (Graphic Control Extension) and, on the first frame, the
     * NETSCAPE2.0 application extension with loop count 0, which viewers read as "loop forever".
     */
    private IIOMetadata metadata(ImageWriter writer, BufferedImage image, ImageWriteParam param, boolean first)
            throws IIOInvalidTreeException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);

        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCs));
        control.setAttribute("transparentColorIndex", "0");

        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            // Sub-block 1, then the loop count as a little-endian 16-bit number: 0 = forever.
            loop.setUserObject(new byte[] {1, 0, 0});
            extensions.appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
        return metadata;
    }

    /** The child of {@code root} named {@code name}, created if missing. */
    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int n = 0; n < root.getLength(); n++) {
            if (root.item(n).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(n);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
