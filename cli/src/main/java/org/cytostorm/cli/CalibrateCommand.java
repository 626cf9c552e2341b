package org.cytostorm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cytostorm.cohort.calibration.BuiltInCalibrations;
import org.cytostorm.cohort.calibration.Calibration;
import org.cytostorm.cohort.calibration.CalibrationFiles;
import org.cytostorm.cohort.calibration.CalibrationSpec;
import org.cytostorm.cohort.calibration.CalibrationSpecReader;
import org.cytostorm.cohort.calibration.Target;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.cytostorm.common.input.InputFiles;
import org.cytostorm.report.OutputDirectories;
import org.cytostorm.report.calibration.CalibrationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cytostorm calibrate SPEC|NAME [--patients N] [--cohort M] [--seed S] [--threads T] [--out DIR]}. */
@Command(name = "calibrate", header = "Calibrate a virtual population to natural-history cohort targets.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Calibrates a virtual population to natural-history cohort targets: draws a pool",
                "of plausible patients, simulates each once under the background care, weights the",
                "pool by maximum entropy to meet the targets, draws a calibrated cohort from it, and",
                "writes DIR/weights.csv, DIR/fitted.csv, DIR/calibration.json and DIR/report.html.",
                "Built-in calibrations: car-t-axi-cel, car-t-tisa-cel, car-t-liso-cel, car-t-ide-cel,",
                "car-t-cilta-cel, covid-19, septic-shock, ards.",
                "Exits 0 on success, 2 on a bad spec (file, line and key named)."})
final class CalibrateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC|NAME", description = "a calibration spec file (YAML) or a built-in calibration")
    private String calibration;

    @Option(names = "--patients", paramLabel = "N", description = "pool size (default: the spec's)")
    private Integer patients;

    @Option(names = "--cohort", paramLabel = "M", defaultValue = "1000",
            description = "size of the calibrated cohort drawn from the weighted pool (default: ${DEFAULT-VALUE})")
    private int cohort;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "worker threads (default: the number of processors); results do not depend on it")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/calibration-NAME)")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TrialSpecReader cohorts = TrialSpecReader.standard();
        CalibrationSpecReader reader = new CalibrationSpecReader(cohorts);
        Path file = Path.of(calibration);
        boolean isFile = Files.isRegularFile(file) || calibration.endsWith(".yaml") || calibration.endsWith(".yml");
        String text = isFile ? InputFiles.read(file) : BuiltInCalibrations.text(calibration);
        CalibrationSpec c = isFile ? reader.read(text, calibration, file.toAbsolutePath().getParent())
                : BuiltInCalibrations.load(calibration, reader);
        if (patients != null) {
            if (patients < 10 || patients > CalibrationSpec.MAX_POOL) {
                throw new IllegalArgumentException("--patients must be between 10 and " + CalibrationSpec.MAX_POOL
                        + ", got " + patients);
            }
            c = new CalibrationSpec(withPatients(c, patients), c.targets());
        }
        if (cohort < 1 || cohort > 10_000_000) {
            throw new IllegalArgumentException("--cohort must be between 1 and 10000000, got " + cohort);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > TrialRunOptions.MAX_THREADS) {
            throw new IllegalArgumentException("--threads must be between 1 and " + TrialRunOptions.MAX_THREADS + ", got " + workers);
        }
        Path dir = out == null ? Path.of("out", "calibration-" + c.cohort().name()) : out;
        String label = out == null ? dir.toString() : "--out " + out;
        CalibrationFiles.check(dir, label, OutputDirectories.NAMES);
        o.printf(Locale.ROOT, "calibrate %s: pool of %d patients, %d targets, seed %d, %d thread%s%n", c.cohort().name(),
                c.cohort().patients(), c.targets().size(), seed, workers, workers == 1 ? "" : "s");
        o.flush();
        long t0 = System.nanoTime();
        Calibration.Result r = simulate(c, cohorts, workers, err);
        CalibrationFiles.write(r, text, dir, label, OutputDirectories.NAMES, new CalibrationReport());
        o.printf(Locale.ROOT, "  effective sample size %.0f of %d%n", r.solution().effectiveSampleSize(), r.pool().size());
        for (int k = 0; k < c.targets().size(); k++) {
            Target t = c.targets().get(k);
            o.printf(Locale.ROOT, "  %-28s published %s  pool %s  calibrated cohort %s  %s%n", t.name(), fmt(t, t.value()),
                    fmt(t, r.prior()[k]), fmt(t, r.cohort()[k]), r.met(k) ? "met" : "NOT met");
        }
        o.printf(Locale.ROOT, "wrote %s (weights.csv, fitted.csv, calibration.json, report.html) in %.1f s%n", dir,
                (System.nanoTime() - t0) / 1e9);
        o.flush();
        return ExitCodes.OK;
    }

    private Calibration.Result simulate(CalibrationSpec c, TrialSpecReader cohorts, int workers, PrintWriter err)
            throws InterruptedException {
        if (System.console() == null) {
            PlainProgress p = new PlainProgress(err, "calibrate", "patients");
            return Calibration.run(c, cohorts.simulator(), seed, workers, cohort, p::update);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("calibrate").setInitialMax(c.cohort().patients())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setUnit(" patients", 1).showSpeed().build()) {
            return Calibration.run(c, cohorts.simulator(), seed, workers, cohort, (done, all) -> {
                synchronized (bar) {
                    bar.stepTo(done);
                }
            });
        }
    }

    private static org.cytostorm.cohort.trial.TrialSpec withPatients(CalibrationSpec c, int n) {
        var t = c.cohort();
        return new org.cytostorm.cohort.trial.TrialSpec(t.name(), t.description(), t.source(), t.scenario(),
                t.population(), n, t.enrolment(), t.followUpH(), t.arms(), t.allocation(), t.subgroups());
    }

    private static String fmt(Target t, double v) {
        if (!Double.isFinite(v)) {
            return "   –  ";
        }
        return t.isRate() ? String.format(Locale.ROOT, "%5.1f%%", 100 * v) : String.format(Locale.ROOT, "%5.1f d", v);
    }
}
