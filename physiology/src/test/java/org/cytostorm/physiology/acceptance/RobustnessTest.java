package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.SimulationFailedException;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.ProtocolLibrary;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.DoseAmount;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.Drug;
import org.cytostorm.physiology.treat.Drugs;
import org.cytostorm.physiology.treat.Treatments;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 8: every built-in scenario runs without solver failure with every mechanism switch
 * on and off in turn, and setting any parameter to either end of its plausible range never gives
 * a NaN or a negative concentration. "Negative" allows round-off: below -1e-6 of the column's scale.
 */
class RobustnessTest {

    /** Columns that are concentrations, counts or levels and so cannot be negative. */
    private static final Set<String> GROUPS = Set.of("cytokines", "labs", "cells", "vitals", "drugs");

    @Test
    void everyBuiltInWithEverySwitchOffInTurn() {
        List<String> failures = new ArrayList<>();
        for (String name : BuiltInScenarios.names()) {
            Scenario s = BuiltInScenarios.load(name);
            check(s, Map.of(), failures);
            for (ParameterEntry sw : ParameterTable.standard().switches()) {
                check(s, Map.of(sw.name(), 0.0), failures);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " failures:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        }
    }

    /** Issue 5: every built-in under every protocol, and every drug at once on top of the CAR-T algorithm. */
    @Test
    void everyBuiltInUnderEveryProtocolAndEveryDrugAtOnce() {
        List<String> failures = new ArrayList<>();
        for (String name : BuiltInScenarios.names()) {
            for (String protocol : ProtocolLibrary.standard().names()) {
                check(BuiltInScenarios.load(name).withProtocol(ProtocolLibrary.standard().named(protocol)), Map.of(), failures);
            }
        }
        List<Dosing> everything = new ArrayList<>();
        for (Drug d : Drugs.all()) {
            DoseAmount amount = d.isCourse() ? DoseAmount.NONE : DoseAmount.mgPerKg(d.name().equals("methylprednisolone")
                    ? 15 : d.maxDoseMg() < 1e6 ? 8 : 1);
            everything.add(new Dosing(d, amount, d.defaultRoute(), 48, d.defaultDurationH(), 24, 3));
        }
        for (String name : List.of("car-t-axi-cel", "sepsis", "hlh-primary", "covid-19-severe")) {
            check(BuiltInScenarios.load(name).withProtocol(ProtocolLibrary.standard().named("car-t-crs"))
                    .withTreatments(new Treatments(everything, List.of())), Map.of(), failures);
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " failures:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        }
    }

    @Test
    void everyParameterAtEitherEndOfItsRange() {
        List<String> failures = new ArrayList<>();
        // the CAR-T scenario exercises the most mechanisms at once; sepsis the pathogen terms
        for (String name : List.of("car-t-axi-cel", "sepsis", "hlh-primary")) {
            Scenario s = BuiltInScenarios.load(name);
            for (ParameterEntry p : ParameterTable.standard().entries()) {
                if (p.isSwitch() || s.parameters().containsKey(p.name())) {
                    continue;
                }
                check(s, Map.of(p.name(), p.min()), failures);
                check(s, Map.of(p.name(), p.max()), failures);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " failures:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        }
    }

    private static void check(Scenario s, Map<String, Double> set, List<String> failures) {
        PatientRun r;
        try {
            r = Runs.run(s, set);
        } catch (SimulationFailedException e) {
            failures.add(s.name() + " " + set + ": " + e.getMessage());
            return;
        }
        for (OutputColumn c : r.columns()) {
            double[] v = r.column(c.name());
            double scale = Math.max(Runs.max(v), 1.0); // round-off in a state that stays near zero is not a value
            for (int i = 0; i < v.length; i++) {
                if (Double.isNaN(v[i]) || GROUPS.contains(c.group()) && v[i] < -1e-6 * scale) {
                    failures.add(s.name() + " " + set + ": " + c.name() + " = " + v[i] + " at " + r.timeH()[i] + " h");
                    return;
                }
            }
        }
        assertTrue(r.timeH().length > 1);
    }
}
