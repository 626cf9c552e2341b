package org.cytostorm.physiology.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.solve.Observers;
import org.cytostorm.engine.solve.ReturnCode;
import org.cytostorm.engine.solve.observe.Direction;
import org.cytostorm.engine.solve.observe.EventDetector;
import org.cytostorm.engine.solve.observe.EventHandler;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.ScenarioReader;
import org.cytostorm.physiology.treat.Action;
import org.cytostorm.physiology.treat.DoseAmount;
import org.cytostorm.physiology.treat.Drugs;
import org.cytostorm.physiology.treat.Protocol;
import org.cytostorm.physiology.treat.Rule;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The patient as a library: failures are results, a research variant flows through, protocols are values. */
class PatientLibraryTest {

    /** The standard equations with {@code lines} added before the model's end, and the standard table plus {@code extra}. */
    private static PatientModel variant(String lines, ParameterEntry... extra) {
        String equations = PatientModel.equations();
        int end = equations.lastIndexOf("\nend");
        ParameterTable table = ParameterTable.standard();
        for (ParameterEntry e : extra) {
            table = table.with(e);
        }
        return PatientModel.of("test-variant", equations.substring(0, end) + "\n" + lines + equations.substring(end),
                table);
    }

    @Test
    void aFailedPatientIsAResultWithItsReason() {
        // Xb' = k Xb^2 with Xb(0) = 1 is 1/(1 - k t): it blows up at t = 1/k = 20 h
        PatientModel m = variant("  Xb' = k_blow*Xb^2\n  Xb = 1\n", ParameterEntry.of("k_blow", 0.05, "1/h", 0, 1,
                "fixed", "assumed", "assumed: a test of failure", "rate of a variable that blows up"));
        Scenario s = ScenarioReader.of(m).read("name: blow-up\nduration: 2 d\n", "blow-up.yaml");
        PatientRun r = PatientSimulator.of(m).run(s);
        assertFalse(r.isSuccess());
        assertFalse(r.status().code().isSuccess());
        assertEquals(20.0, r.status().reachedH(), 0.05, r.status().message());
        assertTrue(r.status().message().contains("Xb"), r.status().message());
        assertEquals(java.util.Optional.of("Xb"), r.status().variable());
        // the rows reached are kept, every hour up to the time reached, and summarised
        assertEquals((int) Math.floor(r.status().reachedH()) + 1, r.rows());
        assertTrue(r.timeH(r.rows() - 1) <= r.status().reachedH());
        assertEquals(0, r.summary().maxCrsGrade());
        SimulationFailedException e = assertThrows(SimulationFailedException.class, r::orThrow);
        assertTrue(e.getMessage().startsWith("scenario 'blow-up': ") && e.getMessage().contains("Xb"), e.getMessage());
    }

    @Test
    void aModelWithOneMoreStateAndParameterRunsThroughAScenarioWithDosesAndRules() {
        // one more state, the area under tocilizumab's concentration curve, and one more parameter, an alarm level
        PatientModel m = variant("  AUC_toci' = C_toci\n  AUC_toci = 0\n", ParameterEntry.of("auc_alarm", 2000,
                "mg*h/L", 0, 1e6, "fixed", "assumed", "assumed: a test of a research variant", "an alarm level"));
        Scenario s = ScenarioReader.of(m).read("""
                name: variant
                trigger: {type: car-t, product: axi-cel}
                duration: 7 d
                care: {protocol: car-t-crs}
                treatments:
                  - {drug: tocilizumab, dose: 8 mg/kg, time: 12 h}
                  - rule: auc
                    when: AUC_toci >= auc_alarm
                    give: {drug: dexamethasone, dose: 10 mg}
                    max: 1
                """, "variant.yaml");
        PatientRun r = PatientSimulator.of(m).withExtraOutputs(List.of("AUC_toci")).run(s);
        assertTrue(r.isSuccess(), r.status().message());
        assertEquals("test-variant", r.provenance().model());

        // the new state is the integral of the concentration column: a trapezoid rule on the hourly rows agrees
        double[] t = r.timeH();
        double[] c = r.column("tocilizumab_conc");
        double[] auc = r.column("AUC_toci");
        double trapezoid = 0;
        for (int i = 1; i < t.length; i++) {
            trapezoid += 0.5 * (c[i] + c[i - 1]) * (t[i] - t[i - 1]);
            if (auc[i] > 100) {
                assertEquals(trapezoid, auc[i], 0.01 * auc[i], "AUC at " + t[i] + " h");
            }
        }
        // the rule reading the new state fired once, at the first hourly check where the column reaches the alarm
        double expected = Double.NaN;
        for (int i = 0; i < t.length && Double.isNaN(expected); i++) {
            if (auc[i] >= 2000) {
                expected = t[i];
            }
        }
        List<TreatmentEvent> fired = r.treatments().stream().filter(e -> e.origin().equals("auc")).toList();
        assertEquals(1, fired.size());
        assertEquals(expected, fired.get(0).timeH());
        assertEquals("dexamethasone", fired.get(0).what());
        // the scheduled dose: 8 mg/kg for the reference 80 kg patient
        TreatmentEvent toci = r.treatments().stream().filter(e -> e.origin().equals("schedule")).findFirst().orElseThrow();
        assertEquals(12.0, toci.timeH());
        assertEquals(640.0, toci.amountMg(), 1e-9);
    }

