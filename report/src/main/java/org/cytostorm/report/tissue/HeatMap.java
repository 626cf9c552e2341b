package org.cytostorm.report.tissue;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.sim.Snapshot;

/**
 * The right panel: the field as a heat map, linear from 0 (bottom colour) to the frame's scale
 * maximum (top colour), and the colour bar beside it labelled with that maximum and the unit, so a
 * colour can be read back as a concentration, and under it with what the maximum is (the run's, this
 * frame's...), so a reader knows whether two frames' colours can be compared. Pixels are written
 * directly, one colour per voxel.
 */
final class HeatMap {

    /** Drawn for a value that is not a number: mid grey, outside the colour map. */
    static final int NO_VALUE = 0x808080;

    private static final Color FRAME = new Color(0x404040);
    private static final Color TEXT = new Color(0x202020);
    /** The caption under the maximum: quieter than the value it explains. */
    private static final Color CAPTION = new Color(0x606060);
    private static final int LINE = 15;

    private HeatMap() {
    }

    /**
     * @param max the value of the top colour
     * @param caption what {@code max} is, printed under it ({@link FieldScale#caption()})
     */
    static void draw(BufferedImage image, Graphics2D g, FrameLayout layout, Snapshot s, double max, String caption,
            ColourMap map) {
        field(image, layout, s, max, map);
        bar(image, g, layout, s, max, caption, map);
    }

    /** The colour of {@code value} on a scale from 0 to {@code max}. */
    static int colour(double value, double max, ColourMap map) {
        if (Double.isNaN(value)) {
            return NO_VALUE;
        }
        return max > 0 ? map.rgb(value / max) : map.bottom();
    }

    private static void field(BufferedImage image, FrameLayout layout, Snapshot s, double max, ColourMap map) {
        Grid grid = s.grid();
        int[] line = new int[layout.panelWidth()];
        for (int py = layout.top(); py < layout.top() + layout.panelHeight(); py++) {
            int rowStart = grid.nx() * layout.row(py, grid.ny());
            for (int x = 0; x < line.length; x++) {
                double v = s.field()[rowStart + layout.column(layout.fieldX() + x, layout.fieldX(), grid.nx())];
                line[x] = colour(v, max, map);
            }
            image.setRGB(layout.fieldX(), py, line.length, 1, line, 0, line.length);
        }
    }

    private static void bar(BufferedImage image, Graphics2D g, FrameLayout layout, Snapshot s, double max,
            String caption, ColourMap map) {
        int h = layout.barHeight();
        int[] line = new int[FrameLayout.BAR_WIDTH];
        for (int r = 0; r < h; r++) {
            // Top row is the maximum, bottom row 0.
            Arrays.fill(line, map.rgb(h == 1 ? 1 : 1 - r / (double) (h - 1)));
            image.setRGB(layout.barX(), layout.top() + r, line.length, 1, line, 0, line.length);
        }
        g.setColor(FRAME);
        g.drawRect(layout.barX() - 1, layout.top() - 1, FrameLayout.BAR_WIDTH + 1, h + 1);

        g.setColor(TEXT);
        FontMetrics fm = g.getFontMetrics();
        int labelX = layout.barX() + FrameLayout.BAR_WIDTH + 6;
        String unit = s.fieldUnit() == null || s.fieldUnit().isBlank() ? "" : " " + s.fieldUnit();
        g.drawString(Numbers.compact(max) + unit, labelX, layout.top() + fm.getAscent());
        g.drawString("0", labelX, layout.top() + h);
        g.setColor(CAPTION);
        g.drawString("(" + caption + ")", labelX, layout.top() + fm.getAscent() + LINE);
    }
}
