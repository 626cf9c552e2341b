package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance 5: peak IL-6 by condition in built-in scenarios of typical severity, to the order of
 * magnitude of Leisman et al. 2020 (pooled means): severe COVID-19 about 37 pg/mL, sepsis about
 * 980, CAR-T CRS about 3100 with 1e3-1e4 in severe CRS (the axi-cel product at high tumour burden,
 * 150e9 cells: the built-in has a medium burden).
 */
class LevelsByConditionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"covid-19-severe, 10, 100, -1", "sepsis, 300, 3000, -1", "car-t-axi-cel, 1000, 10000, 150"})
    void peakIl6InItsBand(String scenario, double lo, double hi, double tumourBurden) {
        Map<String, Double> overrides = tumourBurden < 0 ? Map.of() : Map.of("tumour0", tumourBurden);
        double peak = Runs.max(Runs.run(scenario, overrides).column("IL6"));
        assertTrue(peak >= lo && peak <= hi, scenario + " peak IL-6 " + peak + " outside [" + lo + ", " + hi + "]");
    }
}
