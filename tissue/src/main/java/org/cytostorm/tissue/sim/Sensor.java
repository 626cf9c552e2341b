package org.cytostorm.tissue.sim;

import org.cytostorm.tissue.rules.Signal;

/**
 * What one cell senses, read where it sits. One sensor per worker chunk is reused for every cell
 * the chunk visits, so sensing allocates nothing. Drugs act here: a neutralising antibody lowers
 * the concentration a cell senses, not the concentration in the field.
 */
final class Sensor {
    private final double[][] values;
    private final Lattice lattice;
    private final double[] sensedScale;
    private final double[] internalScale;
    private final double[] plasma;
    private final double[] scratch;
    private int voxel;
    private boolean onLattice;

    Sensor(double[][] values, Lattice lattice, double[] sensedScale, double[] internalScale, double[] plasma,
            int types) {
        this.scratch = new double[types];
        this.values = values;
        this.lattice = lattice;
        this.sensedScale = sensedScale;
        this.internalScale = internalScale;
        this.plasma = plasma;
    }

    /** Senses for the lattice cell of {@code voxel}, or for a mobile cell in it. */
    void at(int voxel, boolean latticeCell) {
        this.voxel = voxel;
        this.onLattice = latticeCell;
    }

    int voxel() {
        return voxel;
    }

    /** Room for one rate per cell type, reused by the chunk that owns this sensor. */
    double[] scratch() {
        return scratch;
    }

    double sense(Signal s) {
        if (s instanceof Signal.Field f) {
            return values[f.field()][voxel] * sensedScale[f.field()];
        }
        if (s instanceof Signal.Internal in) {
            return onLattice ? lattice.internal(in.field(), voxel) * internalScale[in.field()] : 0;
        }
        if (s instanceof Signal.Plasma p) {
            return plasma[p.field()] * sensedScale[p.field()];
        }
        Signal.Product p = (Signal.Product) s;
        return sense(p.left()) * sense(p.right());
    }
}
