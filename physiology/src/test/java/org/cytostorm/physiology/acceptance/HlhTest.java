package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 7 and issue 15 acceptance 5: primary HLH (perforin function near zero, viral trigger)
 * against the same infection with normal perforin, and the MAS flare. Every threshold is a
 * published figure, named with its source in the message; none comes from a model run.
 */
class HlhTest {

    /** Days the acceptance runs last: the day-60 survival of untreated familial HLH. */
    private static final double DAYS = 60;

    private static final double HOURS_PER_DAY = 24;

    private static PatientRun sixtyDays(String builtIn, Map<String, Double> overrides) {
        Scenario s = BuiltInScenarios.load(builtIn).withDuration(DAYS * HOURS_PER_DAY);
        return Runs.run(s, overrides);
    }

    /** Total time (days) a column spends above a level. */
    private static double daysAbove(PatientRun r, String column, double level) {
        double[] t = r.timeH();
        double[] v = r.column(column);
        double hours = 0;
        for (int i = 1; i < t.length; i++) {
            if (v[i] > level && v[i - 1] > level) {
                hours += t[i] - t[i - 1];
            }
        }
        return hours / HOURS_PER_DAY;
    }

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
    void untreatedPrimaryHlhIsProgressiveAndFatal() {
        PatientRun hlh = sixtyDays("hlh-primary", Map.of());
        double survival60 = hlh.outcome().survivalAt(DAYS * HOURS_PER_DAY);
        assertTrue(survival60 < 0.5, "survival at day 60 " + survival60 + ": untreated familial HLH is fatal"
                + " within months, median survival about 2 months (Janka, Eur J Pediatr 1983;140:221)");
        double days = daysAbove(hlh, "IFNG", 500);
        assertTrue(days >= 14, "IFN-g above 500 pg/mL for " + days + " days: active HLH has a median IFN-g of"
                + " 1088 pg/mL (Xu et al., J Pediatr 2012;160:984), sustained by the perforin-dependent"
                + " APC-CD8 loop (Jordan et al., Blood 2004;104:735; Terrell & Jordan, Blood 2013;121:5184)");
        double cxcl9 = Runs.at(hlh, "CXCL9", 15 * 24);
        assertTrue(cxcl9 > 16_100, "CXCL9 at day 15: " + cxcl9 + " pg/mL; HLH raises it far above the"
                + " reference interval (< 180 pg/mL); above 16,100 pg/mL marks the high-risk adult HLH of"
                + " Blood 2025 (doi:10.1182/blood.2025030976)");
    }

    @Test
    void sameInfectionWithNormalPerforinResolves() {
        PatientRun normal = sixtyDays("hlh-primary", Map.of("perforin", 1.0));
        double peakIfng = Runs.max(normal.column("IFNG"));
        assertTrue(peakIfng < 75, "IFN-g peak " + peakIfng + " pg/mL: stays below the HLH cut-off of 75 pg/mL"
                + " (Xu et al., J Pediatr 2012;160:984)");
        assertTrue(Runs.at(normal, "IFNG", 28 * 24) < 2 * 2.0, "IFN-g at day 28: " + Runs.at(normal, "IFNG", 28 * 24)
                + " pg/mL, back within twice the baseline of 2 pg/mL");
        assertTrue(Runs.at(normal, "IFNG", DAYS * 24) < 2 * 2.0, "IFN-g at day 60: " + Runs.at(normal, "IFNG", DAYS * 24)
                + " pg/mL: the infection does not come back");
        assertTrue(Runs.at(normal, "ferritin", 27 * 24) < 300, "ferritin at day 27: " + Runs.at(normal, "ferritin", 27 * 24)
                + " ng/mL, within the reference range (upper limit about 300 ng/mL)");
        assertTrue(Runs.at(normal, "IL6", 27 * 24) < 7, "IL-6 at day 27: " + Runs.at(normal, "IL6", 27 * 24));
        assertTrue(Runs.max(normal.column("hscore")) <= 169, "HScore " + Runs.max(normal.column("hscore"))
                + " at most its HLH cut-off of 169 (Fardet et al., Arthritis Rheumatol 2014;66:2613)");
        double survival60 = normal.outcome().survivalAt(DAYS * HOURS_PER_DAY);
        assertTrue(survival60 >= 0.5, "survival at day 60 " + survival60 + ": with normal perforin the infection"
                + " resolves, with a viral load like that of a perforin-deficient host (Lykens et al., Blood"
                + " 2011;118:618), so death is not the rule as it is in familial HLH (Janka 1983)");
    }

    @Test
    void masFlareReachesHyperferritinaemiaThroughIl18AndIfng() {
        PatientRun flare = Runs.run("mas-flare", Map.of());
        double ferritin = Runs.max(flare.column("ferritin"));
        assertTrue(ferritin > 10_000, "MAS flare ferritin " + ferritin + " ng/mL: a ferritin above 10,000 ng/mL"
                + " is 90% sensitive and 96% specific for HLH (Allen et al., Pediatr Blood Cancer 2008;50:1227)");
        double il18 = Runs.max(flare.column("IL18"));
        assertTrue(il18 > 5_000, "MAS flare IL-18 " + il18 + " pg/mL: above the 5,000 pg/mL cut-off of active"
                + " Still's disease and systemic JIA (Kudela et al., BMC Rheumatol 2019;3:4); IL-18 marks MAS"
                + " risk (Weiss et al., Blood 2018;131:1442)");
        double ifng = Runs.max(flare.column("IFNG"));
        assertTrue(ifng > 10 * 2.0, "MAS flare IFN-g " + ifng + " pg/mL: IFN-g and CXCL9 rise in active MAS"
                + " (Bracaglia et al., Ann Rheum Dis 2017;76:166)");

        PatientRun quiet = Runs.run("mas-flare", Map.of("flare_dose", 0.0));
        double quietFerritin = Runs.max(quiet.column("ferritin"));
        assertTrue(quietFerritin < 684, "without the flare ferritin stays " + quietFerritin + " ng/mL, below the"
                + " 684 ng/mL of the 2016 MAS classification criteria (Ravelli et al., Ann Rheum Dis 2016;75:481)");
        PatientRun unprimed = Runs.run("mas-flare", Map.of("sw_il18_priming", 0.0));
        double unprimedFerritin = Runs.max(unprimed.column("ferritin"));
        assertTrue(unprimedFerritin < 10_000, "without the primed IL-18 release the flare reaches " + unprimedFerritin
                + " ng/mL, not the hyperferritinaemia of MAS: IL-18 excess drives experimental MAS"
                + " (Weiss et al., Blood 2018;131:1442)");
    }
}
