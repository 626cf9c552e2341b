package org.cytostorm.tissue.diffusion;

import java.util.Objects;

import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.parallel.RangeTask;
import org.cytostorm.tissue.parallel.Workers;

/**
 * Advances all fields of a {@link Fields} by a fixed time step, as BioFVM does:
 *
 * <ol>
 *   <li>secretion and uptake, implicitly per voxel: {@code p ← (p + dt·source)/(1 + dt·uptake)};</li>
 *   <li>diffusion and decay by locally one-dimensional splitting: a backward-Euler solve along x,
 *   then y, then z (volumes only), each carrying {@code λ/d} of the decay, each a tridiagonal
 *   system solved by the Thomas algorithm.</li>
 * </ol>
 *
 * Every part is implicit, so any step is stable and keeps concentrations non-negative; the step is
 * chosen for accuracy (first order in time, second order in space). With no-flux faces and no
 * decay, each sweep conserves the total exactly (up to rounding). A substrate with zero diffusion
 * coefficient only decays, still implicitly.
 *
 * <p>The matrices depend only on the grid, the coefficients, the step and the kind of boundary, so
 * their factors ({@link LineFactors}) are computed when those are set, and {@link #step()}
 * allocates nothing. The sweeps run over independent lines on {@link Workers}; each voxel's
 * arithmetic is the same whatever the partition, so the results are bitwise the same on any number
 * of threads.
 *
 * <p>Not thread-safe: one thread configures and steps a solver.
 */
public final class DiffusionSolver {

    /** x lines per group: the group's secretion pass is done just before its solve, while in L1. */
    private static final int GROUP = 4;

    /**
     * Neighbouring lines per block in the y and z sweeps: a block of 256 columns by a few hundred
     * rows (under 1 MB) stays in the core's L2 cache between the forward and the backward pass.
     */
    private static final int BLOCK = 256;

    /**
     * Planes per thread from which a volume's x and y solves are done plane by plane: with fewer,
     * whole planes would share out unevenly between threads.
     */
    private static final int PLANES_PER_THREAD = 4;

    private final Fields fields;
    private final Grid grid;
    private final Workers workers;
    private final int count;
    private double dt;

    /** Per field and {@link Face}: whether the face is fixed, and the ghost value (0 where no flux). */
    private final boolean[][] fixed;
    private final double[][] ghost;
    /** Per field and axis; null for a substrate that does not diffuse. */
    private final LineFactors[][] factors;
    /** Per field: {@code (1 + λ·dt/d)^−d}, the whole step's decay of a substrate that does not diffuse. */
    private final double[] wholeDecay;
    private boolean anyDiffuses;

    private final RangeTask xSweep = this::sweepX;
    private final RangeTask ySweep = this::sweepY;
    private final RangeTask xySweep = this::sweepXY;
    private final RangeTask zSweep = this::sweepZ;

    /**
     * A solver with no-flux faces everywhere.
     *
     * @param fields the data it advances in place
     * @param dt time step, min, positive and finite
     * @param workers threads for the sweeps (not closed by the solver)
     */
    public DiffusionSolver(Fields fields, double dt, Workers workers) {
        this.fields = Objects.requireNonNull(fields, "fields");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.grid = fields.grid();
        this.count = fields.count();
        this.fixed = new boolean[count][Face.values().length];
        this.ghost = new double[count][Face.values().length];
        this.factors = new LineFactors[count][];
        this.wholeDecay = new double[count];
        setTimeStep(dt);
    }

    public Fields fields() {
        return fields;
    }

    /** The time step, min. */
    public double timeStep() {
        return dt;
    }

