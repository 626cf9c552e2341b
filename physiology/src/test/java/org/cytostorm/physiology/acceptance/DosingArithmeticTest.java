package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.ScenarioReader;
import org.cytostorm.physiology.treat.DoseAmount;
import org.cytostorm.physiology.treat.Route;
import org.cytostorm.physiology.treat.Treatments;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, acceptance 2: the arithmetic of dosing, against closed-form one-compartment solutions
 * with the table's parameters. mg/kg doses scale with weight; an infusion delivers its amount;
 * repeated doses of a linear drug superpose.
 */
class DosingArithmeticTest {

    private static double param(String name) {
        return ParameterTable.standard().find(name).orElseThrow().value();
    }

    @Test
    void mgPerKgDosesScaleWithWeight() {
        for (double weight : new double[] {55, 110}) {
            // the patient's weight is the scenario's (patient.weight), not a setting over it
            Scenario patient = ScenarioReader.standard().read("name: healthy\nduration: 2 h\npatient: {weight: " + weight
                    + "}\n", "weighed.yaml");
            PatientRun r = Treated.run(patient.withTreatments(Treatments.of(
                    Treated.dosing("dexamethasone", DoseAmount.mgPerKg(0.15), Route.IV, 0, 0, 0, 0))));
            assertEquals(0.15 * weight, r.treatments().get(0).amountMg(), 1e-12, "mg given at " + weight + " kg");
            // the volume is per kg too, so the initial concentration is the same for any weight
            assertEquals(0.15 / param("V_dex"), r.column("dexamethasone_conc")[0], 1e-9, "at " + weight + " kg");
        }
    }

    @Test
    void anInfusionDeliversItsAmount() {
        double amount = 12;
        double start = 2;
        double duration = 3;
        PatientRun r = Treated.run(Treated.scenario("healthy", 12,
                Treated.dosing("dexamethasone", DoseAmount.mg(amount), Route.IV, start, duration, 0, 0)));
        double v = param("V_dex") * param("weight");
        double k = param("CL_dex") / v;
        double rate = amount / duration;
        double atEnd = rate / (k * v) * (1 - Math.exp(-k * duration));
        for (double t = start; t <= 12; t += 1) {
            double expected = t <= start + duration ? rate / (k * v) * (1 - Math.exp(-k * (t - start)))
                    : atEnd * Math.exp(-k * (t - start - duration));
            assertEquals(expected, Runs.at(r, "dexamethasone_conc", t), 1e-5 * atEnd + 1e-12, "at " + t + " h");
        }
    }

    /** Anakinra 100 mg subcutaneously daily for six days: the Bateman function summed over doses. */
    @Test
    void repeatedDosesAccumulateAsSuperpositionSays() {
        double dose = 100;
        PatientRun r = Treated.run(Treated.scenario("healthy", 8 * 24,
                Treated.dosing("anakinra", DoseAmount.mg(dose), Route.SC, 0, 0, 24, 5)));
        double v = param("V_anak") * param("weight");
        double k = Math.log(2) / param("thalf_anak");
        double ka = param("ka_anak");
        double f = param("F_anak");
        double peak = 0;
        for (int i = 0; i < r.timeH().length; i++) {
            double t = r.timeH()[i];
            double expected = 0;
            for (int d = 0; d < 6; d++) {
                double s = t - 24 * d;
                if (s >= 0) {
                    expected += f * dose * ka / (v * (ka - k)) * (Math.exp(-k * s) - Math.exp(-ka * s));
                }
            }
            peak = Math.max(peak, expected);
            assertEquals(expected, r.column("anakinra_conc")[i], 1e-5 * Math.max(peak, 1e-3), "at " + t + " h");
        }
        assertEquals(6, r.treatments().size(), "six doses recorded");
    }
}
