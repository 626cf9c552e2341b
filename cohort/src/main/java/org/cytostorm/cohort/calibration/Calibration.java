package org.cytostorm.cohort.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.cytostorm.cohort.population.Population;
import org.cytostorm.cohort.population.VirtualPatient;
import org.cytostorm.common.random.KeyedRandom;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;

/**
 * Runs a calibration: draws the pool from the cohort's population, simulates each patient once
 * under the background care, weights the pool by maximum entropy to meet the targets
 * ({@link EntropyBalancing}), and draws a calibrated cohort from the weighted pool (systematic
 * resampling on a keyed stream). Each patient's course is a pure function of the seed and its
 * index, so the result does not depend on the threads.
 */
public final class Calibration {

    /** How close each target's moment is held when the pool can meet it (soft-constraint scale). */
    static final double MOMENT_SCALE = 0.002;
    private static final int RESAMPLE = 91;
    /** Parameters reported as moved most. */
    static final int SHIFTS = 10;

    private Calibration() {
    }

    /** Reports patients simulated of the pool, from any thread. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    /**
     * A calibration's outcome.
     *
     * @param spec       what was calibrated
     * @param seed       the seed of the pool and the resampling
     * @param pool       the courses of the enrolled pool patients whose runs succeeded, in index order
     * @param patients   their indices
     * @param failed     pool patients whose run failed (left out); the others left out were not
     *                   enrolled (pool size - pool - failed)
     * @param solution   the weights
     * @param prior      each target's statistic in the unweighted pool
     * @param weighted   each target's statistic in the weighted pool
     * @param cohort     each target's statistic in a cohort of {@code cohortSize} drawn from the weighted pool
     * @param cohortSize the calibrated cohort's size
     * @param fitted     the fitted distribution of every parameter that varies in the pool (largest
     *                   standardised shift first)
     */
    public record Result(CalibrationSpec spec, long seed, List<Course> pool, long[] patients, long failed,
            EntropyBalancing.Solution solution, double[] prior, double[] weighted, double[] cohort, int cohortSize,
            List<FittedDistribution> fitted) {

        /** The parameters the weighting moved most, largest standardised shift first. */
        public List<FittedDistribution> shifts() {
            return fitted.subList(0, Math.min(SHIFTS, fitted.size()));
        }

        /** Whether target {@code k} is met within its tolerance in the calibrated cohort. */
        public boolean met(int k) {
            return Math.abs(cohort[k] - spec.targets().get(k).value()) <= spec.targets().get(k).tolerance() + 1e-12;
        }
    }

