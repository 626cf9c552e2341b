package org.cytostorm.physiology.scenario;

import java.util.Collection;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.model.PatientModel;

/** A small catalogue and parameter table for the scenario tests, independent of the shipped ones. */
final class Fixtures {
    private Fixtures() {
    }

    static final String CATALOGUE = """
            # test catalogue
            none:
              description: no trigger
              parameters: {}
            bolus:
              description: a test bolus
              parameters: {k_base: 3, shared: 1}
              options:
                product:
                  default: alpha
                  choices:
                    alpha: {dose: 2.0, shared: 2}
                    beta: {dose: 3.0, prolif: 0.5}
                dose:
                  parameter: dose
                  unit: 1e6 cells/kg
                  units:
                    "1e6 cells/kg": 1
                    "cells/kg": 1e-6
                    "cells": {factor: 1e-6, per_kg: true}
                  range: [0.01, 50]
                burden:
                  parameter: burden
                  unit: 1e9 cells
                  default: 30
                  units: {"1e9 cells": 1, "cells": 1e-9}
                  range: [0, 1000]
                  levels: {low: 5, high: 150}
            """;

    static final String HEADER = "name\tvalue\tunit\tmin\tmax\tdistribution\tevidence\tsource\tdescription\n";

    static TriggerCatalogue catalogue() {
        return TriggerCatalogue.parse(CATALOGUE, "cat.yaml");
    }

    /** The table of the test catalogue's names plus covariates, care switch and perforin. */
    static ParameterTable table() {
        return ParameterTable.parse(HEADER
                + row("k_base", 3, "1/h", 0, 10)
                + row("shared", 1, "1", 0, 10)
                + row("dose", 2, "1e6 cells/kg", 0, 50)
                + row("prolif", 1, "1/d", 0, 5)
                + row("burden", 30, "1e9 cells", 0, 1000)
                + row("weight", 80, "kg", 20, 250)
                + row("age", 50, "years", 0, 110)
                + row("care_on", 1, "1", 0, 1)
                + row("perforin", 1, "1", 0, 1), "test.tsv");
    }

    /** A table with {@code names}, each 1 in [0, 1e12] (a permissive table for shape tests). */
    static ParameterTable tableOf(Collection<String> names) {
        StringBuilder sb = new StringBuilder(HEADER);
        names.forEach(n -> sb.append(row(n, 0, "1", -1e12, 1e12)));
        return ParameterTable.parse(sb.toString(), "names.tsv");
    }

    static String row(String name, double value, String unit, double min, double max) {
        return String.join("\t", name, Double.toString(value), unit, Double.toString(min), Double.toString(max),
                "fixed", "assumed", "assumed: test", "test parameter " + name) + "\n";
    }

    static ScenarioReader reader() {
        return ScenarioReader.of(model(table()), catalogue());
    }

    /**
     * A patient model of {@code t}'s parameters with one trivial state: what a reader needs of a
     * model (its table, the variables rules may read) without the standard equations.
     */
    static PatientModel model(ParameterTable t) {
        return PatientModel.of("fixture", "model *fixture()\n  x' = 0\n  x = 0\nend\n", t);
    }
}
