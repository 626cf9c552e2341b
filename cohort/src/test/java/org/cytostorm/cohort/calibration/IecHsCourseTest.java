package org.cytostorm.cohort.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.junit.jupiter.api.Test;

/**
 * A pool patient counts as IEC-HS as the physiology's acceptance test defines the course: the
 * perforin-hypomorphic axi-cel reference has one (ferritin above 10,000 ng/mL after its CRS has
 * resolved, IFN-γ persisting, days after onset; Hines 2023), the reference with intact perforin
 * does not, and the high-risk patient does not within a follow-up that ends before the course.
 */
class IecHsCourseTest {

    private static final PatientSimulator SIMULATOR = PatientSimulator.standard();

    private static PatientRun axiCel(double perforin) {
        return SIMULATOR.run(BuiltInScenarios.load("car-t-axi-cel").withSettings(Map.of("perforin", perforin)));
    }

    @Test
    void theHighRiskReferenceHasAnIecHsCourseAndTheOrdinaryOneNone() {
        assertEquals(1, Course.of(axiCel(0.1), 28 * 24).iecHs(), "perforin at 10%: IEC-HS after CRS");
        assertEquals(0, Course.of(axiCel(1), 28 * 24).iecHs(), "intact perforin: no IEC-HS");
        assertEquals(0, Course.of(axiCel(0.1), 7 * 24).iecHs(), "a week's follow-up ends before the course");
    }
}
