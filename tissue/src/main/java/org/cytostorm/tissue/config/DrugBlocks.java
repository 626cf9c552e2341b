package org.cytostorm.tissue.config;

/**
 * Drugs as field-level effects: the fraction of a signal each neutralises (0 none, 1 complete).
 *
 * @param antiTnf anti-TNF antibody: TNF-α as sensed by cells
 * @param antiIfng emapalumab: IFN-γ as sensed
 * @param anakinra IL-1 receptor antagonist: IL-1β as sensed and internalised IL-1β signalling
 * @param dexamethasone glucocorticoid: cytokine and chemokine secretion by immune cells
 */
public record DrugBlocks(double antiTnf, double antiIfng, double anakinra, double dexamethasone) {

    public static final DrugBlocks NONE = new DrugBlocks(0, 0, 0, 0);
}
