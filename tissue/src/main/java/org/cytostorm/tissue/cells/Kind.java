package org.cytostorm.tissue.cells;

/**
 * What a cell type is built on. The kind fixes geometry and special abilities (a lattice cell owns
 * its voxel and never moves; a vessel exchanges with plasma and recruits from blood; a killer
 * destroys target cells it meets); everything else a type does comes from its behaviours and rules.
 */
public enum Kind {
    EPITHELIAL(true),
    ENDOTHELIAL(true),
    TUMOUR(true),
    MACROPHAGE(false),
    NEUTROPHIL(false),
    T_CELL(false),
    CAR_T(false);

    private final boolean lattice;

    Kind(boolean lattice) {
        this.lattice = lattice;
    }

    /** True for cells that sit one per voxel and never move. */
    public boolean lattice() {
        return lattice;
    }

    /** The name used in config files: lower case with underscores. */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
