package org.cytostorm.tissue.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an image file whole or not at all, as {@link org.cytostorm.engine.io.AtomicFiles} does
 * for text: into a temporary file beside the target, renamed over it only when writing succeeded,
 * so a reader (a browser showing the report, a crash) never sees half a frame. AtomicFiles itself
 * writes characters through a UTF-8 writer and cannot carry image bytes, hence this twin.
 *
 * <p>ImageIO writes straight into the temporary file; going through an OutputStream would make it
 * cache the stream in another temporary file elsewhere.
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
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (ImageOutputStream out = new FileImageOutputStream(tmp.toFile())) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