    /**
     * Changes the time step (and recomputes the factors: not for every step).
     *
     * @param dt min, positive and finite
     */
    public void setTimeStep(double dt) {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("diffusion time step must be positive and finite, got " + dt + " min");
        }
        this.dt = dt;
        for (int f = 0; f < count; f++) {
            refactor(f);
        }
    }

    /** Sets the boundary of every face of field {@code f} (the four edges of a planar grid). */
    public void setBoundary(int f, Boundary boundary) {
        for (Face face : Face.values()) {
            if (face.axis() < grid.dimensions()) {
                put(f, face, boundary);
            }
        }
        refactor(f);
    }

    /**
     * Sets the boundary of one face of field {@code f}.
     *
     * @throws IllegalArgumentException for a z face of a planar grid, which has none
     */
    public void setBoundary(int f, Face face, Boundary boundary) {
        if (face.axis() >= grid.dimensions()) {
            throw new IllegalArgumentException("a planar grid has no " + face + " face (substrate '"
                    + fields.substrate(f).name() + "')");
        }
        put(f, face, boundary);
        refactor(f);
    }

    /** The boundary now on a face of field {@code f}, with its current value. */
    public Boundary boundary(int f, Face face) {
        Objects.checkIndex(f, count);
        return fixed[f][face.ordinal()] ? Boundary.fixed(ghost[f][face.ordinal()]) : Boundary.noFlux();
    }

    /**
     * Changes the value held on every fixed face of field {@code f}, without allocating: for a
     * boundary that follows another model (a patient's plasma) step by step.
     *
     * @param value concentration, finite and ≥ 0
     * @throws IllegalStateException when no face of the field is fixed
     */
    public void setFixedValue(int f, double value) {
        Objects.checkIndex(f, count);
        Boundary.Fixed.checkValue(value);
        boolean any = false;
        for (int face = 0; face < ghost[f].length; face++) {
            if (fixed[f][face]) {
                ghost[f][face] = value;
                any = true;
            }
        }
        if (!any) {
            throw new IllegalStateException("substrate '" + fields.substrate(f).name() + "' has no fixed boundary face");
        }
    }

    private void put(int f, Face face, Boundary boundary) {
        Objects.checkIndex(f, count);
        Objects.requireNonNull(boundary, "boundary");
        int i = face.ordinal();
        if (boundary instanceof Boundary.Fixed b) {
            fixed[f][i] = true;
            ghost[f][i] = b.value();
        } else {
            fixed[f][i] = false;
            ghost[f][i] = 0;
        }
    }

    /** Recomputes field {@code f}'s factors from its coefficients, the step and its boundary kinds. */
    private void refactor(int f) {
        Substrate s = fields.substrate(f);
        int d = grid.dimensions();
        double decayShare = s.decay() * dt / d;
        if (s.diffusion() == 0) {
            factors[f] = null;
            wholeDecay[f] = Math.pow(1 + decayShare, -d);
        } else {
            double r = s.diffusion() * dt / (grid.dx() * grid.dx());
            int[] n = {grid.nx(), grid.ny(), grid.nz()};
            LineFactors[] axes = new LineFactors[d];
            for (int a = 0; a < d; a++) {
                axes[a] = LineFactors.of(n[a], r, decayShare, fixed[f][2 * a], fixed[f][2 * a + 1]);
            }
            factors[f] = axes;
        }
        boolean diffuses = false;
        for (LineFactors[] axes : factors) {
            diffuses |= axes != null;
        }
        anyDiffuses = diffuses;
    }

    /**
     * Advances every field by one time step. Allocates nothing.
     *
     * <p>In a volume with enough planes to share out, the x and y solves of a plane are done
     * together, while the plane is in the core's cache: a field of a 100³ grid is 8 MB, and reading
     * it once less from memory is worth more than the arithmetic. Otherwise (a planar grid, or a
     * slab of a few planes) the x sweep runs over lines and the y sweep over columns, which shares
     * out evenly. Both orders do the same arithmetic on each voxel.
     */
    public void step() {
        if (grid.isVolume() && grid.nz() >= PLANES_PER_THREAD * workers.threads()) {
            workers.forRange(grid.nz(), xySweep);
        } else {
            workers.forRange(grid.ny() * grid.nz(), xSweep);
            if (anyDiffuses) {
                workers.forRange(grid.nz() * grid.nx(), ySweep);
            }
        }
        if (anyDiffuses && grid.isVolume()) {
            workers.forRange(grid.nx() * grid.ny(), zSweep);
        }
    }

    /** The x and then the y solve (secretion first) of planes {@code [from, to)}. */
    private void sweepXY(int from, int to) {
        int ny = grid.ny();
        int nx = grid.nx();
        for (int k = from; k < to; k++) {
            sweepX(k * ny, (k + 1) * ny);
            sweepY(k * nx, (k + 1) * nx);
        }
    }

    /** Secretion and uptake, then the x solve, for x lines {@code [from, to)} (line = j + ny·k). */
    private void sweepX(int from, int to) {
        int nx = grid.nx();
        for (int f = 0; f < count; f++) {
            double[] p = fields.values(f);
            double[] s = fields.source(f);
            double[] u = fields.uptake(f);
            LineFactors[] axes = factors[f];
            if (axes == null) {
                Sweeps.secreteAndDecay(p, s, u, dt, wholeDecay[f], from * nx, to * nx);
                continue;
            }
            double low = ghost[f][Face.X_MIN.ordinal()];
            double high = ghost[f][Face.X_MAX.ordinal()];
            for (int l = from; l < to; l += GROUP) {
                int lines = Math.min(GROUP, to - l);
                Sweeps.secrete(p, s, u, dt, l * nx, (l + lines) * nx);
                Sweeps.lines(p, l * nx, nx, lines, axes[0], low, high);
            }
        }
    }

    /** The y solve for columns {@code [from, to)}, column {@code i + nx·k} being x position i of plane k. */
    private void sweepY(int from, int to) {
        int nx = grid.nx();
        int plane = nx * grid.ny();
        for (int f = 0; f < count; f++) {
            LineFactors[] axes = factors[f];
            if (axes == null) {
                continue;
            }
            double[] p = fields.values(f);
            double low = ghost[f][Face.Y_MIN.ordinal()];
            double high = ghost[f][Face.Y_MAX.ordinal()];
            for (int column = from; column < to; ) {
                int k = column / nx;
                int end = Math.min(to, (k + 1) * nx);
                for (int c = column; c < end; c += BLOCK) {
                    int width = Math.min(BLOCK, end - c);
                    Sweeps.rows(p, k * plane + (c - k * nx), nx, grid.ny(), width, axes[1], low, high);
                }
                column = end;
            }
        }
    }

    /** The z solve for the voxel columns above plane positions {@code [from, to)}. */
    private void sweepZ(int from, int to) {
        int plane = grid.nx() * grid.ny();
        for (int f = 0; f < count; f++) {
            LineFactors[] axes = factors[f];
            if (axes == null) {
                continue;
            }
            double[] p = fields.values(f);
            double low = ghost[f][Face.Z_MIN.ordinal()];
            double high = ghost[f][Face.Z_MAX.ordinal()];
            for (int c = from; c < to; c += BLOCK) {
                Sweeps.rows(p, c, plane, grid.nz(), Math.min(BLOCK, to - c), axes[2], low, high);
            }
        }
    }
}
