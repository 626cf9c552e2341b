package org.cytostorm.physiology.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.cytostorm.physiology.scores.CerebralEdema;
import org.cytostorm.physiology.scores.Consciousness;
import org.cytostorm.physiology.scores.IcansInputs;
import org.cytostorm.physiology.scores.Seizure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model's continuous neurotoxicity and coagulation states read as the tables' categories. */
class ClinicalReadoutsTest {

    @ParameterizedTest(name = "ICE {0} -> score {1}")
    @CsvSource({"10, 10", "9.6, 10", "9.4, 9", "6.5, 7", "0.4, 0", "-0.3, 0", "10.8, 10"})
    void iceRoundsAndClamps(double ice, int score) {
        assertEquals(score, ClinicalReadouts.icansInputs(ice, 0, 0, 0).iceScore());
    }

    @ParameterizedTest(name = "LOC {0} -> {1}, unarousable {2}")
    @CsvSource({
        "0, NORMAL, false",
        "0.49, NORMAL, false",
        "0.5, AWAKENS_SPONTANEOUSLY, false",
        "2.2, AWAKENS_TO_VOICE, false",
        "3.49, AWAKENS_TO_TOUCH, false",
        "3.5, STUPOR_OR_COMA, true",
        "4.3, STUPOR_OR_COMA, true",
    })
    void levelOfConsciousness(double loc, Consciousness level, boolean unarousable) {
        IcansInputs in = ClinicalReadouts.icansInputs(9, loc, 0, 0);
        assertEquals(level, in.consciousness());
        assertEquals(unarousable, in.unarousable());
        assertEquals(unarousable ? 0 : 9, in.iceScore(), "an unarousable patient scores ICE 0");
    }

    @Test
    void seizuresResolveAndEdemaRounds() {
        assertEquals(Seizure.NONE, ClinicalReadouts.icansInputs(10, 0, 0.49, 0).seizure());
        assertEquals(Seizure.RESOLVING, ClinicalReadouts.icansInputs(10, 0, 0.5, 0).seizure());
        assertEquals(Seizure.RESOLVING, ClinicalReadouts.icansInputs(10, 0, 1, 0).seizure());
        assertEquals(CerebralEdema.NONE, ClinicalReadouts.icansInputs(10, 0, 0, 0.49).cerebralEdema());
        assertEquals(CerebralEdema.FOCAL, ClinicalReadouts.icansInputs(10, 0, 0, 0.5).cerebralEdema());
        assertEquals(CerebralEdema.DIFFUSE, ClinicalReadouts.icansInputs(10, 0, 0, 1.5).cerebralEdema());
        assertFalse(ClinicalReadouts.icansInputs(0, 4, 1, 2).deepFocalMotorWeakness());
    }

    @Test
    void isthScoreReadsTheProlongationOverThePatientsNormal() {
        // platelets 80 (1), D-dimer 3 (2), PT 16.5 s over a normal 12 s: +4.5 s (1), fibrinogen 0.8 (1)
        Map<String, Double> row = Map.of("Plt", 80.0, "Ddimer", 3.0, "PT", 16.5, "Fib", 0.8);
        assertEquals(5, ClinicalReadouts.isthDic(row::get, 12));
        // the same PT over a normal of 14 s: +2.5 s (0)
        assertEquals(4, ClinicalReadouts.isthDic(row::get, 14));
        assertTrue(ClinicalReadouts.COLUMNS.stream().anyMatch(c -> c.name().equals("survival")));
    }
}
