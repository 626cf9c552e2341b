package org.cytostorm.tissue.sim;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.tissue.cells.CellType;
import org.cytostorm.tissue.cells.Paint;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.grid.Grid;

/** Copies what a frame shows out of the running tissue: the middle layer in 3-D. */
public final class Snapshots {
    private Snapshots() {
    }

    public static Snapshot of(TissueSimulation sim, int field) {
        TissueConfig config = sim.config();
        Grid g = config.grid();
        int layer = g.nz() / 2;
        int plane = g.nx() * g.ny();
        Paint[] paint = new Paint[plane];
        double[] values = new double[plane];
        double[] source = sim.fields().values(field);
        Lattice lattice = sim.lattice();
        for (int p = 0; p < plane; p++) {
            int v = p + layer * plane;
            values[p] = source[v];
            paint[p] = paint(config, lattice.type[v], lattice.status[v]);
        }
        List<Integer> inLayer = new ArrayList<>();
        Agents agents = sim.agents();
        for (int a = 0; a < agents.count; a++) {
            if (g.k(g.voxelAt(agents.x[a], agents.y[a], agents.z[a])) == layer) {
                inLayer.add(a);
            }
        }
        double[] x = new double[inLayer.size()];
        double[] y = new double[inLayer.size()];
        Paint[] ap = new Paint[inLayer.size()];
        for (int i = 0; i < x.length; i++) {
            int a = inLayer.get(i);
            x[i] = agents.x[a];
            y[i] = agents.y[a];
            ap[i] = config.types().get(agents.type[a]).paint();
        }
        return new Snapshot(g, sim.minutes(), layer, paint, x, y, ap, config.fields().get(field).label(),
                config.fields().get(field).unit(), values);
    }

    private static Paint paint(TissueConfig config, int type, byte status) {
        if (type < 0) {
            return Paint.EMPTY;
        }
        switch (status) {
            case Status.LYSED:
                return Paint.DEAD_LYTIC;
            case Status.APOPTOTIC:
                return Paint.DEAD_APOPTOTIC;
            case Status.DYING:
                return Paint.EPITHELIUM_DYING;
            default:
                CellType t = config.types().get(type);
                return t.paint();
        }
    }
}
