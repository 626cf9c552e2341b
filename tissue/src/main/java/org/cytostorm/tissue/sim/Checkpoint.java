package org.cytostorm.tissue.sim;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.cytostorm.common.io.AtomicFiles;

/**
 * A versioned binary checkpoint of a tissue run: the step, every field, every lattice and mobile
 * cell, and the run's recorded rows and frames. A run resumed from it continues bit for bit as if
 * never stopped, because all randomness is keyed by (seed, cell, step, purpose) and nothing else
 * carries state. The config's fingerprint guards against resuming under different settings.
 *
 * <p>A CRC-32 of everything before it ends the file (version 2), checked before a byte is used:
 * an empty, cut or damaged file is refused with a {@link CheckpointException}, never half restored.
 * Counts read from the file are checked against its size, so no damage can make the reader
 * allocate more than the file could hold.
 */
public final class Checkpoint {
    /** Magic "CYOTISSU", format version 2. */
    private static final FileHeader FORMAT = new FileHeader(0x43594F5449535355L, 2, "tissue checkpoint", "checkpoint");
    /** Magic, version, fingerprint, step and next agent id. */
    private static final int HEADER = 8 + 4 + 8 + 8 + 8;
    private static final int TRAILER = 4;
    /** Bytes of one mobile cell: id, type, status, x, y, z, lysis time. */
    private static final int AGENT = 8 + 2 + 1 + 4 * 8;

    /** What the run around the simulation has produced so far. */
    public record Progress(List<double[]> rows, List<String> frames) {
    }

    private Checkpoint() {
    }

    public static void write(Path file, TissueSimulation sim, Progress progress) throws IOException {
        AtomicFiles.writeBinary(file, raw -> {
            CheckedOutputStream checked = new CheckedOutputStream(raw, new CRC32());
            DataOutputStream out = new DataOutputStream(checked);
            FORMAT.write(out);
            out.writeLong(sim.config().fingerprint());
            out.writeLong(sim.step());
            out.writeLong(sim.nextAgentId());
            int nf = sim.config().fields().size();
            for (int f = 0; f < nf; f++) {
                writeDoubles(out, sim.fields().values(f), sim.fields().values(f).length);
            }
            Lattice l = sim.lattice();
            for (short t : l.type) {
                out.writeShort(t);
            }
            out.write(l.status);
            writeDoubles(out, l.lysisAt, l.lysisAt.length);
            for (int f = 0; f < nf; f++) {
                if (l.internal[f] != null) {
                    writeDoubles(out, l.internal[f], l.internal[f].length);
                }
            }
            Agents a = sim.agents();
            out.writeInt(a.count);
            for (int i = 0; i < a.count; i++) {
                out.writeLong(a.id[i]);
                out.writeShort(a.type[i]);
                out.writeByte(a.status[i]);
                out.writeDouble(a.x[i]);
                out.writeDouble(a.y[i]);
                out.writeDouble(a.z[i]);
                out.writeDouble(a.lysisAt[i]);
            }
            out.writeInt(progress.rows().size());
            for (double[] row : progress.rows()) {
                out.writeInt(row.length);
                writeDoubles(out, row, row.length);
            }
            out.writeInt(progress.frames().size());
            for (String f : progress.frames()) {
                out.writeUTF(f);
            }
            out.flush();
            new DataOutputStream(raw).writeInt((int) checked.getChecksum().getValue());
        });
    }

    /**
     * Restores {@code sim} (built from the same config) from {@code file}; returns the run's
     * progress.
     *
     * @throws CheckpointException naming the file when it is empty, cut short, damaged, of another
     *                             version or written under other settings
     */
    public static Progress read(Path file, TissueSimulation sim) throws IOException {
        long size = Files.size(file);
        if (size < HEADER + TRAILER) {
            throw new CheckpointException(file, size == 0 ? "the checkpoint is empty"
                    : "the checkpoint is cut short (" + size + " bytes)");
        }
        requireIntact(file, size);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            FORMAT.check(in, file);
            if (in.readLong() != sim.config().fingerprint()) {
                throw new CheckpointException(file,
                        "the checkpoint was written under different settings (give those to resume)");
            }
            long step = in.readLong();
            long nextId = in.readLong();
            if (step < 0 || step > sim.config().timing().steps() || nextId < 0) {
                throw new CheckpointException(file, "the checkpoint is damaged (step " + step + ")");
            }
            int nf = sim.config().fields().size();
            for (int f = 0; f < nf; f++) {
                readDoubles(in, sim.fields().values(f));
            }
            Lattice l = sim.lattice();
            int types = sim.config().types().size();
            for (int v = 0; v < l.type.length; v++) {
                short t = in.readShort();
                if (t < -1 || t >= types) {
                    throw new CheckpointException(file, "the checkpoint is damaged (cell type " + t + ")");
                }
                l.type[v] = t;
            }
            in.readFully(l.status);
            readDoubles(in, l.lysisAt);
            for (int f = 0; f < nf; f++) {
                if (l.internal[f] != null) {
                    readDoubles(in, l.internal[f]);
                }
            }
            Agents a = sim.agents();
            a.count = 0;
            int n = count(file, in.readInt(), AGENT, size);
            for (int i = 0; i < n; i++) {
                long id = in.readLong();
                short type = in.readShort();
                if (type < 0 || type >= types) {
                    throw new CheckpointException(file, "the checkpoint is damaged (cell type " + type + ")");
                }
                byte status = in.readByte();
                int k = a.add(id, type, in.readDouble(), in.readDouble(), in.readDouble());
                a.status[k] = status;
                a.lysisAt[k] = in.readDouble();
            }
            int rows = count(file, in.readInt(), 4, size);
            List<double[]> list = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                double[] row = new double[count(file, in.readInt(), 8, size)];
                readDoubles(in, row);
                list.add(row);
            }
            int frames = count(file, in.readInt(), 2, size);
            List<String> frameList = new ArrayList<>();
            for (int i = 0; i < frames; i++) {
                frameList.add(in.readUTF());
            }
            in.readInt(); // the CRC, checked above
            if (in.read() != -1) {
                throw new CheckpointException(file, "the checkpoint is damaged (bytes after its end)");
            }
            sim.restore(step, nextId);
            return new Progress(list, frameList);
        } catch (EOFException e) {
            throw new CheckpointException(file, "the checkpoint is cut short");
        }
    }

    /** Checks the CRC at the end against everything before it. */
    private static void requireIntact(Path file, long size) throws IOException {
        CRC32 crc = new CRC32();
        int stored;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            byte[] buffer = new byte[1 << 16];
            long left = size - TRAILER;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new CheckpointException(file, "the checkpoint is cut short");
                }
                crc.update(buffer, 0, n);
                left -= n;
            }
            stored = in.readInt();
        }
        if (stored != (int) crc.getValue()) {
            throw new CheckpointException(file, "the checkpoint is damaged (its checksum does not match)");
        }
    }

    /** A count read from the file, refused when negative or when that many items could not fit in it. */
    private static int count(Path file, int n, long bytesEach, long size) throws CheckpointException {
        if (n < 0 || n * bytesEach > size) {
            throw new CheckpointException(file, "the checkpoint is damaged (a count of " + n + ")");
        }
        return n;
    }

    private static void writeDoubles(DataOutputStream out, double[] v, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            out.writeDouble(v[i]);
        }
    }

    private static void readDoubles(DataInputStream in, double[] v) throws IOException {
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readDouble();
        }
    }
}
