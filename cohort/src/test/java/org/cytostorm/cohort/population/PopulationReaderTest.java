package org.cytostorm.cohort.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.cytostorm.common.input.InputException;
import org.cytostorm.physiology.model.Distribution;
import org.cytostorm.physiology.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The example spec of the tests' resources, read from its file and drawn. */
class PopulationReaderTest {

    private static Path example() throws URISyntaxException {
        return Path.of(PopulationReaderTest.class.getResource("/populations/lymphoma-adults.yaml").toURI());
    }

    @Test
    void theExampleReadsIntoItsParts() throws Exception {
        PopulationSpec spec = Specs.READER.read(example());
        assertEquals("lymphoma-adults", spec.name());
        assertEquals(PopulationSpec.Defaults.TABLE, spec.defaults());
        CovariateSpec c = spec.covariates();
        assertEquals(78, c.weight().orElseThrow().centre().getAsDouble());
        assertEquals(new Distribution.LogNormal(78, 0.2, 40, 160, true), c.weight().orElseThrow().distribution());
        assertEquals(0.33, c.sex().orElseThrow().femaleFraction(), 1e-12);
        assertEquals(List.of("immunosuppressed", "ckd"), c.comorbidities().stream()
                .map(CovariateSpec.Comorbidity::name).toList());
        ParameterSpec cl = spec.parameter("CL_dex").orElseThrow();
        // no distribution written: the table row's
        assertEquals("lognormal(0.3)", cl.distribution().text());
        assertEquals(List.of(new Dependency.Power("weight", 0.75, 70, cl.depends().get(0).where()),
                new Dependency.Factor("ckd", 0.8, cl.depends().get(1).where())), cl.depends());
        assertEquals(20, cl.depends().get(0).where().line());
        assertInstanceOf(Distribution.Categorical.class, spec.parameter("sw_perforin").orElseThrow().distribution());
        assertEquals(2, spec.correlations().size());
        assertEquals("spec", spec.filter().name());
        assertTrue(spec.filter().criteria().stream().anyMatch(x -> x.column().equals("HR") && x.lower() == 50));
    }

    @Test
    void theExampleDrawsPatientsWithItsCovariates() throws Exception {
        Scenario carT = Specs.carT();
        Population p = Population.of(Specs.READER.read(example()), carT, Specs.SIMULATOR, 99);
        List<VirtualPatient> patients = Specs.draw(p, 40);
        for (VirtualPatient v : patients) {
            Covariates c = v.covariates();
            assertTrue(c.ageYears() >= 23 && c.ageYears() <= 76, "age " + c.ageYears());
            assertTrue(c.weightKg() >= 40 && c.weightKg() <= 160, "weight " + c.weightKg());
            Scenario s = v.applyTo(carT);
            assertEquals(c.has("immunosuppressed"), s.patient().immunosuppressed());
            assertEquals(c.sex(), s.patient().sex());
            assertEquals(c.ageYears(), s.patient().ageYears());
            double v0 = v.parameters().get("sw_perforin");
            assertTrue(v0 == 0 || v0 == 1);
            assertTrue(v.parameters().get("CAR_max") >= 100);
        }
        assertTrue(patients.stream().anyMatch(v -> v.covariates().sex().equals("female"))
                && patients.stream().anyMatch(v -> v.covariates().sex().equals("male")));
    }

    @Test
    void theDefaultPopulationVariesTheTableAroundTheScenario() {
        PopulationSpec d = Specs.READER.defaults();
        assertEquals(PopulationSpec.Defaults.TABLE, d.defaults());
        assertEquals("standard", d.filter().name());
        Population p = Population.of(d.withFilter(PlausibilityFilter.none(Location.JAVA)), Specs.carT(),
                Specs.SIMULATOR, 1);
        List<String> varied = p.variedParameters();
        // a switch, a fixed row, the covariate weight: not varied as parameters; a log-normal row: varied
        assertTrue(!varied.contains("sw_perforin") && !varied.contains("cart_dose") && !varied.contains("weight"));
        assertTrue(varied.contains("k_cart_prog") && varied.contains("Temp_b"));
        // the table's weight row (normal(12) in 30..200) around the scenario's 80 kg
        double[] w = Specs.draw(p, 200).stream().mapToDouble(v -> v.covariates().weightKg()).toArray();
        assertTrue(java.util.Arrays.stream(w).allMatch(x -> x >= 30 && x <= 200));
        assertTrue(java.util.Arrays.stream(w).distinct().count() == 200);
    }

    @Test
    void aMissingOrEmptyFileIsRefusedByName() {
        InputException missing = assertThrows(InputException.class, () -> Specs.READER.read(Path.of("no-such.yaml")));
        assertEquals("no-such.yaml", missing.file());
        InputException empty = assertThrows(InputException.class, () -> Specs.read("# nothing\n"));
        assertTrue(empty.getMessage().contains("the file is empty"), empty.getMessage());
    }
}
