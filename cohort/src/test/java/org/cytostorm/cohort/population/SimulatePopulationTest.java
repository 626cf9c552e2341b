package org.cytostorm.cohort.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Twenty patients of the default population of the built-in CAR-T scenario (axi-cel), drawn and
 * simulated for 28 days: a draw is directly a run, and the run is of the patient drawn.
 */
class SimulatePopulationTest {

    private static final int N = 20;
    private static Population population;
    private static List<VirtualPatient> patients;
    private static List<PatientRun> runs;

    @BeforeAll
    static void drawAndSimulate() {
        population = Population.standard(Specs.carT(), Specs.SIMULATOR, 2026);
        patients = Specs.draw(population, N);
        runs = new ArrayList<>();
        for (VirtualPatient v : patients) {
            runs.add(population.simulate(v));
        }
    }

    @Test
    void everyPatientRunsTheWholeCourse() {
        for (PatientRun r : runs) {
            assertTrue(r.isSuccess(), r.status().toString());
            assertEquals(28 * 24, r.timeH(r.rows() - 1), 1e-9);
        }
    }

    @Test
    void theRunIsOfThePatientDrawn() {
        for (int i = 0; i < N; i++) {
            VirtualPatient v = patients.get(i);
            PatientRun r = runs.get(i);
            Scenario s = r.scenario();
            assertEquals(v.covariates().weightKg(), s.patient().weightKg());
            assertEquals(v.covariates().weightKg(), s.parameters().get("weight"));
            assertEquals(v.parameters(), s.patient().overrides(), "the drawn parameters are the patient's overrides");
            // states start at their baseline parameters: the run's first row shows the drawn values
            assertEquals(v.parameters().get("Temp_b"), r.value("temperature", 0), 0);
            assertEquals(v.parameters().get("Creat_b"), r.value("creatinine", 0), 0);
            assertEquals(v.parameters().get("Plt_b"), r.value("platelets", 0), 0);
            // the trigger's own values stay: the product's dose and the tumour burden
            assertEquals(Specs.carT().parameters().get("cart_dose"), s.parameters().get("cart_dose"));
            assertEquals(Specs.carT().parameters().get("tumour0"), s.parameters().get("tumour0"));
        }
    }

    @Test
    void everyPatientStartsPlausible() {
        // the accepted patients' own runs start inside every range of the standard filter
        for (PatientRun r : runs) {
            for (Criterion c : population.spec().filter().criteria()) {
                assertTrue(c.accepts(r.value(c.column(), 0)), c.column() + " = " + r.value(c.column(), 0));
            }
        }
    }

    @Test
    void patientsDiffer() {
        Set<Double> il6Peaks = new HashSet<>();
        Set<Integer> grades = new HashSet<>();
        for (PatientRun r : runs) {
            il6Peaks.add(r.summary().peaks().get("IL6").value());
            grades.add(r.summary().maxCrsGrade());
        }
        assertEquals(N, il6Peaks.size(), "every patient its own IL-6 peak");
        assertTrue(grades.size() > 1, "CRS grades vary across the population: " + grades);
    }
}
