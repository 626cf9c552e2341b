package org.cytostorm.tissue.sim;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The head of a binary file the tissue run keeps (a checkpoint, a frame snapshot): a magic number
 * that says what the file is and the format version this build writes and reads.
 *
 * @param magic the eight bytes that open the file
 * @param version the format version
 * @param kind what the file is, as a message names it ("tissue checkpoint")
 * @param shortName its short name before "version" in a message ("checkpoint")
 */
record FileHeader(long magic, int version, String kind, String shortName) {

    /** A file whose message name is the same in full and short ("frame snapshot"). */
    FileHeader(long magic, int version, String name) {
        this(magic, version, name, name);
    }

    /** Writes the magic number and the version. */
    void write(DataOutputStream out) throws IOException {
        out.writeLong(magic);
        out.writeInt(version);
    }

    /** Reads the magic number and the version, refusing a file of another kind or version. */
    void check(DataInputStream in, Path file) throws IOException {
        if (in.readLong() != magic) {
            throw new CheckpointException(file, "not a cytostorm " + kind);
        }
        int found = in.readInt();
        if (found != version) {
            throw new CheckpointException(file, shortName + " version " + found + ", this build reads version " + version);
        }
    }
}
