package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance 5: peak IL-6 by condition in built-in scenarios of typical severity, to the order of
 * magnitude of Leisman et al. 2020 (pooled means): severe COVID-19 about 37 pg/mL, sepsis about
 * 980, CAR-T CRS about 3100 with 1e3-1e4 in severe CRS.
 */
class LevelsByConditionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"covid-19-severe, 10, 100", "sepsis, 300, 3000", "car-t-axi-cel, 1000, 10000"})
    void peakIl6InItsBand(String scenario, double lo, double hi) {
        double peak = Runs.max(Runs.run(scenario, Map.of()).column("IL6"));
        assertTrue(peak >= lo && peak <= hi, scenario + " peak IL-6 " + peak + " outside [" + lo + ", " + hi + "]");
    }
}
