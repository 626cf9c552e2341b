package org.cytostorm.physiology.scores;

/** Organomegaly as scored by the HScore (Fardet 2014, doi:10.1002/art.38690). */
public enum Organomegaly {
    /** Neither hepatomegaly nor splenomegaly. */
    NONE,
    /** Hepatomegaly or splenomegaly. */
    LIVER_OR_SPLEEN,
    /** Hepatomegaly and splenomegaly. */
    BOTH
}
