package org.cytostorm.physiology.scores;

/**
 * The Berlin definition of acute respiratory distress syndrome (ARDS Definition Task Force, JAMA
 * 2012;307:2526, doi:10.1001/jama.2012.5669).
 *
 * <p>ARDS needs all common criteria (onset within 1 week of a known insult; bilateral opacities
 * not fully explained by effusion, collapse or nodules; respiratory failure not fully explained by
 * cardiac failure or fluid overload) and PEEP or CPAP ≥5 cmH₂O. Severity then follows PaO₂/FiO₂:
 * mild &gt;200 and ≤300, moderate &gt;100 and ≤200, severe ≤100 mmHg.
 *
 * <p>Berlin allows CPAP (non-invasive) only for mild ARDS and asks for PEEP in moderate and severe;
 * the single {@code peepAtLeast5} flag cannot tell the two apart and is taken to mean "PEEP or
 * CPAP ≥5" for every severity. The altitude correction of PaO₂/FiO₂ is not applied (sea level).
 * In the simulator, PaO₂/FiO₂ and the imaging and cardiac criteria are model proxies.
 */
public final class Berlin {

    private Berlin() {
    }

    /**
     * The Berlin severity.
     *
     * @param pfRatio PaO₂/FiO₂, mmHg, positive
     * @param peepAtLeast5 PEEP (or CPAP) at least 5 cmH₂O
     * @param onsetWithinWeek onset within 1 week of a known clinical insult
     * @param bilateralOpacities bilateral opacities not fully explained by effusion, collapse or
     *     nodules
     * @param notCardiacOrFluid respiratory failure not fully explained by cardiac failure or fluid
     *     overload
     * @return the severity, or {@link BerlinSeverity#NONE} if a criterion is missing or
     *     PaO₂/FiO₂ &gt;300
     */
    public static BerlinSeverity severity(double pfRatio, boolean peepAtLeast5,
            boolean onsetWithinWeek, boolean bilateralOpacities, boolean notCardiacOrFluid) {
        Checks.positive("pfRatio", pfRatio);
        if (!(peepAtLeast5 && onsetWithinWeek && bilateralOpacities && notCardiacOrFluid)) {
            return BerlinSeverity.NONE;
        }
        if (pfRatio <= 100) {
            return BerlinSeverity.SEVERE;
        }
        if (pfRatio <= 200) {
            return BerlinSeverity.MODERATE;
        }
        return pfRatio <= 300 ? BerlinSeverity.MILD : BerlinSeverity.NONE;
    }
}
