package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cytostorm.physiology.run.PatientRun;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 7: primary HLH (perforin function near zero, viral trigger) against the same
 * infection with normal perforin. Thresholds: ferritin above 10,000 ng/mL (Allen 2008), HScore
 * above its best cut-off 169 (Fardet 2014), IFN-gamma sustained beyond 14 days (Jordan 2004).
 */
class HlhTest {

    @Test
    void perforinDeficiencyGivesHlh() {
        PatientRun hlh = Runs.run("hlh-primary", Map.of());
        assertTrue(hlh.scenario().parameters().get("perforin") < 0.05, "perforin near zero");
        double ifngAfter14d = Runs.at(hlh, "IFNG", 15 * 24);
        assertTrue(ifngAfter14d > 10 * 2.0, "IFN-g at day 15: " + ifngAfter14d + " pg/mL (baseline 2)");
        assertTrue(Runs.max(hlh.column("ferritin")) > 10_000, "ferritin " + Runs.max(hlh.column("ferritin")));
        assertTrue(Runs.max(hlh.column("hscore")) > 169, "HScore " + Runs.max(hlh.column("hscore")));
    }

    @Test
    void sameInfectionWithNormalPerforinResolves() {
        PatientRun normal = Runs.run("hlh-primary", Map.of("perforin", 1.0));
        assertTrue(Runs.at(normal, "IFNG", 15 * 24) < 2 * 2.0, "IFN-g at day 15: " + Runs.at(normal, "IFNG", 15 * 24));
        assertTrue(Runs.at(normal, "ferritin", 27 * 24) < 300, "ferritin at day 27: " + Runs.at(normal, "ferritin", 27 * 24));
        assertTrue(Runs.at(normal, "IL6", 27 * 24) < 7, "IL-6 at day 27: " + Runs.at(normal, "IL6", 27 * 24));
        assertTrue(Runs.max(normal.column("hscore")) <= 169, "HScore " + Runs.max(normal.column("hscore")));
    }
}
