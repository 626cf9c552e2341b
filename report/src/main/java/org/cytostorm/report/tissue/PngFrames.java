package org.cytostorm.report.tissue;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Writes frames as PNG (lossless: a voxel keeps its paint's exact colour), atomically, under names
 * that sort in time order, so the animation and the report can list a directory of frames.
 */
public final class PngFrames {

    private PngFrames() {
    }

    /** Writes {@code image} to {@code file} as PNG, atomically (see {@link AtomicImageFile}). */
    public static void write(RenderedImage image, Path file) throws IOException {
        AtomicImageFile.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer for an image of type " + image.getClass().getName());
            }
        });
    }

    /**
     * The file name of frame {@code index}: {@code frame_00012.png}. Zero-padded to five digits so
     * that names sort in time order, up to 99 999 frames.
     */
    public static String name(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("frame index must not be negative, got " + index);
        }
        return String.format(Locale.ROOT, "frame_%05d.png", index);
    }
}
