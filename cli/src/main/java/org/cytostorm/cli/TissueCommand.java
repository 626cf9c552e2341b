package org.cytostorm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cytostorm.common.io.OutputSet;
import org.cytostorm.report.OutputDirectories;
import org.cytostorm.report.tissue.FrameScale;
import org.cytostorm.report.tissue.TissueOutputs;
import org.cytostorm.tissue.config.Overrides;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.config.TissueConfigs;
import org.cytostorm.tissue.coupling.PatientPlasma;
import org.cytostorm.tissue.parallel.Workers;
import org.cytostorm.tissue.run.FrontSpeed;
import org.cytostorm.tissue.run.ProgressListener;
import org.cytostorm.tissue.run.TissueRunner;
import org.cytostorm.tissue.sim.Footprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cytostorm tissue CONFIG [--set KEY=VALUE]... [--threads T] [--out DIR] [--fresh] [--no-frames]
 * [--frame-scale run|frame]}.
 */
@Command(name = "tissue", header = "Simulate a patch of tissue cell by cell, with diffusing cytokines.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulates a patch of tissue cell by cell, with diffusing cytokines: the inflammatory death",
                "cascade spreading from a focus. Writes DIR/timeseries.csv, DIR/frames/*.png, DIR/animation.gif",
                "and DIR/report.html, all at once when the run completes. Until then a checkpoint and each",
                "frame's snapshot are in .DIR.partial beside DIR, so that an interrupted run resumes where it",
                "stopped; the frames are drawn from the snapshots at the end, on one colour scale for the whole",
                "run (--frame-scale frame: each frame its own).",
                "Exits 0 on success, 2 on a bad config (the message names file, line and key)."})
final class TissueCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG",
            description = "a tissue config file, or a built-in: lung-focal-infection, car-t-tumour")
    private String config;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "override any config value by its dotted path, e.g. mechanisms.inflammatory_death=false, "
                    + "fields.il1b.diffusion=120, drugs.anti_tnf=1, grid.nx=200, rules[4]=\"...\"")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "T",
            description = "worker threads, 1 to " + Workers.MAX_THREADS + " (default: the number of processors); "
                    + "results do not depend on it")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/tissue-NAME)")
    private Path out;

    @Option(names = "--fresh", description = "start from time 0 even if an interrupted run left a checkpoint")
    private boolean fresh;

    @Option(names = "--no-frames", description = "write no frames and no animation (faster)")
    private boolean noFrames;

    // A word, not an enum, so that a bad value gets our message (and exit 2) rather than picocli's.
    @Option(names = "--frame-scale", paramLabel = "run|frame",
            description = "colour scale of the frames' heat map: run (default), one scale from 0 to the largest value "
                    + "of the whole run, so colours compare between frames; or frame, each frame scaled to its own "
                    + "maximum")
    private String frameScale = FrameScale.DEFAULT.word();

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = threads == null ? Math.min(Runtime.getRuntime().availableProcessors(), Workers.MAX_THREADS) : threads;
        if (n < 1 || n > Workers.MAX_THREADS) {
            throw new IllegalArgumentException("--threads must be between 1 and " + Workers.MAX_THREADS + ", got " + n);
        }
        FrameScale scale = FrameScale.parse(frameScale, "--frame-scale");
        Overrides overrides = Overrides.parse(sets);
        TissueConfig c = TissueConfigs.resolve(config, noFrames ? overrides.with("time.frame_every_h", "0") : overrides);
        Footprint.requireFits(c, Runtime.getRuntime().maxMemory());
        Path dir = out == null ? Path.of("out", "tissue-" + c.name()) : out;
        try (OutputSet set = OutputDirectories.open(dir, out == null ? dir.toString() : "--out " + out)) {
            TissueOutputs outputs = TissueOutputs.resumable(set, fresh);
            o.printf(Locale.ROOT, "tissue %s: %d × %d × %d voxels of %.0f µm, %.0f h in steps of %s min, %d thread%s%n",
                    c.name(), c.grid().nx(), c.grid().ny(), c.grid().nz(), c.grid().dx(), c.timing().duration() / 60,
                    trim(c.timing().dt()), n, n == 1 ? "" : "s");
            if (Files.exists(outputs.checkpoint())) {
                o.println("resuming from " + outputs.checkpoint());
            }
            o.flush();
            long t0 = System.nanoTime();
            TissueRunner.Result result = run(c, n, outputs, err);
            double speed = FrontSpeed.ofRun(result);
            outputs.finish(result, speed, scale);
            set.commit();
            double[] dead = result.column("dead_fraction");
            double[] front = result.column("front_um");
            o.printf(Locale.ROOT, "dead fraction %.3f, front %.0f µm from the focus, front speed %.1f µm/h%n",
                    dead[dead.length - 1], front[front.length - 1], speed);
            o.printf(Locale.ROOT, "wrote %s (timeseries.csv, %s, report.html) in %.1f s%n", dir,
                    result.frames().isEmpty() ? "no frames" : result.frames().size() + " frames, animation.gif",
                    (System.nanoTime() - t0) / 1e9);
            o.flush();
        }
        return ExitCodes.OK;
    }

    /**
     * Runs from time 0 or the checkpoint, with a progress bar on a terminal and plain lines
     * otherwise. A checkpoint that cannot be resumed from ends the run with a
     * {@link org.cytostorm.tissue.sim.CheckpointException}, which {@link ErrorHandler} reports as bad input naming the file.
     */
    private TissueRunner.Result run(TissueConfig c, int n, TissueOutputs outputs, PrintWriter err) {
        if (System.console() == null) {
            return runner(c, n, outputs, new PlainProgress(err)).run();
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("tissue").setInitialMax(c.timing().steps())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setUnit(" steps", 1).build()) {
            return runner(c, n, outputs, new ProgressListener() {
                @Override
                public void started(long total, long from) {
                    bar.stepTo(from);
                }

                @Override
                public void stepped(long step, double minutes) {
                    bar.stepTo(step);
                    bar.setExtraMessage(String.format(Locale.ROOT, "%.1f h", minutes / 60));
                }
            }).run();
        }
    }

    private static TissueRunner runner(TissueConfig c, int threads, TissueOutputs outputs, ProgressListener listener) {
        return new TissueRunner(c, threads, PatientPlasma.of(c), outputs.checkpoint(),
                c.timing().frameEvery() > 0 ? outputs.frames() : org.cytostorm.tissue.run.FrameSink.NONE, listener);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** One line per tenth of the run, for logs and CI. */
    private static final class PlainProgress implements ProgressListener {
        private final PrintWriter err;
        private long total;
        private long nextReport;

        PlainProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void started(long totalSteps, long fromStep) {
            total = totalSteps;
            nextReport = fromStep + Math.max(1, totalSteps / 10);
        }

        @Override
        public void stepped(long step, double minutes) {
            if (step >= nextReport || step == total) {
                err.printf(Locale.ROOT, "tissue: step %d of %d (%.1f h)%n", step, total, minutes / 60);
                err.flush();
                nextReport = step + Math.max(1, total / 10);
            }
        }
    }
}
