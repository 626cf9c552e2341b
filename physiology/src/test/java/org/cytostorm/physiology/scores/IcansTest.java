package org.cytostorm.physiology.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows of the ICE score and ICANS grade tables (Lee 2019). */
class IcansTest {

    private static IcansInputs ice(int score, boolean unarousable) {
        return new IcansInputs(score, unarousable, Consciousness.NORMAL, Seizure.NONE, false,
                CerebralEdema.NONE);
    }

    @ParameterizedTest(name = "orientation={0} naming={1} commands={2} writing={3} counting={4} -> {5}")
    @CsvSource({
        "4, 3, true, true, true, 10",
        "0, 0, false, false, false, 0",
        "4, 0, false, false, false, 4",
        "0, 3, false, false, false, 3",
        "0, 0, true, false, false, 1",
        "0, 0, false, true, false, 1",
        "0, 0, false, false, true, 1",
        "2, 1, true, false, true, 5",
    })
    void iceScoreItems(int orientation, int naming, boolean commands, boolean writing,
            boolean counting, int expected) {
        assertEquals(expected, Icans.iceScore(orientation, naming, commands, writing, counting));
    }

    @ParameterizedTest(name = "ICE {0} unarousable={1} -> grade {2}")
    @CsvSource({
        "10, false, 0",
        "9, false, 1",
        "8, false, 1",
        "7, false, 1",
        "6, false, 2",
        "5, false, 2",
        "4, false, 2",
        "3, false, 2",
        "2, false, 3",
        "1, false, 3",
        "0, false, 3",
        "0, true, 4",
    })
    void iceDomain(int score, boolean unarousable, int expected) {
        assertEquals(expected, Icans.iceGrade(score, unarousable));
        assertEquals(expected, Icans.icansGrade(ice(score, unarousable)));
    }

    @ParameterizedTest(name = "{0} -> grade {1}")
    @CsvSource({
        "NORMAL, 0",
        "AWAKENS_SPONTANEOUSLY, 1",
        "AWAKENS_TO_VOICE, 2",
        "AWAKENS_TO_TOUCH, 3",
        "STUPOR_OR_COMA, 4",
    })
    void consciousnessDomain(Consciousness level, int expected) {
        assertEquals(expected, Icans.icansGrade(
                new IcansInputs(10, false, level, Seizure.NONE, false, CerebralEdema.NONE)));
    }

    @ParameterizedTest(name = "{0} -> grade {1}")
    @CsvSource({
        "NONE, 0",
        "RESOLVING, 3",
        "PROLONGED_OR_REPETITIVE, 4",
    })
    void seizureDomain(Seizure seizure, int expected) {
        assertEquals(expected, Icans.icansGrade(
                new IcansInputs(10, false, Consciousness.NORMAL, seizure, false, CerebralEdema.NONE)));
    }

    @ParameterizedTest(name = "weakness={0} -> grade {1}")
    @CsvSource({
        "false, 0",
        "true, 4",
    })
    void motorDomain(boolean weakness, int expected) {
        assertEquals(expected, Icans.icansGrade(new IcansInputs(10, false, Consciousness.NORMAL,
                Seizure.NONE, weakness, CerebralEdema.NONE)));
    }

    @ParameterizedTest(name = "{0} -> grade {1}")
    @CsvSource({
        "NONE, 0",
        "FOCAL, 3",
        "DIFFUSE, 4",
    })
    void edemaDomain(CerebralEdema edema, int expected) {
        assertEquals(expected, Icans.icansGrade(
                new IcansInputs(10, false, Consciousness.NORMAL, Seizure.NONE, false, edema)));
    }

    @Test
    void mostSevereDomainSetsTheGrade() {
        // ICE 3 (grade 2) with a rapidly resolving seizure (grade 3) is grade 3
        assertEquals(3, Icans.icansGrade(new IcansInputs(3, false, Consciousness.AWAKENS_TO_VOICE,
                Seizure.RESOLVING, false, CerebralEdema.NONE)));
        // ICE 8 (grade 1) with awakening to voice (grade 2) is grade 2
        assertEquals(2, Icans.icansGrade(new IcansInputs(8, false, Consciousness.AWAKENS_TO_VOICE,
                Seizure.NONE, false, CerebralEdema.NONE)));
        // ICE 2 (grade 3) with diffuse edema (grade 4) is grade 4
        assertEquals(4, Icans.icansGrade(new IcansInputs(2, false, Consciousness.NORMAL,
                Seizure.NONE, false, CerebralEdema.DIFFUSE)));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Icans.iceScore(5, 0, false, false, false));
        assertThrows(IllegalArgumentException.class, () -> Icans.iceScore(0, 4, false, false, false));
        assertThrows(IllegalArgumentException.class, () -> Icans.iceScore(-1, 0, false, false, false));
        assertThrows(IllegalArgumentException.class, () -> ice(11, false));
        assertThrows(IllegalArgumentException.class, () -> ice(-1, false));
        assertThrows(IllegalArgumentException.class, () -> ice(5, true));
        assertThrows(IllegalArgumentException.class,
                () -> new IcansInputs(10, false, null, Seizure.NONE, false, CerebralEdema.NONE));
    }
}
