package org.cytostorm.report.trial;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A colour per arm, by its place in the trial: the control is always blue and the first treated arm
 * red, in every trial report and in both of its figures, so that a reader who has learnt one
 * report's colours reads the next.
 */
final class ArmColours {

    /** Tableau's first colours, in the order arms take them. */
    static final List<String> PALETTE = List.of("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b");

    private ArmColours() {
    }

    /** The arms' colours, by name, in the arms' order (the control first). */
    static Map<String, String> of(Iterable<String> arms) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String a : arms) {
            out.put(a, PALETTE.get(out.size() % PALETTE.size()));
        }
        return out;
    }
}
