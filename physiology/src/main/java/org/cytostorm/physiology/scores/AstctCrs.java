package org.cytostorm.physiology.scores;

/**
 * ASTCT consensus grade of cytokine release syndrome (Lee DW et al., ASTCT consensus grading for
 * cytokine release syndrome and neurologic toxicity, Biol Blood Marrow Transplant 2019;25:625,
 * doi:10.1016/j.bbmt.2018.12.758).
 *
 * <table>
 * <caption>ASTCT CRS grade</caption>
 * <tr><th>Grade</th><th>Fever</th><th>Hypotension</th><th>and/or hypoxia</th></tr>
 * <tr><td>1</td><td>≥38.0 °C</td><td>none</td><td>none</td></tr>
 * <tr><td>2</td><td>≥38.0 °C</td><td>not requiring vasopressors</td><td>low-flow cannula ≤6 L/min or blow-by</td></tr>
 * <tr><td>3</td><td>≥38.0 °C</td><td>one vasopressor ± vasopressin</td><td>high-flow cannula, facemask, non-rebreather, Venturi</td></tr>
 * <tr><td>4</td><td>≥38.0 °C</td><td>multiple vasopressors (excluding vasopressin)</td><td>positive pressure</td></tr>
 * </table>
 *
 * <p>The grade is the more severe of the hypotension and hypoxia grades. Once anti-cytokine
 * therapy or steroids have started, fever is no longer required. Grade 5 (death from CRS) is never
 * returned: death is not among the inputs. Organ toxicities are not part of this grade (CTCAE).
 * Hypotension in children (SBP &lt;70 + 2×age for ages 1–10) is the caller's concern: the input is
 * a flag.
 */
public final class AstctCrs {

    /** Fever threshold, °C. */
    public static final double FEVER_C = 38.0;

    private AstctCrs() {
    }

    /**
     * The ASTCT CRS grade 0..4.
     *
     * <p>No fever and fever not waived: 0. Otherwise the more severe of the hypotension and
     * hypoxia grades; when both are 0, a present fever is grade 1 and a waived, absent fever is 0.
     */
    public static int grade(CrsInputs in) {
        Checks.notNull("inputs", in);
        boolean fever = in.temperatureC() >= FEVER_C;
        if (!fever && !in.feverWaived()) {
            return 0;
        }
        int organ = Math.max(hypotensionGrade(in.hypotension(), in.vasopressors(), in.vasopressin()),
                hypoxiaGrade(in.oxygen()));
        if (organ > 0) {
            return organ;
        }
        return fever ? 1 : 0;
    }

    /**
     * The grade set by the hypotension column: 0 none; 2 hypotension without vasopressors; 3 one
     * vasopressor, with or without vasopressin (vasopressin alone counts as one vasopressor); 4 two or
     * more vasopressors not counting vasopressin. A running vasopressor implies hypotension, so
     * vasopressors are graded even if the {@code hypotension} flag is false.
     *
     * @param vasopressors vasopressors running, not counting vasopressin
     */
    public static int hypotensionGrade(boolean hypotension, int vasopressors, boolean vasopressin) {
        Checks.inRange("vasopressors", vasopressors, 0, Integer.MAX_VALUE);
        if (vasopressors >= 2) {
            return 4;
        }
        if (vasopressors == 1 || vasopressin) {
            return 3;
        }
        return hypotension ? 2 : 0;
    }

    /** The grade set by the hypoxia column: room air 0, low flow 2, high flow 3, positive pressure 4. */
    public static int hypoxiaGrade(OxygenSupport oxygen) {
        switch (Checks.notNull("oxygen", oxygen)) {
            case LOW_FLOW:
                return 2;
            case HIGH_FLOW:
                return 3;
            case NON_INVASIVE:
            case INVASIVE:
                return 4;
            default:
                return 0;
        }
    }

    /** The legacy Lee 2014 CRS grade; see {@link Lee2014Crs#grade(Lee2014Inputs)}. */
    public static int lee2014Grade(Lee2014Inputs in) {
        return Lee2014Crs.grade(in);
    }
}
