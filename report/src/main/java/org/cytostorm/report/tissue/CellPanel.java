package org.cytostorm.report.tissue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.cytostorm.tissue.cells.Paint;
import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.sim.Snapshot;

/**
 * The left panel: each voxel filled with its lattice cell's paint, mobile cells on top as discs of
 * about one cell diameter. Voxels are written pixel by pixel rather than through Graphics2D, so
 * every pixel of a voxel has exactly its paint's colour (no anti-aliasing, no interpolation), and a
 * reader sees the lattice as it is. A null paint is drawn as {@link Paint#EMPTY}; a mobile cell
 * without a finite position is not drawn, and one outside the grid is clipped away.
 */
final class CellPanel {

    /** Diameter of a mobile cell as drawn, µm: a lymphocyte or neutrophil is about 7 to 12 µm across. */
    static final double CELL_DIAMETER_UM = 8;

    /** Smallest disc drawn, px: a disc of one pixel would be lost among voxels of the same size. */
    static final int MIN_DISC_PX = 2;

    /** Discs at least this large get an outline, so a cell on a voxel of its own colour stays visible. */
    static final int OUTLINE_FROM_PX = 8;

    private static final Color OUTLINE = new Color(0x202020);

    private CellPanel() {
    }

    static void draw(BufferedImage image, Graphics2D g, FrameLayout layout, Snapshot s) {
        voxels(image, layout, s);
        agents(g, layout, s);
    }

    private static void voxels(BufferedImage image, FrameLayout layout, Snapshot s) {
        Grid grid = s.grid();
        int[] line = new int[layout.panelWidth()];
        for (int py = layout.top(); py < layout.top() + layout.panelHeight(); py++) {
            int rowStart = grid.nx() * layout.row(py, grid.ny());
            for (int x = 0; x < line.length; x++) {
                Paint paint = s.voxelPaint()[rowStart + layout.column(layout.cellsX() + x, layout.cellsX(), grid.nx())];
                line[x] = Palette.rgb(paint == null ? Paint.EMPTY : paint);
            }
            image.setRGB(layout.cellsX(), py, line.length, 1, line, 0, line.length);
        }
    }

    /** Disc diameter in pixels for a grid of voxel side {@code dx} drawn at {@code scale} px per voxel. */
    static int discDiameter(double dx, double scale) {
        return Math.max(MIN_DISC_PX, (int) Math.round(CELL_DIAMETER_UM / dx * scale));
    }

    private static void agents(Graphics2D g, FrameLayout layout, Snapshot s) {
        Graphics2D panel = (Graphics2D) g.create();
        try {
            panel.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            panel.clipRect(layout.cellsX(), layout.top(), layout.panelWidth(), layout.panelHeight());
            double dx = s.grid().dx();
            double pxPerUm = layout.scale() / dx;
            int d = discDiameter(dx, layout.scale());
            for (int a = 0; a < s.agents(); a++) {
                double x = s.agentX()[a];
                double y = s.agentY()[a];
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    continue;
                }
                // Pixel coordinates of the cell's centre; y points up in the panel.
                double cx = layout.cellsX() + x * pxPerUm;
                double cy = layout.top() + layout.panelHeight() - y * pxPerUm;
                int left = (int) Math.floor(cx - d / 2.0 + 0.5);
                int upper = (int) Math.floor(cy - d / 2.0 + 0.5);
                Paint paint = s.agentPaint()[a] == null ? Paint.EMPTY : s.agentPaint()[a];
                panel.setColor(new Color(Palette.rgb(paint)));
                if (d < OUTLINE_FROM_PX) {
                    // Small discs: an oval this small rasterises unevenly; a square is as good a dot.
                    panel.fillRect(left, upper, d, d);
                } else {
                    panel.fillOval(left, upper, d, d);
                    panel.setColor(OUTLINE);
                    panel.drawOval(left, upper, d - 1, d - 1);
                }
            }
        } finally {
            panel.dispose();
        }
    }
}
