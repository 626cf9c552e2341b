package org.cytostorm.cohort.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Patient i is a pure function of (seed, i): the same doubles whatever the order, thread or
 * population instance, rejected draws included. Records compare their maps with
 * {@code Double.equals}, which is equality of the bits.
 */
class ReproducibilityTest {

    private static final long SEED = 987_654_321L;

    /** Patients 0..n-1 drawn forwards, backwards and by a parallel stream, each into its slot. */
    private static void sameInEveryOrder(Population p, Population twin, int n) {
        VirtualPatient[] forwards = new VirtualPatient[n];
        for (int i = 0; i < n; i++) {
            forwards[i] = p.draw(i);
        }
        VirtualPatient[] backwards = new VirtualPatient[n];
        for (int i = n - 1; i >= 0; i--) {
            backwards[i] = twin.draw(i);
        }
        Map<Integer, VirtualPatient> parallel = new ConcurrentHashMap<>();
        IntStream.range(0, n).parallel().forEach(i -> parallel.put(i, p.draw(i)));
        for (int i = 0; i < n; i++) {
            assertEquals(forwards[i], backwards[i], "patient " + i + " backwards");
            assertEquals(forwards[i], parallel.get(i), "patient " + i + " in parallel");
        }
    }

    @Test
    void theDefaultPopulationIsTheSameInEveryOrder() {
        Population p = Population.of(Specs.READER.defaults().withFilter(PlausibilityFilter.none(Location.JAVA)),
                Specs.carT(), Specs.SIMULATOR, SEED);
        Population twin = Population.of(Specs.READER.defaults().withFilter(PlausibilityFilter.none(Location.JAVA)),
                Specs.carT(), Specs.SIMULATOR, SEED);
        assertTrue(p.variedParameters().size() > 300, "the table varies most parameters");
        sameInEveryOrder(p, twin, 1000);
    }

    @Test
    void filteredDrawsAndTheirRejectionsAreTheSameInEveryOrder() {
        Population p = Population.standard(Specs.carT(), Specs.SIMULATOR, SEED);
        Population twin = Population.standard(Specs.carT(), Specs.SIMULATOR, SEED);
        sameInEveryOrder(p, twin, 150);
        List<VirtualPatient> drawn = Specs.draw(p, 150);
        assertTrue(drawn.stream().anyMatch(v -> v.rejectedAttempts() > 0), "some draws were rejected and redrawn");
    }

    @Test
    void anotherSeedDrawsOtherPatients() {
        String spec = "{defaults: fixed, parameters: {p_il18_auto: \"lognormal(0.3)\"}, filter: none}";
        Population a = Specs.population(spec, 1);
        Population b = Specs.population(spec, 2);
        for (int i = 0; i < 20; i++) {
            assertNotEquals(a.draw(i).parameters(), b.draw(i).parameters());
            assertNotEquals(a.draw(i).parameters(), a.draw(i + 1).parameters());
        }
    }

    @Test
    void addingAParameterDoesNotShiftTheOthers() {
        // streams are keyed by name, not position: a spec that lists one more parameter (before the
        // others in the table) draws the same values for the others
        Population before = Specs.population("""
                defaults: fixed
                parameters: {K_il18_act: "lognormal(0.3)", p_il18_auto: "lognormal(0.3)"}
                covariates: {sex: {female: 1, male: 1}}
                filter: none
                """, SEED);
        Population after = Specs.population("""
                defaults: fixed
                parameters: {k_pg: "lognormal(0.5)", K_il18_act: "lognormal(0.3)", p_il18_auto: "lognormal(0.3)"}
                covariates: {sex: {female: 1, male: 1}, comorbidities: {ckd: 0.2}}
                filter: none
                """, SEED);
        for (int i = 0; i < 200; i++) {
            VirtualPatient x = before.draw(i);
            VirtualPatient y = after.draw(i);
            assertEquals(x.parameters().get("K_il18_act"), y.parameters().get("K_il18_act"));
            assertEquals(x.parameters().get("p_il18_auto"), y.parameters().get("p_il18_auto"));
            assertEquals(x.covariates().sex(), y.covariates().sex());
        }
    }

    @Test
    void theTableDefaultIsTheSameDrawAsTheSameDistributionWritten() {
        // under defaults: table, a parameter the spec does not list draws as if listed with its row's text
        Population table = Specs.population("{filter: none}", SEED);
        Population written = Specs.population("{defaults: fixed, parameters: {k_pg: \"lognormal(0.3)\"},"
                + " filter: none}", SEED);
        for (int i = 0; i < 50; i++) {
            assertEquals(table.draw(i).parameters().get("k_pg"), written.draw(i).parameters().get("k_pg"));
        }
    }
}
