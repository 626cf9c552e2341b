package org.cytostorm.common.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * An exclusive lock on a lock file, so that one process at a time changes an output directory and
 * the sets staged beside it. The operating system releases it when the process ends, even by
 * {@code kill -9}; the file then stays behind, and the next holder deletes it on release.
 *
 * <p>Why the identity check: deleting a lock file on release lets a process that opened it just
 * before lock the deleted file while a third creates and locks a new one. So a lock counts only if,
 * once held, the path still names the very file locked (a token written through the lock is read
 * back through the path); otherwise it is dropped and taken again.
 */
final class DirectoryLock implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another holder has it now. */
    static Optional<DirectoryLock> tryAcquire(Path file) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held in this very process
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            boolean same;
            try {
                same = sameFile(file, channel);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            if (same) {
                return Optional.of(new DirectoryLock(file, channel, lock));
            }
            channel.close(); // released and deleted meanwhile: take the new one
        }
        throw new IOException(file + ": cannot take the lock (it is replaced again and again)");
    }

    /**
     * Whether {@code file} still names the file locked through {@code channel}: a token only this
     * holder writes is written through the channel and read back through the path.
     */
    private static boolean sameFile(Path file, FileChannel channel) throws IOException {
        byte[] token = ("cytostorm pid " + ProcessHandle.current().pid() + " " + Long.toUnsignedString(
                RANDOM.nextLong(), 36) + "\n").getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(token), 0);
        try {
            return Arrays.equals(token, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Releases the lock, deleting the lock file first (while still held, so no one else has it). */
    void releaseAndDelete() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            release();
        }
    }

    /** Releases the lock, leaving the file (what a killed process does). */
    void release() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    @Override
    public void close() throws IOException {
        releaseAndDelete();
    }
}
