package org.cytostorm.report.tissue;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.cytostorm.tissue.cells.Paint;

/** The colour and legend label of each {@link Paint}: how the model's classes of appearance are drawn. */
final class Palette {

    private static final Map<Paint, Integer> RGB = rgb();

    private Palette() {
    }

    private static Map<Paint, Integer> rgb() {
        Map<Paint, Integer> m = new EnumMap<>(Paint.class);
        m.put(Paint.EMPTY, 0x101018);
        m.put(Paint.EPITHELIUM, 0xE8C8A8);
        m.put(Paint.EPITHELIUM_INFECTED, 0x9B59B6);
        m.put(Paint.EPITHELIUM_DYING, 0xF39C12);
        m.put(Paint.DEAD_LYTIC, 0x7B1E1E);
        m.put(Paint.DEAD_APOPTOTIC, 0x5A5A5A);
        m.put(Paint.VESSEL, 0xC0392B);
        m.put(Paint.VESSEL_LEAKY, 0xFF6F61);
        m.put(Paint.TUMOUR, 0x2E86C1);
        m.put(Paint.MACROPHAGE, 0x27AE60);
        m.put(Paint.MACROPHAGE_ACTIVE, 0xA3E635);
        m.put(Paint.NEUTROPHIL, 0xF5F5F5);
        m.put(Paint.T_CELL, 0x1ABC9C);
        m.put(Paint.T_CELL_ACTIVE, 0x00FFFF);
        m.put(Paint.CAR_T, 0xF1C40F);
        m.put(Paint.CAR_T_ACTIVE, 0xFFFF66);
        if (m.size() != Paint.values().length) {
            throw new IllegalStateException("a paint without a colour");
        }
        return m;
    }

    /** 0xRRGGBB. */
    static int rgb(Paint p) {
        return RGB.get(p);
    }

    /**
     * The name a reader sees in a legend: lower case words, with the cell names that are written
     * with capitals kept so ({@code T_CELL_ACTIVE} is "T cell active", {@code CAR_T} is "CAR T").
     */
    static String label(Paint p) {
        String words = p.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (words.startsWith("car t")) {
            return "CAR T" + words.substring("car t".length());
        }
        if (words.startsWith("t cell")) {
            return "T" + words.substring(1);
        }
        return words;
    }
}
