package org.cytostorm.report.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.Provenance;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.Protocol;

/**
 * What produced a run, in short phrases for the console and the report (summary.json records the
 * same in full): the build and model, where the scenario came from, every setting with the value it
 * replaced, the care protocol, the scheduled doses and the seed.
 */
final class Inputs {

    private Inputs() {
    }

    /** {@code 0.1.0-SNAPSHOT (commit 1a2b3c4); model standard 0123456789ab}. */
    static String build(PatientRun run) {
        Provenance p = run.provenance();
        return p.build().describe() + "; model " + p.model() + ("none".equals(p.digest()) ? "" : " " + p.digest());
    }

    /** {@code sepsis (built-in)} or {@code my (path/my.yaml)}. */
    static String scenario(Scenario s) {
        return s.name() + " (" + s.source() + ")";
    }

    /** One phrase per setting, with the value it replaced: {@code inoculum = 100 (was 1.5)}, {@code sw_il6r = 0 (was 1)}. */
    static List<String> settings(PatientRun run) {
        Map<String, Double> replaced = run.provenance().replaced();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : run.scenario().settings().entrySet()) {
            Double before = replaced.get(e.getKey());
            String was = before != null ? " (was " + Figures.number(before) + ")" : " (initial value)";
            out.add(e.getKey() + " = " + Figures.number(e.getValue()) + was);
        }
        return out;
    }

    /**
     * The trigger as written, and the settings that override what the scenario itself set (a
     * setting of {@code inoculum} changes what "inoculum=typical" means):
     * {@code sepsis (inoculum=typical); changed by --set: inoculum} (the values are on the settings line).
     */
    static String trigger(PatientRun run) {
        Scenario s = run.scenario();
        List<String> over = s.settings().keySet().stream().filter(s.parameters()::containsKey).toList();
        return Figures.trigger(s.trigger()) + (over.isEmpty() ? "" : "; changed by --set: " + String.join(", ", over));
    }

    /** {@code car-t-crs (built-in; 3 rules)}. */
    static String protocol(Protocol p) {
        int rules = p.treatments().rules().size();
        int doses = p.treatments().schedule().size();
        List<String> parts = new ArrayList<>(List.of(p.source()));
        if (!p.supportiveCare()) {
            parts.add("no supportive care");
        }
        if (rules > 0) {
            parts.add(rules + (rules == 1 ? " rule" : " rules"));
        }
        if (doses > 0) {
            parts.add(doses + (doses == 1 ? " dosing record" : " dosing records"));
        }
        if (p.withholdsRules()) {
            parts.add("withholds every rule");
        }
        return p.name() + " (" + String.join("; ", parts) + ")";
    }

    /** Every scheduled dose (the protocol's, then the scenario's and those added on the command line), one phrase each. */
    static List<String> scheduled(Scenario s) {
        List<String> out = new ArrayList<>();
        for (Dosing d : s.allTreatments().schedule()) {
            String how = d.drug().isCourse() ? "course of " + Figures.number(d.durationH()) + " h"
                    : d.amount() + " " + d.route().label() + (d.durationH() > 0 ? " over " + Figures.number(d.durationH())
                            + " h" : "");
            String repeat = d.additional() > 0 ? " + " + d.additional() + " every " + Figures.number(d.intervalH()) + " h"
                    : "";
            out.add(d.drug().name() + " " + how + " at " + Figures.number(d.timeH()) + " h" + repeat);
        }
        return out;
    }
}
