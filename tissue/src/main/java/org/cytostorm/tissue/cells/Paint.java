package org.cytostorm.tissue.cells;

/**
 * How a cell looks in a frame, as a class of appearance: one per cell type and state (a config's
 * {@code paint:}). The model assigns each cell a paint; which colour and legend label a paint gets
 * is the report module's ({@code org.cytostorm.report.tissue.Palette}), so the model never holds
 * the view.
 */
public enum Paint {
    /** A voxel with no cell (extracellular space, cleared debris). */
    EMPTY,
    EPITHELIUM,
    EPITHELIUM_INFECTED,
    /** Committed to inflammatory death, waiting out the delay. */
    EPITHELIUM_DYING,
    DEAD_LYTIC,
    DEAD_APOPTOTIC,
    VESSEL,
    VESSEL_LEAKY,
    TUMOUR,
    MACROPHAGE,
    MACROPHAGE_ACTIVE,
    NEUTROPHIL,
    T_CELL,
    T_CELL_ACTIVE,
    CAR_T,
    CAR_T_ACTIVE;
}
