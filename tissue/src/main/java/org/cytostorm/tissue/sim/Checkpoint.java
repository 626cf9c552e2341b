package org.cytostorm.tissue.sim;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytostorm.common.io.AtomicFiles;

/**
 * A versioned binary checkpoint of a tissue run: the step, every field, every lattice and mobile
 * cell, and the run's recorded rows and frames. A run resumed from it continues bit for bit as if
 * never stopped, because all randomness is keyed by (seed, cell, step, purpose) and nothing else
 * carries state. The config's fingerprint guards against resuming under different settings.
 */
public final class Checkpoint {
    private static final long MAGIC = 0x43594F5449535355L; // "CYOTISSU"
    private static final int VERSION = 1;

    /** What the run around the simulation has produced so far. */
    public record Progress(List<double[]> rows, List<String> frames) {
    }

    private Checkpoint() {
    }

    public static void write(Path file, TissueSimulation sim, Progress progress) throws IOException {
        AtomicFiles.writeBinary(file, raw -> {
            DataOutputStream out = new DataOutputStream(raw);
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
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
        });
    }

    /**
     * Restores {@code sim} (built from the same config) from {@code file}; returns the run's
     * progress. Fails with a message naming the file when it is not a checkpoint of this config.
     */
    public static Progress read(Path file, TissueSimulation sim) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readLong() != MAGIC) {
                throw new IOException(file + ": not a cytostorm tissue checkpoint");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException(file + ": checkpoint version " + version + ", this build reads version " + VERSION);
            }
            if (in.readLong() != sim.config().fingerprint()) {
                throw new IOException(file + ": the checkpoint was written under different settings; "
                        + "run without --resume or with the settings it was written with");
            }
            long step = in.readLong();
            long nextId = in.readLong();
            int nf = sim.config().fields().size();
            for (int f = 0; f < nf; f++) {
                readDoubles(in, sim.fields().values(f));
            }
            Lattice l = sim.lattice();
            for (int v = 0; v < l.type.length; v++) {
                l.type[v] = in.readShort();
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
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                long id = in.readLong();
                short type = in.readShort();
                byte status = in.readByte();
                int k = a.add(id, type, in.readDouble(), in.readDouble(), in.readDouble());
                a.status[k] = status;
                a.lysisAt[k] = in.readDouble();
            }
            int rows = in.readInt();
            List<double[]> list = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                double[] row = new double[in.readInt()];
                readDoubles(in, row);
                list.add(row);
            }
            int frames = in.readInt();
            List<String> frameList = new ArrayList<>();
            for (int i = 0; i < frames; i++) {
                frameList.add(in.readUTF());
            }
            sim.restore(step, nextId);
            return new Progress(list, frameList);
        }
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
