package org.cytostorm.report.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytostorm.cohort.calibration.FittedDistribution;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.RateRule;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.run.OutputColumn;
import org.junit.jupiter.api.Test;

class ModelDocsTest {

    private static final String DOC = ModelDocs.markdown(PatientModel.standard());

    /**
     * A parameter a calibration moved beyond chance is cited as fitted to that calibration's
     * targets, in its row and in the fitted section; one moved less is not.
     */
    @Test
    void aParameterACalibrationMovedIsCitedAsFittedToItsTargets() {
        CalibrationFit fit = CalibrationFit.of("my-targets", List.of(
                new FittedDistribution("cart_prolif", 0.04, 0.035, 0.02, 0.06, -0.43),
                new FittedDistribution("k_mh", 0.01, 0.0101, 0.006, 0.016, 0.12)), 400);
        assertEquals(0.15, fit.threshold(), 1e-12, "three chance shifts of 1/sqrt(400)");
        String doc = ModelDocs.markdown(PatientModel.standard(), List.of(fit));
        String moved = doc.lines().filter(l -> l.startsWith("| `cart_prolif` |")).findFirst().orElseThrow();
        assertTrue(moved.contains("fitted: [my-targets targets](calibration-populations.md#my-targets) (-0.43 SD)"), moved);
        String unmoved = doc.lines().filter(l -> l.startsWith("| `k_mh` |")).findFirst().orElseThrow();
        assertFalse(unmoved.contains("fitted:"), "0.12 SD is within chance: " + unmoved);
        assertTrue(doc.contains("### my-targets\n"), "the fitted section");
        assertTrue(doc.contains("| `cart_prolif` | 0.04 | 0.035 | 0.02–0.06 | -0.43 SD |"), "the fitted row");
        assertFalse(DOC.contains("## Fitted population distributions"), "no section without fits");
        assertEquals(CalibrationFit.FLOOR, CalibrationFit.of("big", List.of(), 1e6).threshold(), 0,
                "never below the floor");
    }

    @Test
    void saysHowToRegenerate() {
        assertTrue(DOC.startsWith("# "), DOC.substring(0, 40));
        assertTrue(DOC.contains(ModelDocs.REGENERATE));
    }

    @Test
    void listsEveryRateRuleEventFunctionAndTableRow() {
        Model m = PatientModel.standard().model();
        m.rules().stream().filter(r -> r instanceof RateRule)
                .forEach(r -> assertTrue(DOC.contains("\nd " + r.variable() + "/dt = "), r.variable()));
        m.events().forEach(e -> assertTrue(DOC.contains("| `" + e.id() + "` |"), e.id()));
        m.functions().forEach(f -> assertTrue(DOC.contains("\n" + f.id() + "("), f.id()));
        for (ParameterEntry e : PatientModel.standard().table().entries()) {
            assertTrue(DOC.contains("| `" + e.name() + "` |"), e.name());
        }
    }

    @Test
    void everySwitchIsInTheSwitchSection() {
        String switches = DOC.substring(DOC.indexOf("## Mechanism switches"), DOC.indexOf("## Parameters"));
        List<ParameterEntry> all = PatientModel.standard().table().switches();
        assertFalse(all.isEmpty());
        all.forEach(e -> assertTrue(switches.contains("| `" + e.name() + "` |"), e.name()));
    }

    @Test
    void countsMatchTheModel() {
        Model m = PatientModel.standard().model();
        long states = m.rules().stream().filter(r -> r instanceof RateRule).count();
        assertTrue(DOC.contains("| states (rate rules) | " + states + " |"));
        assertTrue(DOC.contains("| events | " + m.events().size() + " |"));
        assertTrue(DOC.contains("| parameters (table rows) | " + PatientModel.standard().table().entries().size() + " |"));
        assertTrue(DOC.contains("| mechanism switches | " + PatientModel.standard().table().switches().size() + " |"));
    }

