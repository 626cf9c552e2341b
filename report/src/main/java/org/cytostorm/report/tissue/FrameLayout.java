package org.cytostorm.report.tissue;

import org.cytostorm.tissue.cells.Paint;
import org.cytostorm.tissue.grid.Grid;

/**
 * Where everything sits on a frame, from the grid alone: the title line on top, the cell panel on
 * the left, the field panel to its right with the colour bar beside it, the legend below. The
 * layout does not depend on what a frame shows (the legend has room for every paint), so all frames
 * of a run have one size and can be stacked into an animation.
 *
 * <p>Scale: an integer number of pixels per voxel, so voxels are crisp squares of equal size,
 * chosen so that a panel is at least {@value #MIN_PANEL} px wide (1 px per voxel for a 400-voxel
 * line, 40 px for a 10-voxel one), but no panel side longer than {@value #MAX_PANEL} px. A grid with
 * more than {@value #MAX_PANEL} voxels along a side cannot be drawn at one pixel per voxel within that
 * bound; it gets a fractional scale and each pixel shows the voxel under its centre.
 *
 * <p>Panels are drawn with y pointing up, as in a plot: voxel row 0 is the bottom row.
 *
 * @param scale pixels per voxel (an integer when at least 1)
 * @param panelWidth width of each panel, px
 * @param panelHeight height of each panel, px
 * @param cellsX left edge of the cell panel
 * @param fieldX left edge of the field panel
 * @param top top edge of both panels
 * @param barX left edge of the colour bar
 * @param barHeight height of the colour bar (the panel height, or more for very flat panels)
 * @param legendTop top of the legend
 * @param legendColumns legend entries per row
 * @param width image width
 * @param height image height
 */
public record FrameLayout(double scale, int panelWidth, int panelHeight, int cellsX, int fieldX, int top,
        int barX, int barHeight, int legendTop, int legendColumns, int width, int height) {

    /** A panel is made at least this wide when the cap allows, px. */
    public static final int MIN_PANEL = 400;

    /** No panel side is longer than this, px: two panels side by side stay on a screen. */
    public static final int MAX_PANEL = 1024;

    static final int MARGIN = 12;
    static final int TITLE_HEIGHT = 30;
    static final int PANEL_GAP = 24;
    static final int BAR_GAP = 10;
    static final int BAR_WIDTH = 16;
    /** Room for the bar's labels: "1.23e+04 pg/mL" in a 12 px font. */
    static final int BAR_LABEL_WIDTH = 110;
    static final int LEGEND_GAP = 12;
    static final int LEGEND_ROW = 18;
    /** Room for one legend entry: swatch and the longest label ("epithelium infected"). */
    static final int LEGEND_COLUMN = 170;
    /** The bar needs room for a label at each end and the caption under the top one. */
    static final int MIN_BAR = 64;
    /** Room for the title line. */
    static final int MIN_WIDTH = 480;

    /** The layout of every frame of {@code grid}. */
    public static FrameLayout of(Grid grid) {
        double scale = scale(grid.nx(), grid.ny());
        int panelWidth = Math.max(1, (int) Math.round(grid.nx() * scale));
        int panelHeight = Math.max(1, (int) Math.round(grid.ny() * scale));
        int cellsX = MARGIN;
        int fieldX = cellsX + panelWidth + PANEL_GAP;
        int barX = fieldX + panelWidth + BAR_GAP;
        int width = Math.max(MIN_WIDTH, barX + BAR_WIDTH + 6 + BAR_LABEL_WIDTH + MARGIN);
        int top = MARGIN + TITLE_HEIGHT;
        int barHeight = Math.max(panelHeight, MIN_BAR);
        int legendTop = top + barHeight + LEGEND_GAP;
        int legendColumns = Math.max(1, (width - 2 * MARGIN) / LEGEND_COLUMN);
        int legendRows = (Paint.values().length + legendColumns - 1) / legendColumns;
        int height = legendTop + legendRows * LEGEND_ROW + MARGIN;
        return new FrameLayout(scale, panelWidth, panelHeight, cellsX, fieldX, top, barX, barHeight, legendTop,
                legendColumns, width, height);
    }

    /** Pixels per voxel for a grid of {@code nx × ny} voxels in the layer; see the class comment. */
    static double scale(int nx, int ny) {
        int longest = Math.max(nx, ny);
        if (longest > MAX_PANEL) {
            return MAX_PANEL / (double) longest;
        }
        int wanted = (MIN_PANEL + nx - 1) / nx;
        int allowed = MAX_PANEL / longest;
        return Math.max(1, Math.min(wanted, allowed));
    }

    /**
     * The voxel column under pixel column {@code px} of a panel whose left edge is {@code panelX}: the
     * voxel under the pixel's centre. The caller stays inside the panel.
     */
    int column(int px, int panelX, int nx) {
        return Math.min(nx - 1, (int) ((px - panelX + 0.5) / scale));
    }

    /** The voxel row under pixel row {@code py} of a panel: y points up, so the top pixel row shows row ny - 1. */
    int row(int py, int ny) {
        return ny - 1 - Math.min(ny - 1, (int) ((py - top + 0.5) / scale));
    }
}
