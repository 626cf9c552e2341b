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
import org.cytostorm.report.tissue.TissueOutputs;
import org.cytostorm.tissue.config.Overrides;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.config.TissueConfigs;
import org.cytostorm.tissue.coupling.PatientPlasma;
import org.cytostorm.tissue.run.FrontSpeed;
import org.cytostorm.tissue.run.ProgressListener;
import org.cytostorm.tissue.run.TissueRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cytostorm tissue CONFIG [--set KEY=VALUE]... [--threads T] [--out DIR] [--fresh]}. */
@Command(name = "tissue", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulates a patch of tissue cell by cell, with diffusing cytokines: the inflammatory death",
                "cascade spreading from a focus. Writes DIR/timeseries.csv, DIR/frames/*.png, DIR/animation.gif",
                "and DIR/report.html. A checkpoint in DIR lets an interrupted run resume where it stopped.",
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
            description = "worker threads (default: the number of processors); results do not depend on it")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/tissue-NAME)")
    private Path out;

    @Option(names = "--fresh", description = "start from time 0 even if DIR holds a checkpoint of this run")
    private boolean fresh;

    @Option(names = "--no-frames", description = "write no frames and no animation (faster)")
    private boolean noFrames;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Overrides overrides = Overrides.parse(sets);
        TissueConfig c = TissueConfigs.resolve(config, noFrames ? overrides.with("time.frame_every_h", "0") : overrides);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + n);
        }
        Path dir = out == null ? Path.of("out", "tissue-" + c.name()) : out;
        TissueOutputs outputs = new TissueOutputs(dir);
        if (fresh) {
            Files.deleteIfExists(outputs.checkpoint());
        }
        o.printf(Locale.ROOT, "tissue %s: %d × %d × %d voxels of %.0f µm, %.0f h in steps of %s min, %d thread%s%n",
                c.name(), c.grid().nx(), c.grid().ny(), c.grid().nz(), c.grid().dx(), c.timing().duration() / 60,
                trim(c.timing().dt()), n, n == 1 ? "" : "s");
        if (Files.exists(outputs.checkpoint())) {
            o.println("resuming from " + outputs.checkpoint());
        }
        o.flush();
        long t0 = System.nanoTime();
        TissueRunner.Result result;
        if (System.console() != null) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("tissue").setInitialMax(c.timing().steps())
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setUnit(" steps", 1).build()) {
                result = runner(c, n, outputs, new ProgressListener() {
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
        } else {
            result = runner(c, n, outputs, new PlainProgress(err)).run();
        }
        double speed = FrontSpeed.ofRun(result);
        outputs.finish(result, speed);
        double[] dead = result.column("dead_fraction");
        double[] front = result.column("front_um");
        o.printf(Locale.ROOT, "dead fraction %.3f, front %.0f µm from the focus, front speed %.1f µm/h%n",
                dead[dead.length - 1], front[front.length - 1], speed);
        o.printf(Locale.ROOT, "wrote %s (timeseries.csv, %s, report.html) in %.1f s%n", dir,
                result.frames().isEmpty() ? "no frames" : result.frames().size() + " frames, animation.gif",
                (System.nanoTime() - t0) / 1e9);
        o.flush();
        return ExitCodes.OK;
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
