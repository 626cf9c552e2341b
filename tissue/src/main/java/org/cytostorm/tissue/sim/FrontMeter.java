package org.cytostorm.tissue.sim;

import org.cytostorm.tissue.cells.Kind;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.grid.Grid;

/**
 * Where the front of dead tissue is: the radius, from the focus, out to which every shell of
 * parenchymal voxels (epithelium and tumour, the tissue that can die) is at least half dead. Shells
 * are one voxel thick. A ring of survivors inside the front stops it there, so scattered deaths
 * beyond it do not count as spread.
 */
final class FrontMeter {
    private final Grid grid;
    private final double fx;
    private final double fy;
    private final double fz;
    private final int[] shell;
    private final int[] dead;
    private final int[] total;

    FrontMeter(TissueConfig config) {
        this.grid = config.grid();
        double[] focus = config.layout().focus();
        this.fx = focus[0] * grid.width();
        this.fy = focus[1] * grid.height();
        this.fz = grid.isVolume() ? focus[2] * grid.depth() : grid.centre(0);
        this.shell = new int[grid.voxels()];
        int max = 0;
        for (int v = 0; v < grid.voxels(); v++) {
            double dx = grid.centre(grid.i(v)) - fx;
            double dy = grid.centre(grid.j(v)) - fy;
            double dz = grid.centre(grid.k(v)) - fz;
            shell[v] = (int) (Math.sqrt(dx * dx + dy * dy + dz * dz) / grid.dx());
            max = Math.max(max, shell[v]);
        }
        this.dead = new int[max + 1];
        this.total = new int[max + 1];
    }

    /** Front radius in µm. */
    double front(TissueConfig config, Lattice lattice) {
        java.util.Arrays.fill(dead, 0);
        java.util.Arrays.fill(total, 0);
        for (int v = 0; v < grid.voxels(); v++) {
            int t = lattice.type[v];
            if (t < 0) {
                continue;
            }
            Kind k = config.types().get(t).kind();
            if (k != Kind.EPITHELIAL && k != Kind.TUMOUR) {
                continue;
            }
            total[shell[v]]++;
            if (Status.dead(lattice.status[v])) {
                dead[shell[v]]++;
            }
        }
        double radius = 0;
        for (int s = 0; s < total.length; s++) {
            if (total[s] == 0) {
                continue;
            }
            if (2 * dead[s] < total[s]) {
                break;
            }
            radius = (s + 1) * grid.dx();
        }
        return radius;
    }

    /** The farthest dead parenchymal cell from the focus, µm (how far damage reached at all). */
    double farthestDeath(TissueConfig config, Lattice lattice) {
        double far = 0;
        for (int v = 0; v < grid.voxels(); v++) {
            int t = lattice.type[v];
            if (t >= 0 && Status.dead(lattice.status[v])) {
                Kind k = config.types().get(t).kind();
                if (k == Kind.EPITHELIAL || k == Kind.TUMOUR) {
                    double dx = grid.centre(grid.i(v)) - fx;
                    double dy = grid.centre(grid.j(v)) - fy;
                    double dz = grid.centre(grid.k(v)) - fz;
                    far = Math.max(far, Math.sqrt(dx * dx + dy * dy + dz * dz));
                }
            }
        }
        return far;
    }
}
