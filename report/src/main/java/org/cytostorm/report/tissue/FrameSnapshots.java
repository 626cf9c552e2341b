package org.cytostorm.report.tissue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cytostorm.common.io.Directories;
import org.cytostorm.tissue.sim.Snapshot;
import org.cytostorm.tissue.sim.SnapshotFile;

/**
 * The frames of a tissue run, kept as snapshots in its work directory while it runs
 * ({@code snapshots/frame_NNNNN.bin}) and drawn once it has ended, when the largest value of the
 * whole run is known: frames drawn as the run went could only be scaled each to itself (or to the
 * largest value so far, which a resumed run would not know). Drawing at the end costs the same
 * rendering, plus the snapshots' disk space until they are deleted.
 *
 * <p>Resuming: a snapshot depends only on the tissue at its time, so a resumed run writes the same
 * snapshots after its checkpoint and finds the earlier ones where the interrupted run left them;
 * a kill while frames are being drawn leaves the snapshots and the checkpoint, and the next attempt
 * draws every frame again. The scale is chosen only when the frames are drawn, so the attempts of
 * one run may even ask for different scales.
 */
final class FrameSnapshots {
    /** The directory of the snapshots in the run's work directory; gone once the run is complete. */
    static final String DIR = "snapshots";

    private final Path dir;

    /** The snapshots of the run whose work directory is {@code runDir}. */
    FrameSnapshots(Path runDir) {
        this.dir = runDir.resolve(DIR);
    }

    /** The file of frame {@code index}'s snapshot. */
    Path file(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("frame index must not be negative, got " + index);
        }
        return dir.resolve(String.format(Locale.ROOT, "frame_%05d.bin", index));
    }

    /** Keeps frame {@code index}'s snapshot until the frames are drawn (atomically; replaces an earlier one). */
    void keep(Snapshot s, int index) throws IOException {
        SnapshotFile.write(file(index), s);
    }

    /**
     * The largest value of the field in the first {@code count} snapshots (as {@link FieldScale#largest}
     * counts: positive, finite), 0 when there is none. Reads one snapshot at a time.
     */
    double runMaximum(int count) throws IOException {
        double max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, FieldScale.largest(SnapshotFile.read(file(i)).field()));
        }
        return max;
    }

    /**
     * Draws snapshot {@code i} to {@code pngs.get(i)}, for every i, on the scale chosen; one
     * snapshot in memory at a time.
     *
     * @return how the frames were drawn, for the report
     */
    Drawn draw(List<Path> pngs, FrameScale choice) throws IOException {
        if (pngs.isEmpty()) {
            throw new IllegalArgumentException("no frames to draw");
        }
        boolean run = choice == FrameScale.RUN;
        double max = run ? runMaximum(pngs.size()) : Double.NaN;
        FrameRenderer renderer = new FrameRenderer(run ? FieldScale.ofRun(max) : FieldScale.perFrame());
        Snapshot first = null;
        for (int i = 0; i < pngs.size(); i++) {
            Snapshot s = SnapshotFile.read(file(i));
            PngFrames.write(renderer.render(s), pngs.get(i));
            first = first == null ? s : first;
        }
        return new Drawn(choice, max, first.fieldName(), first.fieldUnit());
    }

    /** Reads every snapshot kept so far, so that a damaged one is refused now rather than when frames are drawn. */
    void requireReadable() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                if (f.getFileName().toString().endsWith(".bin")) {
                    SnapshotFile.read(f);
                }
            }
        }
    }

    /** Deletes every snapshot (once the frames are drawn and nothing can resume any more). */
    void delete() throws IOException {
        Directories.deleteTree(dir);
    }

    /**
     * How the frames of a run were drawn.
     *
     * @param scale the scale chosen
     * @param runMax the largest value in any frame, the top of the {@link FrameScale#RUN run} scale
     *        (NaN for the {@link FrameScale#FRAME frame} scale)
     * @param field the field drawn as a heat map, as its label
     * @param unit its unit (may be empty)
     */
    record Drawn(FrameScale scale, double runMax, String field, String unit) {

        /** One sentence for the report: what the heat map's colours mean, and whether frames compare. */
        String sentence() {
            String u = unit == null || unit.isBlank() ? "" : " " + unit;
            if (scale == FrameScale.RUN) {
                return "Heat map of " + field + " on one colour scale for the whole run, from 0 to " + Numbers.compact(
                        runMax) + u + " (the largest value in any frame): a colour is the same concentration in every "
                        + "frame (--frame-scale frame scales each frame to its own maximum instead).";
            }
            return "Heat map of " + field + " scaled to each frame's own maximum (printed on its colour bar): colours "
                    + "show the shape of the field but cannot be compared between frames (--frame-scale run gives the "
                    + "whole run one scale).";
        }
    }
}
