package org.cytostorm.cohort.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.cohort.trial.TrialSpecReader;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

/** Calibration specs: the built-ins read, and every refusal names the file, line and key. */
class CalibrationSpecReaderTest {

    private static final CalibrationSpecReader READER = new CalibrationSpecReader(TrialSpecReader.standard());
    private static final String HEAD = "scenario: car-t-axi-cel\npatients: 50\ntargets:\n";

    @Test
    void everyBuiltInReads() {
        for (String name : BuiltInCalibrations.names()) {
            CalibrationSpec s = BuiltInCalibrations.load(name, READER);
            assertTrue(!s.targets().isEmpty(), name);
            assertTrue(s.targets().stream().allMatch(t -> !t.source().isBlank()), name + ": every target has its source");
        }
    }

    @Test
    void valuesReadInTheirUnits() {
        CalibrationSpec s = READER.read(HEAD + "  - {rate: crs_any, value: 93%, source: a}\n"
                + "  - {rate: crs_grade3, value: 0.13, tolerance: 5%, source: b}\n"
                + "  - {median: crs_onset_day, value: 48 h, source: c}\n", "t.yaml", null);
        assertEquals(0.93, s.targets().get(0).value(), 1e-12);
        assertEquals(0.10, s.targets().get(0).tolerance(), 1e-12, "10 points by default");
        assertEquals(0.05, s.targets().get(1).tolerance(), 1e-12);
        assertEquals(2, s.targets().get(2).value(), 1e-12);
        assertEquals(1, s.targets().get(2).tolerance(), 1e-12, "a day by default");
    }

    @Test
    void badTargetsAreNamedWithFileAndLine() {
        String[][] cases = {
            {"  - {rate: crs_any, value: 93%}\n", "source"},
            {"  - {rate: crs_any, median: crs_onset_day, value: 1, source: a}\n", "rate or a median"},
            {"  - {rate: crs_sometimes, value: 1, source: a}\n", "crs_any"},
            {"  - {rate: crs_any, value: 130%, source: a}\n", "0 to 1"},
            {"  - {median: crs_onset_day, value: soon, source: a}\n", "days"},
            {"  - {rate: crs_any, value: 1, source: a, weight: 2}\n", "weight"},
            {"  - {rate: death, value: 40%, source: a, among: shock}\n", "none are defined"},
        };
        for (String[] c : cases) {
            InputException e = assertThrows(InputException.class, () -> READER.read(HEAD + c[0], "t.yaml", null), c[0]);
            assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains("t.yaml"), c[0] + ": " + e.getMessage());
        }
        InputException big = assertThrows(InputException.class,
                () -> READER.read("scenario: car-t-axi-cel\npatients: 200000\ntargets:\n  - {rate: crs_any, value: 1, source: a}\n",
                        "t.yaml", null));
        assertTrue(big.getMessage().contains("t.yaml:2") && big.getMessage().contains("100000"), big.getMessage());
        InputException none = assertThrows(InputException.class,
                () -> READER.read("scenario: car-t-axi-cel\n", "t.yaml", null));
        assertTrue(none.getMessage().contains("targets"), none.getMessage());
    }
}
