package org.cytostorm.physiology.scores;

/**
 * ARDS severity by the Berlin definition (ARDS Definition Task Force, JAMA 2012;307:2526,
 * doi:10.1001/jama.2012.5669), with the reported mortality and median ventilation days of the
 * validation cohort.
 */
public enum BerlinSeverity {
    /** Not ARDS by the Berlin definition. */
    NONE(Double.NaN, Double.NaN),
    /** PaO₂/FiO₂ &gt;200 and ≤300 mmHg. */
    MILD(0.27, 5),
    /** PaO₂/FiO₂ &gt;100 and ≤200 mmHg. */
    MODERATE(0.32, 7),
    /** PaO₂/FiO₂ ≤100 mmHg. */
    SEVERE(0.45, 9);

    private final double mortality;
    private final double medianVentilationDays;

    BerlinSeverity(double mortality, double medianVentilationDays) {
        this.mortality = mortality;
        this.medianVentilationDays = medianVentilationDays;
    }

    /** Mortality reported for this severity (fraction), NaN for {@link #NONE}. */
    public double mortality() {
        return mortality;
    }

    /** Median duration of ventilation reported for this severity, days; NaN for {@link #NONE}. */
    public double medianVentilationDays() {
        return medianVentilationDays;
    }
}
