package org.cytostorm.common.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cytostorm.common.input.InputException;

/**
 * An output directory {@code DIR} whose files are replaced as one set, whole or not at all: after a
 * crash or {@code kill -9} at any moment, {@code DIR} holds the complete previous set or the
 * complete new one (or, for a moment during the swap, is absent, and the next {@link #open}
 * restores it), never a mixture.
 *
 * <p>How: the new set is written into a directory beside {@code DIR} (same parent, so renames
 * stay on one file system): {@code .NAME.new-R} for a set written in one go ({@link #staging()}),
 * or {@code .NAME.partial}, which survives an interrupted run so that it can resume
 * ({@link #resumable()}). {@link #commit()} forces the set to the disk, renames it to
 * {@code .NAME.ready-R} (the mark of a complete set: a {@code new} or {@code partial} directory is
 * never promoted), then {@code DIR} to {@code .NAME.old-R}, the ready set to {@code DIR}, and the
 * old set to {@code .NAME.trash-R}, which is deleted. R is random.
 *
 * <p>{@link #open} refuses, before any work is done, a {@code DIR} that cannot be one: it or an
 * ancestor is a regular file, it is not writable, or it holds entries that are not outputs
 * (names outside {@code names}, other than leftover {@link AtomicFiles} temporaries). It then
 * recovers from an interrupted commit (with {@code DIR} absent, a ready set is promoted, else the
 * old set restored) and deletes what interrupted runs left: new, ready, old and trash directories
 * beside {@code DIR} and temporary files inside it. A lock file {@code .NAME.lock} beside
 * {@code DIR}, held from open to {@link #close()}, keeps a second process from doing the same
 * at the same time (the operating system drops the lock of a killed process; the next run deletes
 * the file).
 */
