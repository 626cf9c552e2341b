package org.cytostorm.sbml.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every settings and results file of the shipped suite reads, and the index matches its README. */
class SuiteFilesTest {

    @Test
    void everyCaseReads() throws Exception {
        SuiteIndex index = SuiteIndex.read(SuiteLocation.suiteDir());
        assertEquals(1371, index.cases().size());
        Map<String, Integer> tiers = new TreeMap<>();
        int withSpecialValues = 0;
        for (SuiteCase c : index.cases()) {
            tiers.merge(c.tier(), 1, Integer::sum);
            CaseSettings s = CaseSettings.read(c.settingsFile());
            ExpectedResults r = ExpectedResults.read(c.resultsFile(), s);
            assertEquals(s.steps() + 1, r.rows(), c.id());
            assertTrue(java.nio.file.Files.isRegularFile(c.modelFile()), c.id());
            boolean special = false;
            for (double[] row : r.values()) {
                for (double v : row) {
                    special |= !Double.isFinite(v);
                }
            }
            if (special) {
                withSpecialValues++;
            }
        }
        assertEquals(Map.of("A", 286, "B", 631, "C", 454), tiers);
        assertTrue(withSpecialValues >= 2, "cases 00950 and 00951 expect NaN and INF");
    }
}
