package org.cytostorm.common.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writes files whole or not at all: content goes to a temporary file beside the target, which is
 * renamed over the target only when writing succeeded. A crash or error never leaves a partial file.
 * The file is created with the process's default permissions (the umask decides), as any other
 * program's output would be; {@link Files#createTempFile} would make it private (0600).
 */
public final class AtomicFiles {

    /** Names temporary files; not for results (results draw from keyed streams). */
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes content to a writer; may throw. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes bytes to a stream; may throw. */
    @FunctionalInterface
    public interface BinaryContent {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes a binary file whole or not at all: a temporary file beside it, then a rename. */
    public static void writeBinary(Path target, BinaryContent content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = createUnique(dir, "." + absolute.getFileName() + ".");
        try {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(o);
            }
            move(tmp, absolute);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A new empty file {@code prefix<random>.tmp} in {@code dir}, with default permissions. */
    private static Path createUnique(Path dir, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path tmp, Path absolute) throws IOException {
        try {
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void write(Path target, Content content) throws IOException {
        writeBinary(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(w);
            w.flush();
        });
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, w -> w.write(text));
    }
}
