package org.cytostorm.common.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cytostorm.common.input.InputException;

/**
 * Whether a path can be an output directory whose content is replaced as a whole, checked before
 * any work: the message names the path as the user wrote it and what is wrong with it.
 */
final class OutputPlace {
    /** Entries listed by name when a directory holds foreign ones; the rest are counted. */
    private static final int LISTED = 3;

    private OutputPlace() {
    }

    /**
     * The directory's absolute path (a symbolic link to a directory resolved, so the set replaces
     * its target), its parent created.
     *
     * @throws InputException when it or an ancestor is not a directory, or it cannot be written
     */
    static Path resolve(Path dir, String label) {
        requireDirectoriesAlong(dir, label);
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute) && !Files.exists(absolute)) {
            throw new InputException(label, 0, "", "'" + dir + "' is a broken symbolic link");
        }
        try {
            if (Files.exists(absolute)) {
                absolute = absolute.toRealPath();
            }
        } catch (IOException e) {
            throw refusal(label, "cannot resolve '" + dir + "' (" + e.getClass().getSimpleName() + ")", e);
        }
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new InputException(label, 0, "", "the root of the file system cannot be an output directory");
        }
        requireWritable(Files.exists(absolute) ? absolute : nearestExisting(parent), dir, absolute, label);
        if (Files.exists(absolute)) {
            requireWritable(parent, dir, absolute, label); // DIR is renamed within its parent
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw refusal(label, "cannot create '" + parent + "' (" + e.getClass().getSimpleName() + ")", e);
        }
        return absolute;
    }

    /** Refuses an output directory that holds anything but outputs: it would be deleted with the old set. */
    static void requireOnlyOutputs(Path dir, Set<String> names, String label) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(n -> !names.contains(n) && !AtomicFiles.isTemporary(n))
                    .sorted()
                    .forEach(foreign::add);
        }
        if (!foreign.isEmpty()) {
            String listed = String.join(", ", foreign.subList(0, Math.min(LISTED, foreign.size())));
            String more = foreign.size() > LISTED ? " and " + (foreign.size() - LISTED) + " more" : "";
            throw new InputException(label, 0, "", "holds " + listed + more + ", which no cytostorm command "
                    + "writes; the directory's content is replaced as a whole, so choose a new or empty directory, "
                    + "or one holding earlier cytostorm outputs");
        }
    }

    /** Deletes the temporary files that writes interrupted by a kill left anywhere under {@code dir}. */
    static void deleteTemporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && AtomicFiles.isTemporary(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Each existing prefix of the path as given must be a directory (the message names the first that is not). */
    private static void requireDirectoriesAlong(Path dir, String label) {
        Path prefix = dir.getRoot();
        for (Path part : dir) {
            prefix = prefix == null ? part : prefix.resolve(part);
            if (!Files.exists(prefix)) {
                return;
            }
            if (!Files.isDirectory(prefix)) {
                throw new InputException(label, 0, "", "'" + prefix + "' is "
                        + (Files.isRegularFile(prefix) ? "a regular file, not a directory" : "not a directory"));
            }
        }
    }

    private static Path nearestExisting(Path p) {
        Path q = p;
        while (q != null && !Files.exists(q)) {
            q = q.getParent();
        }
        return q == null ? p.getRoot() : q;
    }

    private static void requireWritable(Path at, Path given, Path absolute, String label) {
        if (at != null && !Files.isWritable(at)) {
            String shown = at.equals(absolute) ? given.toString() : at.toString();
            throw new InputException(label, 0, "", "'" + shown + "' is not writable");
        }
    }

    private static InputException refusal(String label, String message, Exception cause) {
        InputException e = new InputException(label, 0, "", message);
        e.initCause(cause);
        return e;
    }
}
