package org.cytostorm.physiology.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OxygenSupportTest {

    @ParameterizedTest(name = "level {0} -> {1}")
    @CsvSource({
        "-3.0, ROOM_AIR",
        "0.0, ROOM_AIR",
        "0.49, ROOM_AIR",
        "0.5, LOW_FLOW",
        "1.0, LOW_FLOW",
        "1.49, LOW_FLOW",
        "1.5, HIGH_FLOW",
        "2.0, HIGH_FLOW",
        "2.6, NON_INVASIVE",
        "3.0, NON_INVASIVE",
        "3.5, INVASIVE",
        "4.0, INVASIVE",
        "7.2, INVASIVE",
        "Infinity, INVASIVE",
        "-Infinity, ROOM_AIR",
    })
    void levelRoundsToNearestAndClamps(double level, OxygenSupport expected) {
        assertEquals(expected, OxygenSupport.ofLevel(level));
    }

    @ParameterizedTest(name = "{0} positive pressure: {1}")
    @CsvSource({
        "ROOM_AIR, false",
        "LOW_FLOW, false",
        "HIGH_FLOW, false",
        "NON_INVASIVE, true",
        "INVASIVE, true",
    })
    void positivePressureIsNonInvasiveOrInvasive(OxygenSupport support, boolean expected) {
        assertEquals(expected, support.positivePressure());
    }

    @Test
    void nanLevelIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> OxygenSupport.ofLevel(Double.NaN));
    }
}
