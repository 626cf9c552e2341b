package org.cytostorm.physiology.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, acceptance 8: every parameter's grade matches its source. A value whose source begins
 * {@code assumed:} is a modelling choice, whatever the strength of the idea behind it, and is
 * graded {@code assumed}; a grade above that needs a citation first.
 */
class EvidenceGradesTest {

    @Test
    void anAssumedSourceIsGradedAssumed() {
        List<String> wrong = ParameterTable.standard().entries().stream()
                .filter(e -> e.source().strip().startsWith("assumed:") && !e.evidence().equals("assumed"))
                .map(e -> e.name() + " (" + e.evidence() + "): " + e.source())
                .toList();
        assertTrue(wrong.isEmpty(), wrong.size() + " rows graded above their assumed source:\n" + String.join("\n", wrong));
    }

    @Test
    void theMouseModelOfHlhSupportsNoMoreThanASingleSourceGrade() {
        // Jordan et al. (Blood 2004;104:735) is one qualitative study in perforin-deficient mice:
        // where it is a row's only source, the row is single-source at most
        List<String> wrong = ParameterTable.standard().entries().stream()
                .filter(e -> e.source().strip().equals("ref: Jordan et al. Blood 2004;104:735"))
                .filter(e -> !List.of("single-source", "assumed").contains(e.evidence()))
                .map(e -> e.name() + " (" + e.evidence() + ")")
                .toList();
        assertTrue(wrong.isEmpty(), "graded above their one mouse study: " + wrong);
    }
}
