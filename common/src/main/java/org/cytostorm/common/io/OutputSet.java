package org.cytostorm.common.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private static final String NEW = Siblings.NEW;
    private static final String READY = Siblings.READY;
    private static final String OLD = Siblings.OLD;
    private static final String TRASH = Siblings.TRASH;

    private final Path given;
    private final Path dir;
    private final String label;
    private final Set<String> names;
    private final DirectoryLock lock;
    private final Siblings siblings;
    private Path staged;
    private boolean resumable;
    private boolean committed;
    private boolean closed;

    private OutputSet(Path given, Path dir, String label, Set<String> names, DirectoryLock lock) {
        this.given = given;
        this.dir = dir;
        this.label = label;
        this.names = names;
        this.lock = lock;
        this.siblings = new Siblings(dir);
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
        Path absolute = OutputPlace.resolve(dir, label);
        Path lockFile = absolute.resolveSibling("." + absolute.getFileName() + ".lock");
        DirectoryLock lock = DirectoryLock.tryAcquire(lockFile).orElseThrow(() -> new InputException(label, 0, "",
                "another cytostorm process is writing this directory (it holds " + lockFile
                        + "); wait for it to finish, or choose another directory"));
        OutputSet set = new OutputSet(dir, absolute, label, names, lock);
        try {
            set.recover();
            OutputPlace.requireOnlyOutputs(absolute, names, label);
            OutputPlace.deleteTemporaries(absolute);
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

    /** The output directory as given to {@link #open} (the commit writes its real path). */
    public Path directory() {
        return given;
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
                Path candidate = siblings.fresh(NEW);
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
     * Temporary files that writes interrupted by a kill left in it are deleted.
     */
    public Path resumable() throws IOException {
        requireOpen();
        if (staged != null && !resumable) {
            throw new IllegalStateException("this set is written in a staging directory");
        }
        if (staged == null) {
            Path partial = resumableOf(dir);
            if (Files.exists(partial, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(partial, LinkOption.NOFOLLOW_LINKS)) {
                throw new InputException(label, 0, "", "'" + partial + "' is in the way: it should be the directory "
                        + "of an interrupted run, but is not a directory; delete it");
            }
            staged = Files.createDirectories(partial);
            resumable = true;
            OutputPlace.deleteTemporaries(staged);
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
        OutputPlace.requireOnlyOutputs(dir, names, label);
        Directories.sync(staged);
        Path ready = siblings.fresh(READY);
        move(staged, ready);
        staged = ready;
        Directories.syncDirectory(dir.getParent());
        int done = 1;
        if (done >= steps) {
            return;
        }
        Path old = null;
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            old = siblings.fresh(OLD);
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
        Path trash = siblings.fresh(TRASH);
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
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Optional<Path> ready = siblings.newest(READY);
            Optional<Path> back = ready.isPresent() ? ready : siblings.newest(OLD);
            if (back.isPresent()) {
                move(back.get(), dir);
                Directories.syncDirectory(dir.getParent());
            }
        }
        for (String state : List.of(NEW, READY, OLD, TRASH)) {
            for (Path p : siblings.list(state)) {
                Directories.deleteTree(p);
            }
        }
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
}
