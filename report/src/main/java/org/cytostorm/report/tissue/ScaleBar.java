package org.cytostorm.report.tissue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;

/**
 * The scale bar of a frame: a bar of a round length in µm, at most a quarter of a panel wide, drawn
 * in the title row above the right end of the cells panel (not over the tissue, which it would
 * hide). Both panels share the scale, so one bar serves both.
 */
final class ScaleBar {

    /** The lengths a bar may have, µm. */
    static final List<Double> LENGTHS_UM = List.of(1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0,
            2000.0, 5000.0, 10000.0);
    static final int THICKNESS = 4;

    private ScaleBar() {
    }

    /** The bar's length, µm: the longest of {@link #LENGTHS_UM} within a quarter of the panel. */
    static double lengthUm(FrameLayout layout, double dxUm) {
        double pxPerUm = layout.scale() / dxUm;
        double best = LENGTHS_UM.get(0);
        for (double l : LENGTHS_UM) {
            if (l * pxPerUm <= layout.panelWidth() / 4.0) {
                best = l;
            }
        }
        return best;
    }

    /** The bar's length in pixels. */
    static int pixels(FrameLayout layout, double dxUm) {
        return (int) Math.round(lengthUm(layout, dxUm) * layout.scale() / dxUm);
    }

    /** The row the bar is drawn on (its top). */
    static int top() {
        return FrameLayout.MARGIN + FrameLayout.TITLE_HEIGHT / 2 - THICKNESS / 2;
    }

    static void draw(Graphics2D g, FrameLayout layout, double dxUm, Color colour, Font font) {
        int px = pixels(layout, dxUm);
        int right = layout.cellsX() + layout.panelWidth();
        g.setColor(colour);
        g.fillRect(right - px, top(), px, THICKNESS);
        double l = lengthUm(layout, dxUm);
        String label = (l >= 1000 ? String.format(Locale.ROOT, "%.0f mm", l / 1000)
                : String.format(Locale.ROOT, "%.0f \u00b5m", l));
        g.setFont(font);
        int w = g.getFontMetrics().stringWidth(label);
        g.drawString(label, right - px - 6 - w, top() + THICKNESS / 2 + g.getFontMetrics().getAscent() / 2 - 1);
    }
}
