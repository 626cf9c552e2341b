package org.cytostorm.physiology.run;

import java.util.List;
import java.util.Map;

/**
 * The one-screen summary of a patient run (also summary.json).
 *
 * @param maxCrsGrade   highest ASTCT CRS grade reached (0 to 4)
 * @param maxSofa       highest SOFA total
 * @param survivalDay28 survival probability at 672 h (or at the end, if the run is shorter), from
 *                      the outcome on the clinical grid
 * @param peaks         per cytokine column ({@code IL6}, {@code TNF}, ...), its peak
 * @param supportUsed   organ support used at any time, in words (for example
 *                      {@code "high-flow oxygen"}, {@code "norepinephrine (max 0.12 ug/kg/min)"})
 * @param extra         further named figures (maximum KDIGO stage, HScore, onset of CRS, ...)
 * @param course        neurotoxicity, coagulopathy, days on support, expected deaths by system
 */
public record RunSummary(int maxCrsGrade, double maxSofa, double survivalDay28, Map<String, Peak> peaks,
        List<String> supportUsed, Map<String, Double> extra, CourseSummary course) {

    /** The summary of a run that reached no output time: no grade, no peak, NaN figures. */
    public static final RunSummary NONE = new RunSummary(0, Double.NaN, Double.NaN, Map.of(), List.of(), Map.of(),
            CourseSummary.NONE);

    public RunSummary {
        peaks = Map.copyOf(peaks);
        supportUsed = List.copyOf(supportUsed);
        extra = Map.copyOf(extra);
        java.util.Objects.requireNonNull(course, "course");
    }

    /** A summary without the course figures (a summary made by hand, or of another simulator). */
    public RunSummary(int maxCrsGrade, double maxSofa, double survivalDay28, Map<String, Peak> peaks,
            List<String> supportUsed, Map<String, Double> extra) {
        this(maxCrsGrade, maxSofa, survivalDay28, peaks, supportUsed, extra, CourseSummary.NONE);
    }
}
