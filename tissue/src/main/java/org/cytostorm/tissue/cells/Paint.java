package org.cytostorm.tissue.cells;

import java.util.Locale;

/**
 * How a cell is drawn in a frame: one colour per cell type and state. The model assigns each cell
 * a paint; the renderer only maps paints to colours, so the model never imports the view.
 */
public enum Paint {
    /** A voxel with no cell (extracellular space, cleared debris). */
    EMPTY(0x101018),
    EPITHELIUM(0xE8C8A8),
    EPITHELIUM_INFECTED(0x9B59B6),
    /** Committed to inflammatory death, waiting out the delay. */
    EPITHELIUM_DYING(0xF39C12),
    DEAD_LYTIC(0x7B1E1E),
    DEAD_APOPTOTIC(0x5A5A5A),
    VESSEL(0xC0392B),
    VESSEL_LEAKY(0xFF6F61),
    TUMOUR(0x2E86C1),
    MACROPHAGE(0x27AE60),
    MACROPHAGE_ACTIVE(0xA3E635),
    NEUTROPHIL(0xF5F5F5),
    T_CELL(0x1ABC9C),
    T_CELL_ACTIVE(0x00FFFF),
    CAR_T(0xF1C40F),
    CAR_T_ACTIVE(0xFFFF66);

    private final int rgb;

    Paint(int rgb) {
        this.rgb = rgb;
    }

    /** 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /**
     * The name a reader sees in a legend: lower case words, with the cell names that are written
     * with capitals kept so ({@code T_CELL_ACTIVE} is "T cell active", {@code CAR_T} is "CAR T").
     */
    public String label() {
        String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (words.startsWith("car t")) {
            return "CAR T" + words.substring("car t".length());
        }
        if (words.startsWith("t cell")) {
            return "T" + words.substring(1);
        }
        return words;
    }
}
