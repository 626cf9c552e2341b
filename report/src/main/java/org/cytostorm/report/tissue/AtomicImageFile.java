package org.cytostorm.report.tissue;

import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.cytostorm.common.io.AtomicFiles;

/**
 * Writes an image file whole or not at all (through {@link AtomicFiles#writeBinary}), so a reader
 * (a browser showing the report, a crash) never sees half a frame. ImageIO writers want an
 * {@link ImageOutputStream}; a memory cache avoids ImageIO's own temporary file elsewhere.
 */
final class AtomicImageFile {

    /** Writes the image into the stream; may throw. */
    @FunctionalInterface
    interface Content {
        void writeTo(ImageOutputStream out) throws IOException;
    }

    private AtomicImageFile() {
    }

    static void write(Path target, Content content) throws IOException {
        AtomicFiles.writeBinary(target, raw -> {
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(raw)) {
                content.writeTo(out);
            }
        });
    }
}
