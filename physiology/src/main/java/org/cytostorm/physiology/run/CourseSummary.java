package org.cytostorm.physiology.run;

import java.util.EnumMap;
import java.util.Map;
import org.cytostorm.physiology.outcome.OrganSystem;

/**
 * The clinical course of a run in figures beyond the worst CRS and SOFA: neurotoxicity,
 * coagulopathy, days on organ support and the expected deaths by organ system. Computed on the
 * clinical (hourly) grid; a duration counts the time from each row to the next at which the
 * condition holds at the row.
 *
 * @param maxIcansGrade              highest ASTCT ICANS grade (0 to 4)
 * @param icansOnsetH                first time of ICANS grade 1 or more, hours; NaN if never
 * @param icansDurationH             hours with ICANS grade 1 or more
 * @param maxIsthDicScore            highest ISTH overt DIC score (0 to 8)
 * @param ventilationDays            days on invasive ventilation ({@code o2} level 4)
 * @param ventilatorFreeDaysExpected expected ventilator-free days to day 28: survival at day 28
 *                                   times {@code max(0, 28 - days ventilated within day 28)}. A
 *                                   death counts as 0 ventilator-free days; the ventilation course
 *                                   is the one deterministic course of the run, so the expectation
 *                                   is over the fate only; a run shorter than 28 days counts no
 *                                   ventilation after its end
 * @param dialysisDays               days on renal replacement therapy
 * @param expectedDeathsBySystem     expected deaths to day 28 (or the end, if sooner) attributed to
 *                                   each organ system; they sum to {@code 1 - survivalDay28}
 */
public record CourseSummary(int maxIcansGrade, double icansOnsetH, double icansDurationH, int maxIsthDicScore,
        double ventilationDays, double ventilatorFreeDaysExpected, double dialysisDays,
        Map<OrganSystem, Double> expectedDeathsBySystem) {

    /** The course of a run that reached no output time: nothing happened, figures NaN. */
    public static final CourseSummary NONE = new CourseSummary(0, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN,
            Double.NaN, Map.of());

    public CourseSummary {
        expectedDeathsBySystem = expectedDeathsBySystem.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(expectedDeathsBySystem));
    }
}
