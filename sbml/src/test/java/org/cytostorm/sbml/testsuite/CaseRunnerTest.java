package org.cytostorm.sbml.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.solve.Method;
import org.cytostorm.sbml.SbmlException;
import org.cytostorm.sbml.testsuite.TempSuite.Col;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseRunnerTest {

    @TempDir
    Path tmp;

    private final CaseRunner runner = new CaseRunner(TempSuite.LOADER, Method.AUTO);

    @Test
    void speciesAreComparedAsAmountsOrConcentrationsAsTheSettingsAsk() {
        TempSuite suite = new TempSuite(tmp);
        // S is held as a concentration, X as an amount; compartment size 2
        SuiteCase asStored = suite.add(1, "A", TempSuite.DECAY, 5, 50, "X", "S",
                new Col("S", t -> 3 * Math.exp(-t)), new Col("X", t -> 4 * Math.exp(-t)));
        SuiteCase converted = suite.add(2, "A", TempSuite.DECAY, 5, 50, "S", "X",
                new Col("S", t -> 6 * Math.exp(-t)), new Col("X", t -> 2 * Math.exp(-t)));
        SuiteCase others = suite.add(3, "B", TempSuite.DECAY, 2, 4, "", "",
                new Col("c", t -> 2), new Col("k", t -> 1), new Col("J2", t -> 4 * Math.exp(-t)));
        for (SuiteCase c : List.of(asStored, converted, others)) {
            CaseResult r = runner.run(c);
            assertTrue(r.passed(), c.id() + ": " + r.reason());
            assertEquals("", r.reason());
        }
    }

    @Test
    void theFirstFailingPointIsReported() {
        TempSuite suite = new TempSuite(tmp);
        // concentration expected but amounts given: wrong from t=0 for S (2x), right for X
        SuiteCase c = suite.add(7, "A", TempSuite.DECAY, 5, 10, "X", "S",
                new Col("X", t -> 4 * Math.exp(-t)), new Col("S", t -> t < 2.4 ? 3 * Math.exp(-t) : 6 * Math.exp(-t)));
        CaseResult r = runner.run(c);
        assertFalse(r.passed());
        assertEquals(Outcome.WRONG_VALUES, r.outcome());
        assertTrue(r.reason().startsWith("wrong values: S at t=2.5: expected 0.4925099917, got 0.2462549979"
                + " (allowed difference 4.925199917e-5); 6 of 22 points fail"), r.reason());
    }

    @Test
    void anUnknownVariableIsAMissingOutput() {
        TempSuite suite = new TempSuite(tmp);
        SuiteCase c = suite.add(4, "A", TempSuite.DECAY, 1, 2, "", "", new Col("Q", t -> 0));
        CaseResult r = runner.run(c);
        assertEquals(Outcome.MISSING_OUTPUT, r.outcome());
        assertTrue(r.reason().startsWith("missing output: 'Q' is not a species"), r.reason());
    }

    @Test
    void everyKindOfTroubleBecomesAFailedResult() throws IOException {
        TempSuite suite = new TempSuite(tmp);
        SuiteCase c = suite.add(5, "C", TempSuite.DECAY, 1, 2, "", "S", new Col("S", t -> 3 * Math.exp(-t)));
        List<CaseRunner.ModelLoader> loaders = List.of(
                f -> {
                    throw new SbmlException(f.toString(), "model", "broken XML");
                },
                f -> {
                    throw new SbmlException(f.toString(), "species S", "unsupported construct: fast reaction");
                },
                f -> {
                    throw new ModelException(ModelException.Problem.UNSUPPORTED, "r", "algebraic rules are not supported");
                },
                f -> {
                    throw new UnsupportedOperationException("being written");
                },
                f -> {
                    throw new IllegalStateException("oops");
                },
                f -> {
                    throw new StackOverflowError();
                },
                f -> null,
                f -> TempSuite.LOADER.load(f).toBuilder().build());
        List<String> reasons = new ArrayList<>();
        for (CaseRunner.ModelLoader l : loaders) {
            reasons.add(new CaseRunner(l, Method.RODAS5P).run(c).reason());
        }
        assertEquals("import error: 00005-sbml-l3v2.xml: model: broken XML", reasons.get(0));
        assertEquals("unsupported: 00005-sbml-l3v2.xml: species S: unsupported construct: fast reaction", reasons.get(1));
        assertEquals("unsupported: algebraic rules are not supported", reasons.get(2));
        assertEquals("unsupported: being written", reasons.get(3));
        assertTrue(reasons.get(4).startsWith("internal error: import: IllegalStateException: oops (at CaseRunnerTest."),
                reasons.get(4));
        assertTrue(reasons.get(5).startsWith("internal error: import: StackOverflowError (at "), reasons.get(5));
        assertTrue(reasons.get(6).startsWith("internal error: import: IllegalStateException: the model loader returned no model"),
                reasons.get(6));
        assertEquals("", reasons.get(7));

        Files.writeString(c.settingsFile(), "start: 0\n");
        CaseResult bad = runner.run(c);
        assertEquals(Outcome.CASE_ERROR, bad.outcome());
        assertEquals("malformed case: 00005-settings.txt: duration: missing", bad.reason());
        Files.delete(c.settingsFile());
        assertEquals("malformed case: 00005-settings.txt: no such file", runner.run(c).reason());
    }

    @Test
    void aModelTheEngineRejectsIsAModelError() {
        TempSuite suite = new TempSuite(tmp);
        String cycle = "model m\n  a := b + 1\n  b := a * 2\nend\n";
        SuiteCase c = suite.add(6, "B", cycle, 1, 2, "", "", new Col("a", t -> 0));
        CaseResult r = runner.run(c);
        assertFalse(r.passed());
        assertEquals(Outcome.IMPORT_ERROR, r.outcome(), r.reason());
        assertTrue(r.reason().contains("00006-sbml-l3v2.xml:2:3: assignment rules depend on each other in a cycle"),
                r.reason());
    }

    @Test
    void toleranceIsTighterThanTheCase() {
        CaseSettings s = CaseSettings.parse(CaseSettingsTest.EXAMPLE, "s");
        assertEquals(1e-8, runner.optionsFor(s).relativeTolerance());
        assertEquals(1e-12, runner.optionsFor(s).absoluteTolerance());
        CaseSettings tight = CaseSettings.parse(CaseSettingsTest.EXAMPLE.replace("relative: 0.0001", "relative: 1e-9")
                .replace("1.000000e-007", "1e-14"), "s");
        assertEquals(1e-11, runner.optionsFor(tight).relativeTolerance(), 1e-25);
        assertEquals(1e-17, runner.optionsFor(tight).absoluteTolerance(), 1e-30);
    }

    private static final String ALGEBRAIC = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">
              <model id="m">
                <listOfParameters>
                  <parameter id="x" value="1" constant="false"/>
                  <parameter id="y" value="1" constant="false"/>
                </listOfParameters>
                <listOfRules>
                  <algebraicRule>
                    <math xmlns="http://www.w3.org/1998/Math/MathML">
                      <apply><minus/><ci> x </ci><ci> y </ci></apply>
                    </math>
                  </algebraicRule>
                  <rateRule variable="y">
                    <math xmlns="http://www.w3.org/1998/Math/MathML"><cn> 1 </cn></math>
                  </rateRule>
                </listOfRules>
              </model>
            </sbml>
            """;

    @Test
    void anSbmlConstructTheEngineDoesNotSupportIsUnsupported() throws IOException {
        TempSuite suite = new TempSuite(tmp);
        SuiteCase c = suite.add(8, "C", ALGEBRAIC, 1, 2, "", "", new Col("x", t -> 1 + t));
        CaseResult r = new CaseRunner().run(c);
        assertEquals(Outcome.UNSUPPORTED, r.outcome(), r.reason());
        assertTrue(r.reason().toLowerCase(java.util.Locale.ROOT).contains("algebraic"), r.reason());
        assertFalse(r.reason().contains(tmp.toString()), "no machine-specific path: " + r.reason());
    }
}
