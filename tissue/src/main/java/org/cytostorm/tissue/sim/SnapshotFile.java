package org.cytostorm.tissue.sim;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.tissue.cells.Paint;
import org.cytostorm.tissue.grid.Grid;

/**
 * One {@link Snapshot} in a file, so that a frame can be drawn after the run, when the colour
 * scale of the whole run is known: a versioned binary format, gzip-compressed, written whole or not
 * at all. Field values are kept as doubles, so a frame drawn from the file is the frame the running
 * model would have drawn, bit for bit; that costs about 9 bytes a voxel of the layer once the field
 * has spread (1.4 MB for a 400 × 400 frame: gzip shrinks the paints and an empty field, not the
 * noise in a field's low bits), until the run ends and the snapshots are deleted.
 *
 * <p>It is part of what a run resumes from, like its {@link Checkpoint}: a file that is cut short
 * or damaged is refused with a {@link CheckpointException} naming it. The gzip trailer's CRC-32
 * and length are checked over the whole file before any count read from it is used, so damage
 * cannot make the reader allocate what the writer never wrote.
 */
public final class SnapshotFile {
    /** Magic "CYOFRAME", format version 1. */
    private static final FileHeader FORMAT = new FileHeader(0x43594F4652414D45L, 1, "frame snapshot");
    private static final int NO_PAINT = 0xFF;

    private SnapshotFile() {
    }

    /** Writes {@code s} to {@code file}, atomically. */
    public static void write(Path file, Snapshot s) throws IOException {
        AtomicFiles.writeBinary(file, raw -> {
            GZIPOutputStream zip = new FastGzip(raw);
            DataOutputStream out = new DataOutputStream(zip);
            FORMAT.write(out);
            Grid g = s.grid();
            out.writeInt(g.nx());
            out.writeInt(g.ny());
            out.writeInt(g.nz());
            out.writeDouble(g.dx());
            out.writeDouble(s.minutes());
            out.writeInt(s.layer());
            out.writeUTF(s.fieldName() == null ? "" : s.fieldName());
            out.writeUTF(s.fieldUnit() == null ? "" : s.fieldUnit());
            for (Paint p : s.voxelPaint()) {
                out.writeByte(p == null ? NO_PAINT : p.ordinal());
            }
            out.writeInt(s.agents());
            for (int a = 0; a < s.agents(); a++) {
                out.writeDouble(s.agentX()[a]);
                out.writeDouble(s.agentY()[a]);
                Paint p = s.agentPaint()[a];
                out.writeByte(p == null ? NO_PAINT : p.ordinal());
            }
            for (double v : s.field()) {
                out.writeDouble(v);
            }
            out.close(); // ends the gzip stream (its trailer) and frees the deflater
        });
    }

    /**
     * The snapshot in {@code file}.
     *
     * @throws CheckpointException naming the file when it is missing, cut short, damaged or of
     *                             another version
     */
    public static Snapshot read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(file, "the frame snapshot is missing");
        }
        requireIntact(file);
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(
                new BufferedInputStream(Files.newInputStream(file)), 1 << 16))) {
            FORMAT.check(in, file);
            Grid grid = grid(file, in.readInt(), in.readInt(), in.readInt(), in.readDouble());
            double minutes = in.readDouble();
            int layer = in.readInt();
            String fieldName = in.readUTF();
            String fieldUnit = in.readUTF();
            int plane = grid.nx() * grid.ny();
            Paint[] voxelPaint = new Paint[plane];
            for (int p = 0; p < plane; p++) {
                voxelPaint[p] = paint(file, in.readUnsignedByte());
            }
            int n = in.readInt();
            if (n < 0) {
                throw new CheckpointException(file, "the frame snapshot is damaged (a count of " + n + ")");
            }
            double[] x = new double[n];
            double[] y = new double[n];
            Paint[] agentPaint = new Paint[n];
            for (int a = 0; a < n; a++) {
                x[a] = in.readDouble();
                y[a] = in.readDouble();
                agentPaint[a] = paint(file, in.readUnsignedByte());
            }
            double[] field = new double[plane];
            for (int p = 0; p < plane; p++) {
                field[p] = in.readDouble();
            }
            if (in.read() != -1) {
                throw new CheckpointException(file, "the frame snapshot is damaged (bytes after its end)");
            }
            return new Snapshot(grid, minutes, layer, voxelPaint, x, y, agentPaint, fieldName, fieldUnit, field);
        } catch (EOFException e) {
            throw new CheckpointException(file, "the frame snapshot is cut short");
        }
    }

    /** Reads the whole file through gzip, which checks its CRC-32 and length at the end. */
    private static void requireIntact(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16)) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // only the check at the end matters
            }
        } catch (EOFException e) {
            throw new CheckpointException(file, Files.size(file) == 0 ? "the frame snapshot is empty"
                    : "the frame snapshot is cut short");
        } catch (ZipException e) {
            throw new CheckpointException(file, "the frame snapshot is damaged (" + e.getMessage() + ")");
        }
    }

    private static Grid grid(Path file, int nx, int ny, int nz, double dx) throws CheckpointException {
        try {
            return new Grid(nx, ny, nz, dx);
        } catch (IllegalArgumentException e) {
            throw new CheckpointException(file, "the frame snapshot is damaged (" + e.getMessage() + ")");
        }
    }

    private static Paint paint(Path file, int code) throws CheckpointException {
        if (code == NO_PAINT) {
            return null;
        }
        if (code >= Paint.values().length) {
            throw new CheckpointException(file, "the frame snapshot is damaged (paint " + code + ")");
        }
        return Paint.values()[code];
    }

    /** Gzip at the fastest level: a snapshot lives only until the run ends, so time matters more than size. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