public final class OutputSet implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NEW = "new";
    private static final String READY = "ready";
    private static final String OLD = "old";
    private static final String TRASH = "trash";
    /** Entries listed by name when a directory holds foreign ones; the rest are counted. */
    private static final int LISTED = 3;

    private final Path dir;
    private final String label;
    private final Set<String> names;
    private final DirectoryLock lock;
    private final Pattern sibling;
    private Path staged;
    private boolean resumable;
    private boolean committed;
    private boolean closed;

    private OutputSet(Path dir, String label, Set<String> names, DirectoryLock lock) {
        this.dir = dir;
        this.label = label;
        this.names = names;
        this.lock = lock;
        this.sibling = Pattern.compile("\\." + Pattern.quote(dir.getFileName().toString())
                + "\\.(" + NEW + "|" + READY + "|" + OLD + "|" + TRASH + ")-[0-9a-z]{1,13}");
    }

    /**
     * Opens {@code dir} for a new set of outputs: checks it can be one, takes its lock, recovers
     * from an interrupted earlier commit and deletes what interrupted runs left.
     *
     * @param label how messages name the directory, for example {@code --out results/a}
     * @param names the names an output set may hold at its top level (files and directories)
     * @throws InputException naming {@code label} when the directory cannot hold outputs
     */
    public static OutputSet open(Path dir, String label, Set<String> names) throws IOException {
        requireDirectoriesAlong(dir, label);
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute) && !Files.exists(absolute)) {
            throw new InputException(label, 0, "", "'" + dir + "' is a broken symbolic link");
        }
        if (Files.exists(absolute)) {
            absolute = absolute.toRealPath(); // a link to a directory: the set replaces its target
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
        Path lockFile = parent.resolve("." + absolute.getFileName() + ".lock");
        DirectoryLock lock = DirectoryLock.tryAcquire(lockFile).orElseThrow(() -> new InputException(label, 0, "",
                "another cytostorm process is writing this directory (it holds " + lockFile
                        + "); wait for it to finish, or choose another directory"));
        OutputSet set = new OutputSet(absolute, label, names, lock);
        try {
            set.recover();
            set.requireOnlyOutputs();
            set.deleteTemporaries();
            return set;
        } catch (IOException | RuntimeException e) {
            lock.releaseAndDelete();
            throw e;
        }
    }

    /** The name {@code .NAME.partial} of the resumable work directory of {@code dir}, beside it. */
    public static Path resumableOf(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".partial");
    }

    /** The output directory (absolute; a symbolic link to a directory resolved). */
    public Path directory() {
        return dir;
    }

    /**
     * A new, empty directory beside the output directory to write the set into; the same one on
     * every call. Deleted by {@link #close()} unless committed; left behind only by a killed
     * process, and then deleted by the next {@link #open}.
     */
    public Path staging() throws IOException {
        requireOpen();
        if (staged == null) {
            for (int attempt = 0; ; attempt++) {
                Path candidate = sibling(NEW);
                try {
                    staged = Files.createDirectory(candidate);
                    break;
                } catch (FileAlreadyExistsException e) {
                    if (attempt > 100) {
                        throw e;
                    }
                }
            }
        } else if (resumable) {
            throw new IllegalStateException("this set is written in its resumable directory");
        }
        return staged;
    }

    /**
     * The resumable work directory {@code .NAME.partial} beside the output directory, created if
     * absent: a run that writes its outputs as it goes (and a checkpoint to resume from) writes
     * them here. It survives {@link #close()} without a commit and {@link #open}, so an
     * interrupted run finds its work again; the caller decides whether what it holds is usable.
     */
    public Path resumable() throws IOException {
        requireOpen();
        if (staged != null && !resumable) {
            throw new IllegalStateException("this set is written in a staging directory");
        }
        if (staged == null) {
            Path partial = resumableOf(dir);
            if (Files.exists(partial, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(partial, LinkOption.NOFOLLOW_LINKS)) {
                throw new InputException(label, 0, "", "'" + partial + "' is in the way: it should be the directory "
                        + "of an interrupted run, but is not a directory; delete it");
            }
            staged = Files.createDirectories(partial);
            resumable = true;
        }
        return staged;
    }

    /**
     * Makes the written set the output directory's content, replacing the previous set whole.
     *
     * @throws InputException when the output directory gained foreign entries since it was opened
     *                        (they are not deleted; neither is the previous set replaced)
     */
    public void commit() throws IOException {
        commit(Integer.MAX_VALUE);
        committed = true;
    }

    /**
     * The first {@code steps} steps of a commit (each a rename, the last the deletion of the old
     * set); all of them are a commit. Stopping earlier leaves what a kill at that moment leaves.
     */
    void commit(int steps) throws IOException {
        requireOpen();
        if (staged == null) {
            throw new IllegalStateException("nothing was staged");
        }
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        requireOnlyOutputs();
        Directories.sync(staged);
        Path ready = sibling(READY);
        move(staged, ready);
        staged = ready;
        Directories.syncDirectory(dir.getParent());
        int done = 1;
        if (done >= steps) {
            return;
        }
        Path old = null;
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            old = sibling(OLD);
            move(dir, old);
            if (++done >= steps) {
                return;
            }
        }
        try {
            move(ready, dir);
        } catch (IOException e) {
            if (old != null) {
                move(old, dir); // the previous set stays the output
            }
            throw e;
        }
        staged = null;
        Directories.syncDirectory(dir.getParent());
        if (++done >= steps || old == null) {
            return;
        }
        Path trash = sibling(TRASH);
        move(old, trash);
        if (++done >= steps) {
            return;
        }
        Directories.deleteTree(trash);
        Directories.syncDirectory(dir.getParent());
    }

    /**
     * Deletes an uncommitted staging directory (a resumable one is kept, to resume from) and
     * releases the lock. The output directory is as it was unless committed.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!committed && staged != null && !resumable) {
                Directories.deleteTree(staged);
            }
        } finally {
            lock.releaseAndDelete();
        }
    }

    /** What {@code kill -9} does: the lock is released, nothing is cleaned up (tests). */
    void abandon() throws IOException {
        closed = true;
        lock.release();
    }

    /** With the output directory absent, a complete set waiting beside it becomes it; then leftovers go. */
    private void recover() throws IOException {
        List<Path> ready = siblings(READY);
        List<Path> old = siblings(OLD);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Optional<Path> back = newest(ready).or(() -> newest(old));
            if (back.isPresent()) {
                move(back.get(), dir);
                Directories.syncDirectory(dir.getParent());
            }
        }
        for (String state : List.of(NEW, READY, OLD, TRASH)) {
            for (Path p : siblings(state)) {
                Directories.deleteTree(p);
            }
        }
    }

    /** Refuses an output directory that holds anything but outputs: it would be deleted with the old set. */
    private void requireOnlyOutputs() throws IOException {
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

    /** Deletes the temporary files that writes interrupted by a kill left inside the output directory. */
    private void deleteTemporaries() throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && AtomicFiles.isTemporary(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private List<Path> siblings(String state) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir.getParent())) {
            entries.forEach(p -> {
                Matcher m = sibling.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).equals(state)) {
                    found.add(p);
                }
            });
        }
        return found;
    }

    private static Optional<Path> newest(List<Path> paths) {
        return paths.stream().max(Comparator.comparing(OutputSet::modified));
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private Path sibling(String state) {
        return dir.resolveSibling("." + dir.getFileName() + "." + state + "-"
                + Long.toUnsignedString(RANDOM.nextLong(), 36));
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
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
