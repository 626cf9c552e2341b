package org.cytostorm.tissue.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytostorm.tissue.config.Timing;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.parallel.Workers;
import org.cytostorm.tissue.sim.Checkpoint;
import org.cytostorm.tissue.sim.Observer;
import org.cytostorm.tissue.sim.PlasmaSource;
import org.cytostorm.tissue.sim.Snapshots;
import org.cytostorm.tissue.sim.TissueSimulation;

/**
 * Runs a tissue config from start (or from its checkpoint) to the end: records a timeseries row at
 * the record interval, hands frames to the sink at the frame interval, and writes a checkpoint at
 * the checkpoint interval, so an interrupted run loses at most one interval of work.
 */
public final class TissueRunner {
    private final TissueConfig config;
    private final int threads;
    private final PlasmaSource plasma;
    private final Path checkpoint;
    private final FrameSink frames;
    private final ProgressListener listener;

    /**
     * @param checkpoint file to keep checkpoints in and resume from, or null for none
     */
    public TissueRunner(TissueConfig config, int threads, PlasmaSource plasma, Path checkpoint, FrameSink frames,
            ProgressListener listener) {
        this.config = config;
        this.threads = threads;
        this.plasma = plasma;
        this.checkpoint = checkpoint;
        this.frames = frames;
        this.listener = listener;
    }

    /** The recorded run. */
    public record Result(TissueConfig config, List<String> columns, List<double[]> rows, List<String> frames,
            long steps, boolean resumed) {

        public double[] column(String name) {
            int c = columns.indexOf(name);
            if (c < 0) {
                throw new IllegalArgumentException("no column " + name);
            }
            double[] out = new double[rows.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = rows.get(i)[c];
            }
            return out;
        }
    }

    public Result run() {
        return run(Long.MAX_VALUE);
    }

    /**
     * Runs, stopping early after {@code stopAfterSteps} steps of this call (to test interruption);
     * the checkpoint is written before stopping.
     */
    public Result run(long stopAfterSteps) {
        try (Workers workers = Workers.of(threads)) {
            TissueSimulation sim = new TissueSimulation(config, workers, plasma);
            sim.initialise();
            Observer observer = new Observer(config);
            List<double[]> rows = new ArrayList<>();
            List<String> frameFiles = new ArrayList<>();
            boolean resumed = false;
            if (checkpoint != null && Files.exists(checkpoint)) {
                Checkpoint.Progress p = Checkpoint.read(checkpoint, sim);
                rows.addAll(p.rows());
                frameFiles.addAll(p.frames());
                resumed = true;
            }
            Timing timing = config.timing();
            long total = timing.steps();
            long recordEvery = timing.stepsPer(timing.recordEvery());
            long frameEvery = timing.stepsPer(timing.frameEvery());
            long checkpointEvery = timing.stepsPer(timing.checkpointEvery());
            listener.started(total, sim.step());
            if (sim.step() == 0) {
                rows.add(observer.observe(sim));
                frame(sim, frameFiles, frameEvery);
            }
            long done = 0;
            while (sim.step() < total) {
                sim.advance();
                done++;
                long s = sim.step();
                if (s % recordEvery == 0 || s == total) {
                    rows.add(observer.observe(sim));
                }
                if (frameEvery > 0 && (s % frameEvery == 0 || s == total)) {
                    frame(sim, frameFiles, frameEvery);
                }
                boolean stopping = done >= stopAfterSteps && s < total;
                if (checkpoint != null && ((checkpointEvery > 0 && s % checkpointEvery == 0) || stopping)) {
                    Checkpoint.write(checkpoint, sim, new Checkpoint.Progress(rows, frameFiles));
                }
                listener.stepped(s, sim.minutes());
                if (stopping) {
                    break;
                }
            }
            listener.finished();
            return new Result(config, observer.columns(), rows, frameFiles, sim.step(), resumed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void frame(TissueSimulation sim, List<String> files, long frameEvery) throws IOException {
        if (frameEvery == 0) {
            return;
        }
        String name = frames.write(Snapshots.of(sim, config.drawField()), files.size());
        if (name != null) {
            files.add(name);
        }
    }
}