    @Test
    void tableCellsEscapePipesAndLinkDois() {
        String equations = "model *m()\n  x' = -k*x\n  x = 1\n  at (x < 0.5 || time > 3): x = 1\nend\n";
        String tsv = "name\tvalue\tunit\tmin\tmax\tdistribution\tevidence\tsource\tdescription\n"
                + "k\t1\t1/h\t0\t2\tfixed\tassumed\tdoi:10.1/abc; assumed: a | b\tdecay | rate\n"
                + "sw_x\t1\t1\t0\t1\tswitch\tstrong\tpmid:123\tthe x mechanism\n";
        String doc = ModelDocs.markdown(PatientModel.of(equations, ParameterTable.parse(tsv, "t.tsv")));
        assertTrue(doc.contains("| `k` | 1 | 1/h | 0–2 | fixed | assumed | [doi:10.1/abc](https://doi.org/10.1/abc);"
                + " assumed: a \\| b | decay \\| rate |"), doc);
        assertTrue(doc.contains("| `sw_x` | 1 | the x mechanism | strong | [pmid:123](https://pubmed.ncbi.nlm.nih.gov/123/) |"), doc);
        assertTrue(doc.contains("`x < 0.5 \\|\\| time > 3`"), doc);
        assertTrue(doc.contains("d x/dt = -k*x\n"), doc);
    }

    @Test
    void outputsFillReplacesOnlyTheGeneratedBlockAndIsIdempotent() {
        String page = "# T\n\nintro\n\n" + OutputDocs.MARKER + "\n\n## Next\n\ntail\n";
        String table = OutputDocs.table(List.of(new OutputColumn("a", "pg/mL", "cytokines", "x | y")));
        String once = OutputDocs.fill(page, table);
        assertTrue(once.startsWith("# T\n\nintro\n\n" + OutputDocs.MARKER + "\n\n"), once);
        assertTrue(once.endsWith("\n" + OutputDocs.END + "\n\n## Next\n\ntail\n"), once);
        assertTrue(once.contains("| `a` | pg/mL | cytokines | x \\| y |"), once);
        assertEquals(once, OutputDocs.fill(once, table));
        assertEquals("\n" + table + "\n", OutputDocs.generatedBlock(once));
        String other = OutputDocs.table(List.of(new OutputColumn("b", "1", "labs", "z")));
        assertEquals(OutputDocs.fill(page, other), OutputDocs.fill(once, other));
        assertThrows(IllegalArgumentException.class, () -> OutputDocs.fill("# no marker\n", table));
    }

    @Test
    void outputsFillAlsoFillsTheTrialBlockWhereThePageHasOne() {
        String page = "# T\n\n" + OutputDocs.MARKER + "\n\n## Trials\n\n" + OutputDocs.TRIAL_MARKER + "\n"
                + OutputDocs.TRIAL_END + "\n\n## After\n\ntail\n";
        String table = OutputDocs.table(List.of(new OutputColumn("a", "pg/mL", "cytokines", "x")));
        String once = OutputDocs.fill(page, table);
        assertEquals(once, OutputDocs.fill(once, table), "idempotent");
        assertTrue(once.endsWith("\n" + OutputDocs.TRIAL_END + "\n\n## After\n\ntail\n"), once);
        String trial = OutputDocs.generatedTrialBlock(once);
        assertEquals("\n" + OutputDocs.trialTable(PatientModel.standard().table()) + "\n", trial);
        // every column of a trial file, in order, and the assigned column last
        List<String> rows = trial.lines().filter(l -> l.startsWith("| `")).toList();
        assertEquals("| `patient` | BIGINT |", rows.get(0).substring(0, "| `patient` | BIGINT |".length()));
        assertTrue(rows.get(rows.size() - 1).startsWith("| `assigned` | BOOLEAN |"), trial);
        assertTrue(trial.contains("| `sg_NAME` | BOOLEAN |") && trial.contains("| `p_NAME` | DOUBLE |"), trial);
        // K_lps (a half-effect level) and k_lps (a rate) of the standard table
        assertTrue(trial.contains("`k_lps` as `p_k_lps__1` and `K_lps` as `p_K_lps__2`"), trial);
        // a page without the trial marker is filled as before
        String plain = "# T\n\n" + OutputDocs.MARKER + "\n";
        assertEquals("", OutputDocs.generatedTrialBlock(OutputDocs.fill(plain, table)));
    }
}