    public static Result run(CalibrationSpec spec, PatientSimulator simulator, long seed, int threads, int cohortSize,
            Progress progress) throws InterruptedException {
        Population population = Population.of(spec.cohort().population(), spec.cohort().scenario(), simulator, seed);
        int n = spec.cohort().patients();
        double followUp = spec.cohort().followUpH();
        Course[] courses = new Course[n];
        List<String> names = population.variedParameters();
        float[][] drawn = new float[n][]; // single precision: shifts need no more, and a big pool fits
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "calibration");
            t.setDaemon(true);
            return t;
        });
        AtomicLong done = new AtomicLong();
        AtomicLong failedRuns = new AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    VirtualPatient v;
                    try {
                        v = population.draw(index);
                    } catch (org.cytostorm.cohort.population.DrawExhaustedException e) {
                        progress.update(done.incrementAndGet(), n);
                        return; // no plausible draw: not in the pool (counted as not enrolled)
                    }
                    float[] p = new float[names.size()];
                    for (int j = 0; j < p.length; j++) {
                        p[j] = (float) v.parameters().getOrDefault(names.get(j), Double.NaN).doubleValue();
                    }
                    drawn[index] = p;
                    PatientRun run = simulator.run(v.applyTo(spec.cohort().scenario()));
                    if (!run.isSuccess()) {
                        failedRuns.incrementAndGet();
                    } else {
                        java.util.OptionalDouble at = spec.cohort().enrolment().timeIn(run, v.covariates());
                        if (at.isPresent()) {
                            courses[index] = Course.of(run, at.getAsDouble(), followUp, groups(spec, run,
                                    at.getAsDouble(), v));
                        }
                    }
                    progress.update(done.incrementAndGet(), n);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<Course> kept = new ArrayList<>();
        List<Long> indices = new ArrayList<>();
        List<float[]> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (courses[i] != null) {
                kept.add(courses[i]);
                indices.add((long) i);
                values.add(drawn[i]);
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no patient of the pool of " + n + " was enrolled (" + failedRuns.get()
                    + " failed to simulate): widen the enrolment or enlarge the pool");
        }
        Result r = weigh(spec, seed, kept, indices.stream().mapToLong(Long::longValue).toArray(), failedRuns.get(),
                cohortSize);
        List<FittedDistribution> fitted = FittedDistribution.of(names, widen(values), r.solution().weights());
        return new Result(r.spec(), r.seed(), r.pool(), r.patients(), r.failed(), r.solution(), r.prior(), r.weighted(),
                r.cohort(), r.cohortSize(), fitted);
    }

    private static double[][] widen(List<float[]> values) {
        double[][] out = new double[values.size()][];
        for (int i = 0; i < out.length; i++) {
            float[] f = values.get(i);
            out[i] = new double[f.length];
            for (int j = 0; j < f.length; j++) {
                out[i][j] = f[j];
            }
        }
        return out;
    }

    /** The cohort's subgroups the patient is in at enrolment. */
    private static java.util.Set<String> groups(CalibrationSpec spec, PatientRun run, double enrolledH, VirtualPatient v) {
        double[] t = run.timeH();
        int row = 0;
        while (row < t.length - 1 && t[row] < enrolledH - 1e-9) {
            row++;
        }
        java.util.Set<String> in = new java.util.HashSet<>();
        for (org.cytostorm.cohort.trial.Subgroup g : spec.cohort().subgroups()) {
            if (g.contains(run, row, v.covariates())) {
                in.add(g.name());
            }
        }
        return in;
    }

    /** Weights a simulated pool and draws the calibrated cohort (the part after the simulations). */
    static Result weigh(CalibrationSpec spec, long seed, List<Course> pool, long[] patients, long failed,
            int cohortSize) {
        if (pool.isEmpty()) {
            throw new IllegalStateException("every patient of the pool failed to simulate");
        }
        List<Target> targets = spec.targets();
        int k = targets.size();
        double[][] h = new double[pool.size()][k];
        double[] moments = new double[k];
        double[] scale = new double[k];
        for (int j = 0; j < k; j++) {
            Target t = targets.get(j);
            moments[j] = t.moment();
            scale[j] = MOMENT_SCALE;
            for (int i = 0; i < pool.size(); i++) {
                h[i][j] = t.feature(pool.get(i));
            }
        }
        EntropyBalancing.Solution s = EntropyBalancing.solve(h, moments, scale);
        double[] uniform = new double[pool.size()];
        java.util.Arrays.fill(uniform, 1.0 / pool.size());
        double[] prior = new double[k];
        double[] weighted = new double[k];
        List<Course> cohort = resample(pool, s.weights(), cohortSize, seed);
        double[] cohortWeights = new double[cohort.size()];
        java.util.Arrays.fill(cohortWeights, 1.0 / cohort.size());
        double[] inCohort = new double[k];
        for (int j = 0; j < k; j++) {
            Target t = targets.get(j);
            prior[j] = t.statistic(pool, uniform);
            weighted[j] = t.statistic(pool, s.weights());
            inCohort[j] = t.statistic(cohort, cohortWeights);
        }
        return new Result(spec, seed, pool, patients, failed, s, prior, weighted, inCohort, cohortSize, List.of());
    }

    /** Systematic resampling: m draws at u/m, (u + 1)/m, ... along the cumulative weights. */
    static List<Course> resample(List<Course> pool, double[] w, int m, long seed) {
        double u = new KeyedRandom(seed).uniform(0, 0, RESAMPLE);
        List<Course> out = new ArrayList<>(m);
        double cum = w[0];
        int i = 0;
        for (int j = 0; j < m; j++) {
            double point = (u + j) / m;
            while (cum < point && i < w.length - 1) {
                i++;
                cum += w[i];
            }
            out.add(pool.get(i));
        }
        return out;
    }
}
