package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance 5: peak IL-6 by condition, to the order of magnitude of Leisman et al. 2020 (pooled
 * means): severe COVID-19 about 37 pg/mL and sepsis about 980 in the built-ins, and 1e3-1e4 in severe
 * CAR-T CRS (Teachey et al., Cancer Discov 2016;6:664), tested in the severe reference (axi-cel at
 * high tumour burden, 150e9 cells). The axi-cel built-in (medium burden, grade 1) peaks lower than
 * the pooled CRS mean of about 3100 pg/mL (a known limit in docs/patient-model.md).
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
