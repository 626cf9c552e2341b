package org.cytostorm.report.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A stable colour per variable: the same variable has the same colour in every panel and every
 * report (picked from its name), unless another curve of the same panel already has it, when the
 * next free colour of the palette is taken. A curve that brings its own colour keeps it.
 */
final class SeriesColours {

    /**
     * Sixteen colours that stay apart from each other on white: Tableau 10 and six darker or more
     * saturated hues, chosen so that every pair of the sixteen is at least as far apart (CIEDE2000)
     * as Tableau's own closest pair, brown and grey (13.2). The six Category 10 colours used before
     * were near-copies of Tableau's blue, green, teal, red and brown (CIEDE2000 5.0, 5.5, 9.7, 10.9
     * and 12.4), so two curves of one panel could look the same.
     */
    static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
            "#b07aa1", "#ff9da7", "#9c755f", "#79706e", "#00a2c7", "#a0a21f", "#1b2a49", "#8c1c13", "#6a3d9a",
            "#d6338a");

    private SeriesColours() {
    }

    /** The colours of a panel's curves, in order. */
    static List<String> of(List<TimeSeries> series) {
        Set<String> used = new HashSet<>();
        List<String> out = new ArrayList<>();
        series.forEach(s -> used.add(s.colour()));
        for (TimeSeries s : series) {
            if (!s.colour().isEmpty()) {
                out.add(s.colour());
                continue;
            }
            int i = Math.floorMod(s.name().hashCode(), PALETTE.size());
            for (int k = 0; k < PALETTE.size() && used.contains(PALETTE.get(i)); k++) {
                i = (i + 1) % PALETTE.size();
            }
            used.add(PALETTE.get(i));
            out.add(PALETTE.get(i));
        }
        return out;
    }
}