    @Test
    void aUserProtocolRunsFromJavaAndFromYaml(@TempDir Path dir) throws Exception {
        Protocol java = Protocol.supportiveCare("early-toci", "tocilizumab at CRS grade 1")
                .withRule(Rule.of("toci", "crs_grade >= 1",
                        Action.give(Drugs.find("tocilizumab").orElseThrow(), DoseAmount.mgPerKg(8))).withMax(1));
        Files.writeString(dir.resolve("early.yaml"), """
                name: early-toci
                description: tocilizumab at CRS grade 1
                treatments:
                  - rule: toci
                    when: crs_grade >= 1
                    give: {drug: tocilizumab, dose: 8 mg/kg}
                    max: 1
                """);
        Protocol yaml = ScenarioReader.standard().protocols().resolve("early.yaml", dir);
        assertEquals(dir.resolve("early.yaml").toString(), yaml.source());

        Scenario base = BuiltInScenarios.load("car-t-axi-cel").withDuration(7 * 24);
        PatientSimulator sim = PatientSimulator.standard();
        PatientRun a = sim.run(base.withProtocol(java));
        PatientRun b = sim.run(base.withProtocol(yaml));
        assertArrayEquals(a.column("IL6"), b.column("IL6"));
        assertEquals(a.treatments(), b.treatments());

        // the dose came at the first hourly check with CRS grade 1: the untreated run's first such hour
        PatientRun untreated = sim.run(base);
        double onset = Double.NaN;
        double[] grade = untreated.column("crs_grade");
        for (int i = 0; i < grade.length && Double.isNaN(onset); i++) {
            if (grade[i] >= 1) {
                onset = untreated.timeH(i);
            }
        }
        assertEquals(1, a.treatments().size());
        assertEquals(onset, a.treatments().get(0).timeH());
        assertEquals(640.0, a.treatments().get(0).amountMg(), 1e-9);
        assertEquals("early-toci", a.scenario().protocol().name());
    }

    @Test
    void aThresholdEventStopsARunAtTheCrossing() {
        // the crossing read off the same run without the event, sampled every 0.01 h and interpolated
        Scenario fine = BuiltInScenarios.load("car-t-axi-cel").withSettings(Map.of("tumour0", 150.0)).withDuration(48)
                .withOutputInterval(0.01);
        PatientSimulator sim = PatientSimulator.standard();
        PatientRun whole = sim.run(fine);
        double[] t = whole.timeH();
        double[] il6 = whole.column("IL6");
        double crossing = Double.NaN;
        for (int i = 1; i < t.length && Double.isNaN(crossing); i++) {
            if (il6[i - 1] < 200 && il6[i] >= 200) {
                crossing = t[i - 1] + (200 - il6[i - 1]) / (il6[i] - il6[i - 1]) * (t[i] - t[i - 1]);
            }
        }
        assertFalse(Double.isNaN(crossing), "IL-6 reaches 200 pg/mL within 48 h");

        PatientRun stopped = sim.run(fine, Observers.none().withEvent(
                EventDetector.threshold("IL6", 200, Direction.RISING).withTimeAccuracy(1e-9), EventHandler.stop()));
        assertTrue(stopped.isSuccess());
        assertTrue(stopped.status().stoppedEarly());
        assertEquals(ReturnCode.TERMINATED, stopped.status().code());
        // linear interpolation over 0.01 h is the looser of the two measures
        assertEquals(crossing, stopped.status().reachedH(), 1e-4);
        assertTrue(stopped.timeH(stopped.rows() - 1) <= stopped.status().reachedH());
        // up to the stop the two runs are the same run
        assertEquals(whole.value("IL6", stopped.rows() - 1), stopped.value("IL6", stopped.rows() - 1));
    }

