package org.cytostorm.tissue.sim;

import org.cytostorm.common.random.KeyedRandom;
import org.cytostorm.tissue.config.Layout;
import org.cytostorm.tissue.config.Region;
import org.cytostorm.tissue.config.Scatter;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.grid.Grid;

/**
 * Lays out the tissue at time 0: fill, vessel mesh, regions in order, then scattered mobile cells.
 * Scattering draws each voxel's count from keyed random numbers, so the layout depends only on the
 * seed.
 */
final class LayoutBuilder {
    private LayoutBuilder() {
    }

    static void build(TissueConfig config, Lattice lattice, Agents agents, KeyedRandom random, long[] nextId) {
        Grid g = config.grid();
        Layout layout = config.layout();
        for (int v = 0; v < g.voxels(); v++) {
            lattice.type[v] = (short) layout.fill();
            if (layout.vessel() >= 0 && onVessel(g, v, layout.vesselSpacing())) {
                lattice.type[v] = (short) layout.vessel();
            }
        }
        for (Region r : layout.regions()) {
            double cx = r.x() * g.width();
            double cy = r.y() * g.height();
            double cz = g.isVolume() ? r.z() * g.depth() : g.centre(0);
            for (int v = 0; v < g.voxels(); v++) {
                double dx = g.centre(g.i(v)) - cx;
                double dy = g.centre(g.j(v)) - cy;
                double dz = g.centre(g.k(v)) - cz;
                if (dx * dx + dy * dy + dz * dz <= r.radius() * r.radius() && !isVessel(config, lattice, v)) {
                    lattice.type[v] = (short) r.type();
                }
            }
        }
        for (Scatter s : layout.scatter()) {
            for (int v = 0; v < g.voxels(); v++) {
                // Bernoulli per voxel for densities below one; the integer part places that many more
                double density = s.perVoxel();
                int n = (int) density;
                if (random.uniform(v, s.type(), Purpose.LAYOUT) < density - n) {
                    n++;
                }
                for (int c = 0; c < n; c++) {
                    long key = (long) v * 64 + c;
                    double x = (g.i(v) + random.uniform(key, s.type(), Purpose.MOVE_X)) * g.dx();
                    double y = (g.j(v) + random.uniform(key, s.type(), Purpose.MOVE_Y)) * g.dx();
                    double z = g.isVolume() ? (g.k(v) + random.uniform(key, s.type(), Purpose.MOVE_Z)) * g.dx()
                            : g.centre(0);
                    agents.add(nextId[0]++, s.type(), x, y, z);
                }
            }
        }
    }

    private static boolean isVessel(TissueConfig config, Lattice lattice, int v) {
        int t = lattice.type[v];
        return t >= 0 && t == config.layout().vessel();
    }

    /** A square mesh: every {@code spacing}-th row and column (and layer, in 3-D). */
    private static boolean onVessel(Grid g, int v, int spacing) {
        int half = spacing / 2;
        boolean row = (g.j(v) + half) % spacing == 0;
        boolean col = (g.i(v) + half) % spacing == 0;
        if (g.isVolume()) {
            boolean layer = (g.k(v) + half) % spacing == 0;
            return (row && col) || (row && layer) || (col && layer);
        }
        return row || col;
    }
}
