package org.cytostorm.cohort.population;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, acceptance 4, on a population: step-up dosing of a T-cell engager (priming doses of
 * 0.06 and 0.3 mg/kg before 1.5 mg/kg) against the full dose from the first day, in the same
 * virtual patients. Step-up dosing is used because the full first dose gives more and more severe
 * CRS (teclistamab: Usmani et al., Lancet 2021;398:665; with step-up, MajesTEC-1, Cancer
 * 2023;129:2035: any grade 72%, grade 2 21%, grade 3 0.6%). The single reference patient of the
 * built-ins stays at grade 1 under both schedules, so the grade is compared where it can differ:
 * across the default population of the engager's trigger, each patient under both schedules.
 */
class TCellEngagerStepUpTest {

    private static final int N = 100;
    private static final long SEED = 2026;
    private static final double[][] PEAK_IL6 = new double[2][N];
    private static final int[][] GRADE = new int[2][N];

    @BeforeAll
    static void simulateEachPatientUnderBothSchedules() {
        Scenario stepUp = BuiltInScenarios.load("tce-step-up");
        Scenario full = BuiltInScenarios.load("tce-full-dose");
        Population population = Population.standard(stepUp, Specs.SIMULATOR, SEED);
        for (int i = 0; i < N; i++) {
            VirtualPatient v = population.draw(i);
            Scenario[] schedules = {v.applyTo(stepUp), v.applyTo(full)};
            for (int arm = 0; arm < 2; arm++) {
                PatientRun r = Specs.SIMULATOR.run(schedules[arm]);
                assertTrue(r.isSuccess(), "patient " + i + ": " + r.status());
                PEAK_IL6[arm][i] = Arrays.stream(r.column("IL6")).max().orElseThrow();
                GRADE[arm][i] = r.summary().maxCrsGrade();
            }
        }
    }

    @Test
    void stepUpLowersPeakIl6InEveryPatient() {
        int lower = 0;
        for (int i = 0; i < N; i++) {
            if (PEAK_IL6[0][i] < PEAK_IL6[1][i]) {
                lower++;
            }
        }
        assertTrue(lower == N, "step-up lowers peak IL-6 in " + lower + " of " + N + " patients "
                + "(priming desensitises the engaged T cells' release: Hosseini et al., NPJ Syst Biol Appl 2020;6:28)");
    }

    @Test
    void stepUpLowersTheMaximumGrade() {
        int severeStep = 0;
        int severeFull = 0;
        int sumStep = 0;
        int sumFull = 0;
        int higher = 0;
        for (int i = 0; i < N; i++) {
            severeStep += GRADE[0][i] >= 2 ? 1 : 0;
            severeFull += GRADE[1][i] >= 2 ? 1 : 0;
            sumStep += GRADE[0][i];
            sumFull += GRADE[1][i];
            higher += GRADE[0][i] > GRADE[1][i] ? 1 : 0;
        }
        String figures = "grade >= 2 in " + severeStep + " of " + N + " under step-up, " + severeFull
                + " under the full first dose; mean grade " + sumStep / (double) N + " vs " + sumFull / (double) N
                + "; step-up higher in " + higher + " (step-up exists to lower CRS: Usmani et al., Lancet 2021;398:665)";
        assertTrue(severeStep < severeFull, figures);
        assertTrue(sumStep < sumFull, figures);
        assertTrue(higher <= N / 20, figures);
    }
}
