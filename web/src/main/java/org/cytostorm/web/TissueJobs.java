package org.cytostorm.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
 * voxels a side for at most {@value #MAX_HOURS} hours, run in the background one at a time with the
 * command line's outputs (frames, animation, report) into its own folder under the server's output
 * folder, found by its number only.
 */
final class TissueJobs implements AutoCloseable {

    static final int MAX_SIDE = 200;
    static final int MAX_HOURS = 24;

    /** A tissue run's state, read by the page while it runs. */
    static final class Job {
        final String config;
        final AtomicLong step = new AtomicLong();
        final AtomicLong steps = new AtomicLong(1);
        final AtomicReference<String> error = new AtomicReference<>();
        volatile boolean finished;
        final Path dir;

        Job(String config, Path dir) {
            this.config = config;
            this.dir = dir;
        }
    }

    private final Path root;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dashboard-tissue");
        t.setDaemon(true);
        return t;
    });
    private final Map<Integer, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger(1);

    TissueJobs(Path root) {
        this.root = root;
    }

    /** The command line that gives the same run. */
    static String commandLine(String config, int side, int hours) {
        return "./cytostorm tissue " + config + " --set grid.nx=" + side + " --set grid.ny=" + side
                + " --set time.duration_h=" + hours + " --set time.frame_every_h=1";
    }

    /** Starts a run, or refuses it (bad input: an exception; another running: empty). */
    synchronized Optional<Integer> start(String config, int side, int hours) {
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
        if (jobs.values().stream().anyMatch(j -> !j.finished)) {
            return Optional.empty();
        }
        TissueConfig c = TissueConfigs.resolve(config, Overrides.parse(List.of("grid.nx=" + side, "grid.ny=" + side,
                "time.duration_h=" + hours, "time.frame_every_h=1")));
        Footprint.requireFits(c, Runtime.getRuntime().maxMemory());
        int id = next.getAndIncrement();
        Job job = new Job(config, root.resolve("tissue-" + id));
        jobs.put(id, job);
        worker.submit(() -> run(job, c));
        return Optional.of(id);
    }

    Optional<Job> job(int id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private static void run(Job job, TissueConfig c) {
        try (OutputSet set = OutputDirectories.open(job.dir, "tissue " + job.config)) {
            TissueOutputs outputs = TissueOutputs.resumable(set, true);
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
            FrameSink frames = c.timing().frameEvery() > 0 ? outputs.frames() : FrameSink.NONE;
            TissueRunner.Result result = new TissueRunner(c, threads, PatientPlasma.of(c), outputs.checkpoint(), frames,
                    new ProgressListener() {
                        @Override
                        public void started(long totalSteps, long fromStep) {
                            job.steps.set(totalSteps);
                            job.step.set(fromStep);
                        }

                        @Override
                        public void stepped(long step, double minutes) {
                            job.step.set(step);
                        }
                    }).run();
            outputs.finish(result, FrontSpeed.ofRun(result));
            set.commit();
        } catch (IOException | RuntimeException e) {
            job.error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            job.finished = true;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
