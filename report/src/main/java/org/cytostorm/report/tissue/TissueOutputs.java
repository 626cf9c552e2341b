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
 * The files of a tissue run in a directory: {@code frames/frame_NNNNN.png} as the run goes, then
 * {@code timeseries.csv}, {@code animation.gif} and {@code report.html}, each written whole or not
 * at all. The checkpoint lives beside them until the run completes.
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
    /** The names a tissue run writes into its directory (the checkpoint only while it runs). */
    public static final Set<String> NAMES = Set.of(TIMESERIES_CSV, FRAMES, ANIMATION_GIF, REPORT_HTML, CHECKPOINT);
    /** Frames in the animation: 4 per second. */
    private static final int FRAME_DELAY_MS = 250;
    private static final int GIF_MAX_WIDTH = 800;

    private final Path dir;

    /** The files of a run in {@code dir}. */
    public TissueOutputs(Path dir) {
        this.dir = dir;
    }

    /**
     * The files of a run in the set's resumable directory. What it holds is kept only when it has a
     * checkpoint to resume from and {@code fresh} is false; otherwise it is emptied first, so no
     * frame of an earlier, interrupted run can end up beside this run's.
     */
    public static TissueOutputs resumable(OutputSet set, boolean fresh) throws IOException {
        TissueOutputs outputs = new TissueOutputs(set.resumable());
        if (fresh || !Files.exists(outputs.checkpoint())) {
            Directories.deleteContents(outputs.dir());
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
     * Frames scaled each to its own maximum, so a frame depends only on the tissue at its time (a
     * resumed run draws the same frames).
     */
    public FrameSink frames() {
        FrameRenderer renderer = new FrameRenderer(FieldScale.perFrame());
        return (snapshot, index) -> {
            String name = FRAMES + "/" + PngFrames.name(index);
            PngFrames.write(renderer.render(snapshot), dir.resolve(name));
            return name;
        };
    }

    /** Writes the timeseries, the animation and the report; removes the checkpoint. */
    public void finish(TissueRunner.Result result, double frontSpeed) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve(TIMESERIES_CSV), w -> {
            try (Csv.RowWriter csv = Csv.writer(w, result.columns())) {
                for (double[] row : result.rows()) {
                    csv.row(row);
                }
            }
        });
        String animation = "";
        if (!result.frames().isEmpty()) {
            List<Path> frames = new ArrayList<>();
            for (String f : result.frames()) {
                frames.add(dir.resolve(f));
            }
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
                ColumnUnits.of(config, result.columns())), dir.resolve(REPORT_HTML));
        Files.deleteIfExists(checkpoint());
    }

}
