package org.cytostorm.cohort.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cytostorm.cohort.population.CalibratedPool;
import org.cytostorm.cohort.population.Population;
import org.cytostorm.cohort.population.VirtualPatient;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

/**
 * The committed weights of the built-in calibrations are what `cytostorm calibrate` makes, and a
 * trial of a calibrated population draws the calibration's pool patients with those weights.
 */
class CalibratedPopulationTest {

    private static final TrialSpecReader COHORTS = TrialSpecReader.standard();
    private static final CalibrationSpecReader READER = new CalibrationSpecReader(COHORTS);

    /** The committed weights solve their own targets again from the committed course figures. */
    @Test
    void theCommittedWeightsAreTheMaximumEntropySolutionOfTheirTargets() {
        for (String name : List.of("car-t-axi-cel", "car-t-tisa-cel", "car-t-liso-cel", "car-t-ide-cel",
                "car-t-cilta-cel", "septic-shock")) {
            CalibrationSpec spec = BuiltInCalibrations.load(name, READER);
            String file = "/org/cytostorm/cohort/calibration/builtin/weights/" + name + ".csv";
            var rows = org.cytostorm.common.io.Csv.read(org.cytostorm.common.io.Resources.text(getClass(), file), file);
            List<Course> pool = new ArrayList<>();
            long[] ids = new long[rows.size() - 1];
            double[] committed = new double[rows.size() - 1];
            for (int i = 1; i < rows.size(); i++) {
                var r = rows.get(i);
                ids[i - 1] = Long.parseLong(r.cell(0));
                committed[i - 1] = Double.parseDouble(r.cell(1));
                pool.add(new Course(Integer.parseInt(r.cell(2)), Double.parseDouble(r.cell(3)),
                        Double.parseDouble(r.cell(4)), Integer.parseInt(r.cell(5)), Double.parseDouble(r.cell(6)),
                        Double.parseDouble(r.cell(7)), java.util.Set.of()));
            }
            Calibration.Result again = Calibration.weigh(spec, CalibratedPool.SEED, pool, ids, 0, 1000);
            for (int i = 0; i < committed.length; i++) {
                assertEquals(committed[i], again.solution().weights()[i], 1e-9 * committed.length * committed[i] + 1e-15,
                        name + " patient " + ids[i]);
            }
        }
    }

    /** A fresh calibration of the smallest built-in pool gives the committed weights. */
    @Test
    void aFreshCalibrationGivesTheCommittedWeights() throws Exception {
        CalibrationSpec spec = BuiltInCalibrations.load("car-t-liso-cel", READER);
        Calibration.Result r = Calibration.run(spec, COHORTS.simulator(), CalibratedPool.SEED, 2, 1000, (d, t) -> { });
        CalibratedPool committed = CalibratedPool.load("car-t-liso-cel");
        assertEquals(committed.patients().length, r.pool().size());
        for (int i = 0; i < r.pool().size(); i++) {
            assertEquals(committed.patients()[i], r.patients()[i]);
            assertEquals(committed.weights()[i], r.solution().weights()[i], 1e-6 * committed.weights()[i],
                    "patient " + r.patients()[i] + ": rerun `cytostorm calibrate car-t-liso-cel` and commit its weights");
        }
    }

    /** A calibrated population's patients are pool patients, picked as often as their weights say. */
    @Test
    void aCalibratedPopulationDrawsPoolPatientsByWeight() {
        TrialSpec trial = COHORTS.readCohort("scenario: car-t-liso-cel\ncare: car-t-crs\npopulation: calibrated car-t-liso-cel\n",
                "t.yaml", null);
        Population calibrated = Population.of(trial.population(), trial.scenario(), COHORTS.simulator(), 7);
        Population pool = Population.of(COHORTS.readCohort("scenario: car-t-liso-cel\ncare: car-t-crs\n", "p.yaml", null)
                .population(), trial.scenario(), COHORTS.simulator(), CalibratedPool.SEED);
        CalibratedPool w = CalibratedPool.load("car-t-liso-cel");
        Map<Long, Double> weightOf = new HashMap<>();
        for (int j = 0; j < w.patients().length; j++) {
            weightOf.put(w.patients()[j], w.weights()[j]);
        }
        int n = 400;
        double picked = 0;
        for (int i = 0; i < n; i++) {
            VirtualPatient v = calibrated.draw(i);
            assertTrue(weightOf.containsKey(v.index()), "patient " + i + " is pool patient " + v.index());
            assertEquals(pool.draw(v.index()).parameters(), v.parameters(), "the pool patient's own parameters");
            picked += weightOf.get(v.index());
        }
        // patients drawn with the weights have a mean weight of sum w² (= 1/ESS), above the pool's 1/N
        double sumSquares = 0;
        for (double x : w.weights()) {
            sumSquares += x * x;
        }
        assertEquals(sumSquares, picked / n, 0.25 * sumSquares);
    }

    @Test
    void aCalibratedPopulationBelongsToItsScenario() {
        InputException other = assertThrows(InputException.class, () -> COHORTS.readCohort(
                "scenario: car-t-axi-cel\npopulation: calibrated car-t-liso-cel\n", "t.yaml", null));
        assertTrue(other.getMessage().contains("car-t-liso-cel") && other.getMessage().contains("t.yaml:2"),
                other.getMessage());
        InputException unknown = assertThrows(InputException.class, () -> COHORTS.readCohort(
                "scenario: car-t-axi-cel\npopulation: calibrated nothing\n", "t.yaml", null));
        assertTrue(unknown.getMessage().contains("'nothing'"), unknown.getMessage());
    }
}
