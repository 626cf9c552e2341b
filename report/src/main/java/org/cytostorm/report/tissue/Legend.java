package org.cytostorm.report.tissue;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cytostorm.tissue.cells.Paint;
import org.cytostorm.tissue.sim.Snapshot;

/**
 * The legend under the panels: a swatch and a name for each paint present in the frame, in the
 * paints' declared order (so an entry keeps its place from frame to frame when others come and go).
 */
final class Legend {

    private static final int SWATCH = 12;
    private static final Color BORDER = new Color(0x808080);
    private static final Color TEXT = new Color(0x202020);

    private Legend() {
    }

    /** The paints used by the frame's voxels or mobile cells, in declared order. */
    static List<Paint> present(Snapshot s) {
        Set<Paint> used = EnumSet.noneOf(Paint.class);
        for (Paint p : s.voxelPaint()) {
            used.add(p == null ? Paint.EMPTY : p);
        }
        for (Paint p : s.agentPaint()) {
            used.add(p == null ? Paint.EMPTY : p);
        }
        return new ArrayList<>(used);
    }

    static void draw(Graphics2D g, FrameLayout layout, List<Paint> paints) {
        FontMetrics fm = g.getFontMetrics();
        for (int n = 0; n < paints.size(); n++) {
            int x = FrameLayout.MARGIN + (n % layout.legendColumns()) * FrameLayout.LEGEND_COLUMN;
            int y = layout.legendTop() + (n / layout.legendColumns()) * FrameLayout.LEGEND_ROW;
            Paint p = paints.get(n);
            g.setColor(new Color(Palette.rgb(p)));
            g.fillRect(x, y, SWATCH, SWATCH);
            g.setColor(BORDER);
            g.drawRect(x, y, SWATCH - 1, SWATCH - 1);
            g.setColor(TEXT);
            g.drawString(Palette.label(p), x + SWATCH + 6, y + (SWATCH + fm.getAscent() - fm.getDescent()) / 2);
        }
    }
}
