package org.cytostorm.cohort.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The plausibility filter: what it reads, what it rejects, and how rejections are counted. */
class FilterTest {

    @Test
    void aRejectedDrawIsRedrawnAndCountedUnderItsReason() {
        // temperature at baseline is Temp_b (the state starts at its baseline parameter); Temp_b is
        // normal(0.2) around 36.8 within 36.5..37.3, so P(Temp_b >= 36.8) =
        // (Phi(2.5) - Phi(0)) / (Phi(2.5) - Phi(-1.5)) = 0.5327, and the first draw is accepted with
        // that probability
        Population p = Specs.population("""
                defaults: fixed
                parameters:
                  Temp_b: {value: 36.8, distribution: "normal(0.2)"}
                filter:
                  temperature: 36.8..
                """, 3);
        NormalDistribution phi = new NormalDistribution(0, 1);
        double accept = (phi.cumulativeProbability(2.5) - 0.5)
                / (phi.cumulativeProbability(2.5) - phi.cumulativeProbability(-1.5));
        int n = 300;
        int firstTime = 0;
        for (VirtualPatient v : Specs.draw(p, n)) {
            assertTrue(v.parameters().get("Temp_b") >= 36.8);
            assertEquals(v.rejectedAttempts() == 0 ? Map.of() : Map.of("temperature", v.rejectedAttempts()),
                    v.rejections());
            firstTime += v.rejectedAttempts() == 0 ? 1 : 0;
        }
        assertEquals(accept, firstTime / (double) n, 4 * Math.sqrt(accept * (1 - accept) / n));
    }

    @Test
    void aDrawFailingTwoChecksCountsUnderBoth() {
        // CRP_b and Ferritin_b drawn independently; the filter wants each in its upper half: a draw
        // fails one, the other, or both, and each failure counts once under its column
        Population p = Specs.population("""
                defaults: fixed
                parameters:
                  CRP_b: {value: 1, distribution: "lognormal(0.4)"}
                  Ferritin_b: {value: 100, distribution: "lognormal(0.4)"}
                filter:
                  CRP: 1..
                  ferritin: 100..
                """, 5);
        int both = 0;
        for (VirtualPatient v : Specs.draw(p, 100)) {
            int crp = v.rejections().getOrDefault("CRP", 0);
            int ferritin = v.rejections().getOrDefault("ferritin", 0);
            assertTrue(crp + ferritin >= v.rejectedAttempts() && Math.max(crp, ferritin) <= v.rejectedAttempts());
            both += crp + ferritin - v.rejectedAttempts();
        }
        assertTrue(both > 0, "some draws failed both checks");
    }

    @Test
    void theBaselineIsTimeZeroOfThePatientsOwnRun() {
        // the short baseline run without doses or rules gives the same row 0 as the patient's full
        // run: the filter judges the patient that will run
        Population p = Population.standard(Specs.carT(), Specs.SIMULATOR, 17);
        for (int i = 0; i < 3; i++) {
            VirtualPatient v = p.draw(i);
            Scenario s = p.scenario(v);
            PatientRun baseline = Baseline.run(Specs.SIMULATOR, s);
            PatientRun full = Specs.SIMULATOR.run(s.withDuration(24));
            for (Criterion c : p.spec().filter().criteria()) {
                assertEquals(full.value(c.column(), 0), baseline.value(c.column(), 0), 0, c.column());
            }
        }
    }

    @Test
    void everyBuiltInScenarioStartsFromTheHealthyBaseline() {
        // why row 0 is a baseline "before the trigger": no trigger acts at time 0
        PatientRun healthy = Baseline.run(Specs.SIMULATOR, BuiltInScenarios.load("healthy"));
        List<Criterion> standard = Specs.READER.defaults().filter().criteria();
        for (String name : BuiltInScenarios.names()) {
            PatientRun r = Baseline.run(Specs.SIMULATOR, BuiltInScenarios.load(name));
            for (Criterion c : standard) {
                assertEquals(healthy.value(c.column(), 0), r.value(c.column(), 0), 1e-12, name + " " + c.column());
                assertTrue(c.accepts(r.value(c.column(), 0)), name + " " + c.column());
            }
        }
    }

    @Test
    void aMappingWithBaseStandardReplacesOneRange() {
        PopulationSpec spec = Specs.read("""
                filter:
                  base: standard
                  HR: 50..100
                  lactate: ..2
                """);
        List<Criterion> standard = Specs.READER.defaults().filter().criteria();
        List<Criterion> c = spec.filter().criteria();
        assertEquals(standard.size() + 1, c.size());
        assertEquals(standard.stream().map(Criterion::column).toList(), c.subList(0, standard.size()).stream()
                .map(Criterion::column).toList());
        Criterion hr = c.stream().filter(x -> x.column().equals("HR")).findFirst().orElseThrow();
        assertEquals("50..100", hr.range());
        assertEquals(3, hr.where().line());
        assertEquals("..2", c.get(c.size() - 1).range());
        assertTrue(Specs.read("filter: none").filter().isEmpty());
        assertEquals(2, Specs.read("filter: {base: none, HR: 50..100, lactate: ..2}").filter().criteria().size());
        assertEquals(2, Specs.read("filter: {HR: 50..100, lactate: ..2}").filter().criteria().size());
    }
}
