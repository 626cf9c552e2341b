package org.cytostorm.common.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Writes files whole or not at all: content goes to a temporary file beside the target, which is
 * renamed over the target only when writing succeeded. A crash or error never leaves a partial file.
 * The file is created with the process's default permissions (the umask decides), as any other
 * program's output would be; {@link Files#createTempFile} would make it private (0600).
 *
 * <p>The temporary file is {@code .NAME.RANDOM.tmp}. A process killed while writing leaves it
 * behind; the next write of the same target deletes every such leftover, so none outlives the
 * next run. (Two writers of one target at the same moment are not supported, as they never were:
 * the last rename would win anyway.)
 */
public final class AtomicFiles {

    /** Names temporary files; not for results (results draw from keyed streams). */
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A temporary file of this class: {@code .NAME.RANDOM.tmp}, RANDOM in base 36. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-z]{1,13}\\.tmp");

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

    /**
     * Checks, before any work, that {@code target} can be written as one file: no folder above it
     * is a regular file, its folder can be created and written, and it is not a directory.
     *
     * @param label names the target in messages (an option such as {@code --out})
     * @throws org.cytostorm.common.input.InputException naming the label and what is wrong
     */
    public static void requireWritable(Path target, String label) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new org.cytostorm.common.input.InputException(label, 0, "", "'" + target
                    + "' is a directory, not a file");
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            OutputPlace.resolve(parent, label);
        }
    }

    /** Writes a binary file whole or not at all: a temporary file beside it, then a rename. */
    public static void writeBinary(Path target, BinaryContent content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        String prefix = "." + absolute.getFileName() + ".";
        deleteLeftovers(dir, prefix);
        Path tmp = createUnique(dir, prefix);
        try {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(o);
            }
            move(tmp, absolute);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Whether {@code name} is that of a temporary file this class writes (or a killed run left). */
    static boolean isTemporary(String name) {
        return TEMPORARY.matcher(name).matches();
    }

    /** Deletes the temporary files an earlier, interrupted write of the same target left in {@code dir}. */
    private static void deleteLeftovers(Path dir, String prefix) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(prefix) && isLeftover(p.getFileName().toString(), prefix))) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** {@code prefix + RANDOM + ".tmp"} exactly, so another target's temporary files are never touched. */
    private static boolean isLeftover(String name, String prefix) {
        if (!name.endsWith(".tmp") || name.length() <= prefix.length() + ".tmp".length()) {
            return false;
        }
        String random = name.substring(prefix.length(), name.length() - ".tmp".length());
        return random.matches("[0-9a-z]{1,13}");
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
