package org.cytostorm.report.tissue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.common.io.Csv;
import org.cytostorm.common.io.Directories;
import org.cytostorm.common.io.OutputSet;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.run.FrameSink;
import org.cytostorm.tissue.run.TissueRunner;
import org.cytostorm.tissue.sim.ColumnUnits;

/**
 * The files of a tissue run in a directory: {@code timeseries.csv}, {@code frames/frame_NNNNN.png},
 * {@code animation.gif} and {@code report.html}, each written whole or not at all, once the run has
 * ended. While it runs, the directory holds the checkpoint and the frames' snapshots
 * ({@link FrameSnapshots}): frames are drawn at the end, on one colour scale for the whole run
 * unless each frame's own is asked for ({@link FrameScale}).
 *
 * <p>The command writes them into the resumable directory of its output set ({@link #resumable}),
 * which survives a kill, and promotes that directory whole once the run is complete: the output
 * directory never holds a mixture of two runs' frames.
 */
public final class TissueOutputs {
    public static final String CHECKPOINT = "checkpoint.bin";
    public static final String TIMESERIES_CSV = "timeseries.csv";
    public static final String FRAMES = "frames";
    public static final String ANIMATION_GIF = "animation.gif";
    public static final String REPORT_HTML = "report.html";
    public static final String SNAPSHOTS = FrameSnapshots.DIR;
    /** The names a tissue run writes into its directory (the checkpoint and the snapshots only while it runs). */
    public static final Set<String> NAMES = Set.of(TIMESERIES_CSV, FRAMES, ANIMATION_GIF, REPORT_HTML, CHECKPOINT,
            SNAPSHOTS);
    /** Frames in the animation: 4 per second. */
    private static final int FRAME_DELAY_MS = 250;
    private static final int GIF_MAX_WIDTH = 800;

    private final Path dir;
    private final FrameSnapshots snapshots;

    /** The files of a run in {@code dir}. */
    public TissueOutputs(Path dir) {
        this.dir = dir;
        this.snapshots = new FrameSnapshots(dir);
    }

    /**
     * The files of a run in the set's resumable directory. What it holds is kept only when it has a
     * checkpoint to resume from and {@code fresh} is false; otherwise it is emptied first, so no
     * frame of an earlier, interrupted run can end up beside this run's. Kept frame snapshots are
     * read through before the run resumes, so a damaged one is found before hours of work, not after.
     *
     * @throws org.cytostorm.tissue.sim.CheckpointException naming a kept snapshot that is cut short
     *                                                      or damaged
     */
    public static TissueOutputs resumable(OutputSet set, boolean fresh) throws IOException {
        TissueOutputs outputs = new TissueOutputs(set.resumable());
        if (fresh || !Files.exists(outputs.checkpoint())) {
            Directories.deleteContents(outputs.dir());
        } else {
            outputs.snapshots.requireReadable();
        }
        return outputs;
    }

    public Path dir() {
        return dir;
    }

    public Path checkpoint() {
        return dir.resolve(CHECKPOINT);
    }

    /**
     * The sink of the run's frames: it keeps each frame's snapshot ({@link FrameSnapshots}) and
     * names the PNG that {@link #finish} draws from it. A snapshot depends only on the tissue at its
     * time, so a resumed run keeps the same snapshots.
     */
    public FrameSink frames() {
        return (snapshot, index) -> {
            snapshots.keep(snapshot, index);
            return FRAMES + "/" + PngFrames.name(index);
        };
    }

    /** The snapshot file of frame {@code index}, kept until {@link #finish} (for tests). */
    public Path snapshot(int index) {
        return snapshots.file(index);
    }

    /** The largest value of the drawn field in the first {@code frames} frames: the top of the run's scale. */
    public double runMaximum(int frames) throws IOException {
        return snapshots.runMaximum(frames);
    }

    /** {@link #finish(TissueRunner.Result, double, FrameScale)} on the default scale, one for the whole run. */
    public void finish(TissueRunner.Result result, double frontSpeed) throws IOException {
        finish(result, frontSpeed, FrameScale.DEFAULT);
    }

    /**
     * Writes the timeseries, draws the frames from their snapshots on {@code scale}, writes the
     * animation and the report, then removes the checkpoint and, last, the snapshots: a kill before
     * the checkpoint is gone resumes and draws again; after, the run starts over.
     */
    public void finish(TissueRunner.Result result, double frontSpeed, FrameScale scale) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve(TIMESERIES_CSV), w -> {
            try (Csv.RowWriter csv = Csv.writer(w, result.columns())) {
                for (double[] row : result.rows()) {
                    csv.row(row);
                }
            }
        });
        String animation = "";
        String framesNote = "";
        if (!result.frames().isEmpty()) {
            List<Path> frames = new ArrayList<>();
            for (String f : result.frames()) {
                frames.add(dir.resolve(f));
            }
            framesNote = snapshots.draw(frames, scale).sentence();
            new GifAnimation(FRAME_DELAY_MS, GIF_MAX_WIDTH).write(frames, dir.resolve(ANIMATION_GIF));
            animation = ANIMATION_GIF;
        }
        TissueConfig config = result.config();
        List<Map.Entry<String, String>> settings = new ArrayList<>();
        for (String s : config.settings()) {
            int eq = s.indexOf(" = ");
            settings.add(new AbstractMap.SimpleEntry<>(s.substring(0, eq), s.substring(eq + 3)));
        }
        double[] dead = result.column("dead_fraction");
        double[] front = result.column("front_um");
        List<String> notes = List.of(
                String.format(Locale.ROOT, "Front of dead tissue: %.0f µm from the focus at the end; speed %.1f µm/h "
                        + "(least-squares slope while travelling).", front[front.length - 1], frontSpeed),
                String.format(Locale.ROOT, "Dead fraction of the parenchyma at the end: %.3f.", dead[dead.length - 1]),
                "Random numbers are keyed by (seed, cell, step, purpose): the same config and seed give the same "
                        + "files for any thread count, and after a resume from checkpoint.");
        TissueReport.write(new TissueReportInput("cytostorm tissue: " + config.name(), config.description(), settings,
                result.columns(), result.rows(), result.frames(), animation, notes,
                ColumnUnits.of(config, result.columns()), framesNote), dir.resolve(REPORT_HTML));
        Files.deleteIfExists(checkpoint());
        snapshots.delete();
    }

}
