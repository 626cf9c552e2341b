package org.cytostorm.cohort.population;

import java.util.List;

import org.cytostorm.common.io.Csv;
import org.cytostorm.common.io.Resources;
import org.cytostorm.common.random.KeyedRandom;

/**
 * The weights of a built-in calibration (cohort.calibration): which pool patients, with what weight.
 * A calibrated population's patient i is pool patient j drawn with these weights from a stream
 * keyed by the trial's seed and i, so a trial of a calibrated population is as reproducible as any
 * other. The pool is the default population of the calibration's scenario drawn with
 * {@link #SEED}, the seed the built-in weights were made with ({@code cytostorm calibrate NAME}).
 *
 * @param name     the calibration
 * @param patients pool patient indices
 * @param weights  their weights (summing to 1)
 */
public record CalibratedPool(String name, long[] patients, double[] weights) {

    /** The seed of the pools of the built-in calibrations. */
    public static final long SEED = 1;
    /** Where the built-in weights are: {@code weights/NAME.csv} (columns patient, weight) beside this. */
    static final String DIR = "/org/cytostorm/cohort/calibration/builtin/weights/";
    private static final int PURPOSE = 0x5EED;

    public CalibratedPool {
        patients = patients.clone();
        weights = weights.clone();
    }

    /** The committed weights of built-in calibration {@code name}. */
    public static CalibratedPool load(String name) {
        String file = DIR + name + ".csv";
        List<Csv.Row> rows = Csv.read(Resources.text(CalibratedPool.class, file), file);
        long[] patients = new long[rows.size() - 1];
        double[] weights = new double[rows.size() - 1];
        for (int i = 1; i < rows.size(); i++) {
            patients[i - 1] = Long.parseLong(rows.get(i).cell(0));
            weights[i - 1] = Double.parseDouble(rows.get(i).cell(1));
        }
        return new CalibratedPool(name, patients, weights);
    }

    /**
     * The weights' effective sample size, (Σw)²/Σw² (Kish): how many equally weighted patients they
     * are worth.
     */
    public double effectiveSampleSize() {
        double sum = 0;
        double squares = 0;
        for (double w : weights) {
            sum += w;
            squares += w * w;
        }
        return sum * sum / squares;
    }

    /** Whether built-in calibration {@code name} has committed weights. */
    public static boolean exists(String name) {
        return CalibratedPool.class.getResource(DIR + name + ".csv") != null;
    }

    /** The pool patient that patient {@code index} of a trial with {@code seed} is. */
    long pick(KeyedRandom random, long index) {
        double u = random.uniform(index, 0, PURPOSE);
        double cum = 0;
        for (int j = 0; j < weights.length; j++) {
            cum += weights[j];
            if (u < cum) {
                return patients[j];
            }
        }
        return patients[patients.length - 1];
    }
}
