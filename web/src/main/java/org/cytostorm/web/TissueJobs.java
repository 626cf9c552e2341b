package org.cytostorm.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cytostorm.common.io.OutputSet;
import org.cytostorm.report.OutputDirectories;
import org.cytostorm.report.tissue.TissueOutputs;
import org.cytostorm.tissue.config.Overrides;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.config.TissueConfigs;
import org.cytostorm.tissue.coupling.PatientPlasma;
import org.cytostorm.tissue.run.FrameSink;
import org.cytostorm.tissue.run.FrontSpeed;
import org.cytostorm.tissue.run.ProgressListener;
import org.cytostorm.tissue.run.TissueRunner;
import org.cytostorm.tissue.sim.Footprint;

/**
 * The dashboard's tissue runs: a built-in tissue config on a patch of at most {@value #MAX_SIDE}
 * voxels a side for at most {@value #MAX_HOURS} hours, run in the background ({@link BackgroundJobs})
 * with the command line's outputs (frames, animation, report).
 */
final class TissueJobs implements AutoCloseable {

    static final int MAX_SIDE = 200;
    static final int MAX_HOURS = 24;

    private final BackgroundJobs jobs;

    TissueJobs(Path root) {
        this.jobs = new BackgroundJobs(root, "tissue");
    }

    /** The command line that gives the same run. */
    static String commandLine(String config, int side, int hours) {
        return "./cytostorm tissue " + config + " --set grid.nx=" + side + " --set grid.ny=" + side
                + " --set time.duration_h=" + hours + " --set time.frame_every_h=1";
    }

    /** Starts a run, or refuses it (bad input: an exception; another running: empty). */
    Optional<Integer> start(String config, int side, int hours) {
        if (!TissueConfigs.BUILT_IN.contains(config)) {
            throw new IllegalArgumentException("config: no built-in tissue config '" + config + "'; configs: "
                    + String.join(", ", TissueConfigs.BUILT_IN));
        }
        if (side < 20 || side > MAX_SIDE) {
            throw new IllegalArgumentException("side: between 20 and " + MAX_SIDE + " voxels in the dashboard, got " + side);
        }
        if (hours < 1 || hours > MAX_HOURS) {
            throw new IllegalArgumentException("hours: between 1 and " + MAX_HOURS + " in the dashboard, got " + hours);
        }
        TissueConfig c = TissueConfigs.resolve(config, Overrides.parse(List.of("grid.nx=" + side, "grid.ny=" + side,
                "time.duration_h=" + hours, "time.frame_every_h=1")));
        Footprint.requireFits(c, Runtime.getRuntime().maxMemory());
        return jobs.start(config, c.timing().steps(), job -> run(job, c));
    }

    Optional<BackgroundJobs.Job> job(String id) {
        return jobs.job(id);
    }

    private static void run(BackgroundJobs.Job job, TissueConfig c) throws IOException {
        try (OutputSet set = OutputDirectories.open(job.dir, "tissue " + job.name)) {
            TissueOutputs outputs = TissueOutputs.resumable(set, true);
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
            FrameSink frames = c.timing().frameEvery() > 0 ? outputs.frames() : FrameSink.NONE;
            TissueRunner.Result result = new TissueRunner(c, threads, PatientPlasma.of(c), outputs.checkpoint(), frames,
                    new ProgressListener() {
                        @Override
                        public void started(long totalSteps, long fromStep) {
                            job.progress(fromStep, totalSteps);
                        }

                        @Override
                        public void stepped(long step, double minutes) {
                            job.done.set(step);
                        }
                    }).run();
            outputs.finish(result, FrontSpeed.ofRun(result));
            set.commit();
        }
    }

    @Override
    public void close() {
        jobs.close();
    }
}