    @Test
    void anOutputHandlerStreamsEveryRowAsItIsRecorded() {
        List<double[]> streamed = new java.util.ArrayList<>();
        PatientRun r = PatientSimulator.standard().run(BuiltInScenarios.load("sepsis").withDuration(72),
                Observers.none().withOutputHandler(row -> {
                    streamed.add(new double[] {row.time(), row.value("IL6"), row.value("MAP")});
                    return org.cytostorm.engine.solve.observe.Action.CONTINUE;
                }));
        assertEquals(r.rows(), streamed.size());
        for (int i = 0; i < r.rows(); i++) {
            assertEquals(r.timeH(i), streamed.get(i)[0]);
            assertEquals(r.value("IL6", i), streamed.get(i)[1]);
            assertEquals(r.value("MAP", i), streamed.get(i)[2]);
        }
        // a handler may end the run: a cohort endpoint reached at the row of hour 10
        PatientRun early = PatientSimulator.standard().run(BuiltInScenarios.load("sepsis").withDuration(72),
                Observers.none().withOutputHandler(row -> row.time() >= 10 ? org.cytostorm.engine.solve.observe.Action.STOP
                        : org.cytostorm.engine.solve.observe.Action.CONTINUE));
        assertEquals(11, early.rows());
        assertEquals(10.0, early.status().reachedH());
        assertTrue(early.status().stoppedEarly());
    }

    @Test
    void aRunRecordsItsInputsAndWarnsOfValuesOutsideThePlausibleRange() {
        Scenario s = BuiltInScenarios.load("sepsis").withDuration(24).withSettings(Map.of("inoculum", 150.0));
        PatientRun r = PatientSimulator.standard().run(s);
        assertEquals(Map.of("inoculum", 150.0), r.scenario().settings());
        assertEquals("built-in", r.scenario().source());
        // inoculum's plausible range is [0, 100] 1e6 CFU (parameter table)
        assertEquals(1, r.provenance().warnings().size(), r.provenance().warnings().toString());
        assertTrue(r.provenance().warnings().get(0).contains("setting inoculum = 150 is outside the plausible range [0, 100] 1e6 CFU"),
                r.provenance().warnings().get(0));
        assertEquals("standard", r.provenance().model());
        assertEquals(12, r.provenance().digest().length());
    }

    @Test
    void impossibleInputsAreRefusedBeforeAnyStep() {
        Scenario s = BuiltInScenarios.load("car-t-axi-cel");
        PatientSimulator sim = PatientSimulator.standard();
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> sim.run(s.withSettings(Map.of("cart_dose", -5.0))));
        assertTrue(negative.getMessage().contains("cart_dose cannot be negative"), negative.getMessage());
        IllegalArgumentException sw = assertThrows(IllegalArgumentException.class,
                () -> sim.run(s.withSettings(Map.of("sw_il6r", 2.0))));
        assertTrue(sw.getMessage().contains("0 (off) or 1 (on)"), sw.getMessage());
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class, () -> sim.run(s.withTreatments(
                new org.cytostorm.physiology.treat.Treatments(List.of(org.cytostorm.physiology.treat.Dosing.once(
                        Drugs.find("tocilizumab").orElseThrow(), DoseAmount.mgPerKg(8), 800)), List.of()))));
        assertTrue(late.getMessage().contains("after the end of the run (672 h)"), late.getMessage());
        IllegalArgumentException rule = assertThrows(IllegalArgumentException.class, () -> sim.run(s.withProtocol(
                Protocol.supportiveCare("p", "").withRule(Rule.of("r", "il6_typo > 100",
                        Action.give(Drugs.find("tocilizumab").orElseThrow(), DoseAmount.mg(400)))))));
        assertTrue(rule.getMessage().contains("'il6_typo'"), rule.getMessage());
    }
}
