package org.cytostorm.report.docs;

import java.util.List;
import org.cytostorm.cohort.calibration.FittedDistribution;

/**
 * What one calibration fitted, for the model page: the parameters its weights moved beyond their
 * noise. A weighted pool's mean moves by chance too, by about 1/√ESS pool SDs for a parameter the
 * targets do not depend on (ESS: the weights' effective sample size), so a shift is cited as fitted
 * only beyond three of those and never below {@value #FLOOR} SD.
 *
 * @param name                the calibration
 * @param effectiveSampleSize its weights' effective sample size
 * @param threshold           the smallest shift cited, pool SDs
 * @param moved               its fitted distributions of the parameters moved at least that much
 */
record CalibrationFit(String name, double effectiveSampleSize, double threshold, List<FittedDistribution> moved) {

    /** The smallest shift ever cited, pool SDs. */
    static final double FLOOR = 0.1;

    CalibrationFit {
        moved = List.copyOf(moved);
    }

    /** The fit of calibration {@code name} from all its fitted distributions and its weights' ESS. */
    static CalibrationFit of(String name, List<FittedDistribution> fitted, double effectiveSampleSize) {
        double threshold = Math.max(FLOOR, 3 / Math.sqrt(effectiveSampleSize));
        return new CalibrationFit(name, effectiveSampleSize, threshold,
                fitted.stream().filter(f -> Math.abs(f.shift()) >= threshold).toList());
    }
}
