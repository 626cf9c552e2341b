package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.ProtocolLibrary;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.Action;
import org.cytostorm.physiology.treat.Condition;
import org.cytostorm.physiology.treat.DoseAmount;
import org.cytostorm.physiology.treat.Route;
import org.cytostorm.physiology.treat.Rule;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.cytostorm.physiology.treat.Treatments;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, acceptance 3: a rule fires at the first check at which its condition holds, respects
 * its maximum count and spacing, and records each firing; the CAR-T algorithm gives tocilizumab
 * only once grade 2 is reached.
 */
class ProtocolEngineTest {

    private static final double DAYS10 = 240;

    /**
     * A rule whose action changes nothing in this patient (antibiotics with no bacteria), so the
     * expected firings can be read off the untreated run's hourly temperatures.
     */
    @Test
    void aRuleFiresAtTheFirstCheckItsConditionHoldsWithinItsLimits() {
        double every = 2;
        double spacing = 24;
        int max = 3;
        double threshold = 38.5;
        Scenario base = BuiltInScenarios.load("car-t-axi-cel").withDuration(DAYS10);
        Rule fever = new Rule("fever", Condition.parse("Temp >= " + threshold, "test"),
                new Action.Give(Treated.drug("antibiotics"), DoseAmount.NONE, Route.COURSE, 48), every, max, spacing);
        PatientRun treated = Treated.run(base.withTreatments(new Treatments(List.of(), List.of(fever))));
        PatientRun untreated = Treated.run(base);

        List<Double> expected = new ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < untreated.timeH().length && expected.size() < max; i++) {
            double t = untreated.timeH()[i];
            boolean onCheck = Math.abs(t / every - Math.rint(t / every)) < 1e-9;
            if (onCheck && t - last >= spacing && untreated.column("temperature")[i] >= threshold) {
                expected.add(t);
                last = t;
            }
        }
        assertEquals(max, expected.size(), "the fever lasts long enough for three firings");
        List<Double> fired = treated.treatments().stream().filter(e -> e.origin().equals("fever"))
                .map(TreatmentEvent::timeH).toList();
        assertEquals(expected, fired);
        assertTrue(treated.treatments().stream().allMatch(e -> e.what().equals("antibiotics") && e.durationH() == 48));
    }

    @Test
    void theCarTAlgorithmGivesTocilizumabOnlyAfterGradeTwo() {
        // axi-cel at high tumour burden: a patient who reaches grade 2 and more
        Scenario base = BuiltInScenarios.load("car-t-axi-cel").withSettings(Map.of("tumour0", 150.0)).withDuration(DAYS10);
        PatientRun supportive = Treated.run(base, Map.of());
        PatientRun algorithm = Treated.run(base.withProtocol(ProtocolLibrary.standard().named("car-t-crs")));
        List<Double> toci = algorithm.treatments().stream().filter(e -> e.what().equals("tocilizumab"))
                .map(TreatmentEvent::timeH).toList();
        assertTrue(!toci.isEmpty(), "this patient reaches grade 2");
        double gradeTwo = Runs.firstAtLeast(supportive, "crs_grade", 2);
        assertEquals(gradeTwo, toci.get(0), 0.0, "the first dose comes at the first hourly check at grade 2");
        for (int i = 0; i < toci.size(); i++) {
            assertTrue(Runs.at(algorithm, "crs_grade", toci.get(i)) >= 2, "grade 2 or more at dose " + i);
            if (i > 0) {
                assertTrue(toci.get(i) - toci.get(i - 1) >= 8, "8 h between doses");
            }
        }
        assertTrue(toci.size() <= 4, "at most four doses");
        assertTrue(algorithm.treatments().stream().filter(e -> e.what().equals("tocilizumab"))
                .allMatch(e -> e.amountMg() == Math.min(8 * 80, 800)), "8 mg/kg at 80 kg, at most 800 mg");
        assertTrue(Runs.max(algorithm.column("crs_grade")) <= Runs.max(supportive.column("crs_grade")));
    }
}
