package org.cytostorm.cohort.population;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;

/** Shared fixtures of the population tests: the standard simulator, a reader, a template. */
final class Specs {
    static final PatientSimulator SIMULATOR = PatientSimulator.standard();
    static final PopulationReader READER = PopulationReader.of(SIMULATOR);
    static final String FILE = "test-population.yaml";

    private Specs() {
    }

    /** A spec from YAML text, named {@value #FILE} in messages. */
    static PopulationSpec read(String yaml) {
        return READER.read(yaml, FILE);
    }

    /** The built-in CAR-T scenario the tests draw around. */
    static Scenario carT() {
        return BuiltInScenarios.load("car-t-axi-cel");
    }

    /** The population of a spec around the CAR-T scenario. */
    static Population population(String yaml, long seed) {
        return Population.of(read(yaml), carT(), SIMULATOR, seed);
    }

    /** Patients 0 to n - 1. */
    static List<VirtualPatient> draw(Population p, int n) {
        List<VirtualPatient> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(p.draw(i));
        }
        return out;
    }

    /** One parameter of patients 0 to n - 1. */
    static double[] parameter(Population p, String name, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = p.draw(i).parameters().get(name);
        }
        return out;
    }
}
