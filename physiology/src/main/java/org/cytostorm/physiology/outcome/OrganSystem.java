package org.cytostorm.physiology.outcome;

import java.util.Locale;

/**
 * The six organ systems of SOFA, in the order of {@link org.cytostorm.physiology.scores.SofaScore}'s
 * components; each names its key in summaries ({@code respiratory}, ..., {@code renal}).
 */
public enum OrganSystem {
    /** SOFA respiration (PaO2/FiO2 and ventilation). */
    RESPIRATORY,
    /** SOFA coagulation (platelets). */
    COAGULATION,
    /** SOFA liver (bilirubin). */
    LIVER,
    /** SOFA cardiovascular (MAP and vasopressors). */
    CARDIOVASCULAR,
    /** SOFA central nervous system (Glasgow coma scale). */
    CNS,
    /** SOFA renal (creatinine and urine output). */
    RENAL;

    /** The number of systems, the length of every per-system array of this package. */
    public static final int COUNT = values().length;

    /** The lower-case key of summaries and reports ({@code cardiovascular}, {@code cns}, ...). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
