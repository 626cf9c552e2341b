package org.cytostorm.physiology.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.cytostorm.physiology.outcome.HazardParameters;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grades and outcome are computed on the hourly clinical grid: the output interval changes which
 * rows are reported, not the survival or the grades.
 */
class ClinicalGridRunTest {

    private static PatientRun daily;
    private static PatientRun hourly;

    @BeforeAll
    static void runSepsisTwice() {
        Scenario sepsis = BuiltInScenarios.load("sepsis").withDuration(672);
        daily = PatientSimulator.standard().run(sepsis.withOutputInterval(24)).orThrow();
        hourly = PatientSimulator.standard().run(sepsis.withOutputInterval(1)).orThrow();
    }

    @Test
    void survivalAtDay28DoesNotDependOnTheOutputInterval() {
        assertEquals(29, daily.rows());
        assertEquals(673, hourly.rows());
        assertEquals(673, daily.outcome().rows());
        assertEquals(hourly.summary().survivalDay28(), daily.summary().survivalDay28(), 1e-12);
        assertEquals(hourly.value("survival", 672), daily.value("survival", 28), 1e-12);
        assertEquals(daily.value("survival", 28), daily.summary().survivalDay28(), 1e-12);
        assertEquals(daily.sampledOutcome(7, 11), hourly.sampledOutcome(7, 11));
    }

    @Test
    void gradesAgreeAtSharedTimes() {
        for (OutputColumn c : ClinicalReadouts.COLUMNS) {
            for (int day = 0; day <= 28; day++) {
                assertEquals(hourly.value(c.name(), 24 * day), daily.value(c.name(), day), 1e-12,
                        c.name() + " on day " + day);
            }
        }
    }

    @Test
    void survivalIsTheTrapezoidOfTheHazardOnTheReportedSofa() {
        // the hazard from the reported SOFA column by the power law, integrated by hand
        HazardParameters p = HazardParameters.of(parameters());
        double[] sofa = hourly.column("sofa");
        double[] t = hourly.timeH();
        double cumulative = 0;
        for (int i = 0; i < t.length; i++) {
            double h = p.swHazard() * p.hazard10() * Math.pow(sofa[i] / 10, p.nHazard());
            assertEquals(h, hourly.value("death_hazard", i), 1e-15, "hazard at " + t[i] + " h");
            if (i > 0) {
                cumulative += (hourly.value("death_hazard", i - 1) + h) / 2 * (t[i] - t[i - 1]);
            }
            assertEquals(Math.exp(-cumulative), hourly.value("survival", i), 1e-12, "survival at " + t[i] + " h");
        }
    }

    private static Map<String, Double> parameters() {
        Map<String, Double> values = new java.util.HashMap<>();
        PatientSimulator.standard().model().table().entries().forEach(e -> values.put(e.name(), e.value()));
        return values;
    }
}
