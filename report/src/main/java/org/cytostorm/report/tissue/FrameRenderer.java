package org.cytostorm.report.tissue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.cytostorm.tissue.cells.Paint;
import org.cytostorm.tissue.sim.Snapshot;

/**
 * Draws one frame of the tissue: a title line (time and field), the cells on the left, the field as
 * a heat map on the right with its colour bar, and a legend of the paints present. A frame is
 * an ordinary RGB image, for {@link PngFrames} to write and {@link GifAnimation} to stack.
 *
 * <p>Where things go is {@link FrameLayout}'s job (one size per grid); how the heat map's top colour
 * is chosen is {@link FieldScale}'s (the colour bar names it). Shapes are drawn without anti-aliasing, so voxels stay crisp and
 * every pixel of a voxel has its paint's exact colour; only text is smoothed.
 *
 * <p>Not thread-safe when given a {@link FieldScale#growing() growing} scale (it remembers the
 * frames it drew); otherwise one renderer may draw frames from several threads.
 */
public final class FrameRenderer {

    static {
        // Frames are drawn on servers and in CI without a display; AWT must not look for one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color TEXT = new Color(0x202020);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final FieldScale scale;
    private final ColourMap map;

    /** A renderer scaling each frame's heat map to that frame's maximum. */
    public FrameRenderer() {
        this(FieldScale.perFrame());
    }

    /** A renderer with the given heat map scale and the viridis colour map. */
    public FrameRenderer(FieldScale scale) {
        this.scale = scale;
        this.map = ColourMap.VIRIDIS;
    }

    /** The frame of {@code s}, {@link BufferedImage#TYPE_INT_RGB}, of the size {@link FrameLayout#of} gives its grid. */
    public BufferedImage render(Snapshot s) {
        FrameLayout layout = FrameLayout.of(s.grid());
        double max = scale.maxFor(s.field());
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, layout.width(), layout.height());

            g.setColor(TEXT);
            g.setFont(TITLE_FONT);
            g.drawString(title(s), FrameLayout.MARGIN, FrameLayout.MARGIN + g.getFontMetrics().getAscent());

            g.setFont(LABEL_FONT);
            CellPanel.draw(image, g, layout, s);
            HeatMap.draw(image, g, layout, s, max, scale.caption(), map);
            Legend.draw(g, layout, Legend.present(s));
            ScaleBar.draw(g, layout, s.grid().dx(), TEXT, LABEL_FONT);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The title line: time in hours with one decimal, the field and its unit, and the layer for a
     * volume, for example {@code t = 12.5 h · IL6 (pg/mL)}.
     */
    public static String title(Snapshot s) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "t = %.1f h", s.minutes() / 60));
        if (s.fieldName() != null && !s.fieldName().isBlank()) {
            t.append(" \u00b7 ").append(s.fieldName());
            if (s.fieldUnit() != null && !s.fieldUnit().isBlank()) {
                t.append(" (").append(s.fieldUnit()).append(')');
            }
        }
        if (s.grid().isVolume()) {
            t.append(" \u00b7 layer ").append(s.layer() + 1).append(" of ").append(s.grid().nz());
        }
        return t.toString();
    }

    /** The paints the legend of {@code s} lists: those of its voxels and mobile cells, in declared order. */
    public static List<Paint> legend(Snapshot s) {
        return Legend.present(s);
    }

    /** Diameter of a mobile cell's disc on a frame of {@code s}'s grid, px. */
    public static int discDiameter(Snapshot s) {
        return CellPanel.discDiameter(s.grid().dx(), FrameLayout.of(s.grid()).scale());
    }
}
