package org.cytostorm.physiology.run;

import java.util.List;
import java.util.Map;

/**
 * The one-screen summary of a patient run (also summary.json).
 *
 * @param maxCrsGrade   highest ASTCT CRS grade reached (0 to 4)
 * @param maxSofa       highest SOFA total
 * @param survivalDay28 survival probability at 672 h (or at the end, if the run is shorter)
 * @param peaks         per cytokine column ({@code IL6}, {@code TNF}, ...), its peak
 * @param supportUsed   organ support used at any time, in words (for example
 *                      {@code "high-flow oxygen"}, {@code "norepinephrine (max 0.12 ug/kg/min)"})
 * @param extra         further named figures (maximum KDIGO stage, HScore, onset of CRS, ...)
 */
public record RunSummary(int maxCrsGrade, double maxSofa, double survivalDay28, Map<String, Peak> peaks,
        List<String> supportUsed, Map<String, Double> extra) {

    /** The summary of a run that reached no output time: no grade, no peak, NaN figures. */
    public static final RunSummary NONE = new RunSummary(0, Double.NaN, Double.NaN, Map.of(), List.of(), Map.of());

    public RunSummary {
        peaks = Map.copyOf(peaks);
        supportUsed = List.copyOf(supportUsed);
        extra = Map.copyOf(extra);
    }
}
