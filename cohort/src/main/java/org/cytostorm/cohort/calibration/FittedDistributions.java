package org.cytostorm.cohort.calibration;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.cytostorm.cohort.population.CalibratedPool;
import org.cytostorm.cohort.population.Population;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.cytostorm.common.io.Csv;
import org.cytostorm.common.io.Resources;
import org.cytostorm.physiology.run.PatientSimulator;

/**
 * The fitted distributions of the built-in calibrations: written as {@code fitted.csv} by
 * {@code cytostorm calibrate}, committed beside the weights as {@code fitted/NAME.csv}, and recomputed
 * from the committed weights and the pool they weigh ({@link #recompute}) to check the two agree.
 */
public final class FittedDistributions {

    static final String DIR = "/org/cytostorm/cohort/calibration/builtin/fitted/";
    static final List<String> COLUMNS = List.of("parameter", "pool_median", "fitted_median", "fitted_p05",
            "fitted_p95", "shift_sd");

    private FittedDistributions() {
    }

    /** Writes {@code fitted} as CSV (the columns of {@link #COLUMNS}). */
    public static void write(List<FittedDistribution> fitted, Writer out) throws IOException {
        try (Csv.RowWriter w = Csv.writer(out, COLUMNS)) {
            for (FittedDistribution f : fitted) {
                w.start().text(f.parameter()).number(f.poolMedian()).number(f.median()).number(f.low()).number(f.high())
                        .number(f.shift()).end();
            }
        }
    }

    /** The committed fitted distributions of built-in calibration {@code name}. */
    public static List<FittedDistribution> builtIn(String name) {
        String file = DIR + name + ".csv";
        List<Csv.Row> rows = Csv.read(Resources.text(FittedDistributions.class, file), file);
        List<FittedDistribution> out = new ArrayList<>();
        for (Csv.Row r : rows.subList(1, rows.size())) {
            out.add(new FittedDistribution(r.cell(0), Double.parseDouble(r.cell(1)), Double.parseDouble(r.cell(2)),
                    Double.parseDouble(r.cell(3)), Double.parseDouble(r.cell(4)), Double.parseDouble(r.cell(5))));
        }
        return List.copyOf(out);
    }

    /**
     * The fitted distributions of built-in calibration {@code name} computed again from its committed
     * weights: the pool patients they name drawn again from the calibration's population with the
     * pool's seed (draws need no simulation of the course, only the plausibility filter's baseline).
     */
    public static List<FittedDistribution> recompute(String name) {
        TrialSpecReader cohorts = TrialSpecReader.standard();
        PatientSimulator simulator = cohorts.simulator();
        CalibrationSpec spec = BuiltInCalibrations.load(name, new CalibrationSpecReader(cohorts));
        CalibratedPool weights = CalibratedPool.load(name);
        Population population = Population.of(spec.cohort().population(), spec.cohort().scenario(), simulator,
                CalibratedPool.SEED);
        List<String> names = population.variedParameters();
        double[][] values = new double[weights.patients().length][];
        for (int i = 0; i < values.length; i++) {
            java.util.Map<String, Double> p = population.draw(weights.patients()[i]).parameters();
            values[i] = new double[names.size()];
            for (int j = 0; j < names.size(); j++) {
                // the calibration kept single precision (enough for a shift, and a big pool fits)
                values[i][j] = (float) p.getOrDefault(names.get(j), Double.NaN).doubleValue();
            }
        }
        return FittedDistribution.of(names, values, weights.weights());
    }
}
