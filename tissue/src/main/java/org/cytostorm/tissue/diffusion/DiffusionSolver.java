package org.cytostorm.tissue.diffusion;

import java.util.Objects;
import java.util.stream.IntStream;

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
     * Field planes per thread from which a volume's x and y solves are done plane by plane: with
     * fewer, whole planes would share out unevenly between threads.
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
    /** The fields that diffuse, and those that do not: each kind is shared out separately. */
    private int[] diffusing = new int[0];
    private int[] still = new int[0];

    private final RangeTask stillStep = this::stepStill;
    private final RangeTask xSweep = this::sweepX;
    private final RangeTask ySweep = this::sweepY;
    private final RangeTask xySweep = this::sweepXY;
    private final RangeTask fieldSweep = this::sweepFields;
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
        long units = (long) count * Math.max(grid.nx() * grid.ny(), Math.max(grid.ny() * grid.nz(), grid.nz() * grid.nx()));
        if (units > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(count + " substrates on a " + grid.nx() + " × " + grid.ny() + " × "
                    + grid.nz() + " grid are more grid lines than the solver shares out (" + units + ")");
        }
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
        diffusing = IntStream.range(0, count).filter(g -> factors[g] != null).toArray();
        still = IntStream.range(0, count).filter(g -> factors[g] == null).toArray();
    }

    /**
     * Advances every field by one time step. Allocates nothing.
     *
     * <p>The order of work is chosen for the cache; every order does the same arithmetic on each
     * voxel. Work units are numbered field by field, so that with several fields a thread keeps
     * whole fields and its y solve reads what its own x solve left in its cache, not another
     * core's.
     *
     * <ul>
     *   <li>Planar grid, diffusing fields a multiple of the thread count: each thread takes whole
     *   fields, x then y (a 400 × 400 field, 1.3 MB, stays in the core's L2 cache between them).</li>
     *   <li>Volume with enough field planes to share out: x then y plane by plane, while the plane
     *   is in the cache (a 100³ field is 8 MB: reading it once less from memory is worth more than
     *   the arithmetic), then z.</li>
     *   <li>Otherwise: x over lines, then y over columns (then z), which shares out evenly.</li>
     * </ul>
     *
     * Substrates that do not diffuse are stepped in a pass of their own, so they do not unbalance
     * the others' shares.
     */
    public void step() {
        int lines = grid.ny() * grid.nz();
        if (still.length > 0) {
            workers.forRange(still.length * lines, stillStep);
        }
        int n = diffusing.length;
        if (n == 0) {
            return;
        }
        if (grid.isVolume() && n * grid.nz() >= PLANES_PER_THREAD * workers.threads()) {
            workers.forRange(n * grid.nz(), xySweep);
        } else if (!grid.isVolume() && n % workers.threads() == 0) {
            workers.forRange(n, fieldSweep);
        } else {
            workers.forRange(n * lines, xSweep);
            workers.forRange(n * grid.nz() * grid.nx(), ySweep);
        }
        if (grid.isVolume()) {
            workers.forRange(n * grid.nx() * grid.ny(), zSweep);
        }
    }

    /** The whole step of non-diffusing fields, for units {@code [from, to)}: (field, x line). */
    private void stepStill(int from, int to) {
        int lines = grid.ny() * grid.nz();
        int nx = grid.nx();
        for (int q = from / lines; q * lines < to; q++) {
            int f = still[q];
            int a = Math.max(from - q * lines, 0) * nx;
            int b = Math.min(to - q * lines, lines) * nx;
            Sweeps.secreteAndDecay(fields.values(f), fields.source(f), fields.uptake(f), dt, wholeDecay[f], a, b);
        }
    }

    /** Secretion and uptake, then the x solve, for units {@code [from, to)}: (diffusing field, x line j + ny·k). */
    private void sweepX(int from, int to) {
        int lines = grid.ny() * grid.nz();
        for (int q = from / lines; q * lines < to; q++) {
            solveX(diffusing[q], Math.max(from - q * lines, 0), Math.min(to - q * lines, lines));
        }
    }

    /** Secretion and uptake, then the x solve, of lines {@code [from, to)} of field {@code f}. */
    private void solveX(int f, int from, int to) {
        int nx = grid.nx();
        double[] p = fields.values(f);
        double[] s = fields.source(f);
        double[] u = fields.uptake(f);
        LineFactors x = factors[f][0];
        double low = ghost[f][Face.X_MIN.ordinal()];
        double high = ghost[f][Face.X_MAX.ordinal()];
        for (int l = from; l < to; l += GROUP) {
            int n = Math.min(GROUP, to - l);
            Sweeps.secrete(p, s, u, dt, l * nx, (l + n) * nx);
            Sweeps.lines(p, l * nx, nx, n, x, low, high);
        }
    }

    /** The y solve for units {@code [from, to)}: (diffusing field, column i + nx·k). */
    private void sweepY(int from, int to) {
        int columns = grid.nx() * grid.nz();
        for (int q = from / columns; q * columns < to; q++) {
            solveY(diffusing[q], Math.max(from - q * columns, 0), Math.min(to - q * columns, columns));
        }
    }

    /** The y solve of columns {@code [from, to)} of field {@code f}, column {@code i + nx·k} being x position i of plane k. */
    private void solveY(int f, int from, int to) {
        int nx = grid.nx();
        int plane = nx * grid.ny();
        double[] p = fields.values(f);
        LineFactors y = factors[f][1];
        double low = ghost[f][Face.Y_MIN.ordinal()];
        double high = ghost[f][Face.Y_MAX.ordinal()];
        for (int column = from; column < to; ) {
            int k = column / nx;
            int end = Math.min(to, (k + 1) * nx);
            for (int c = column; c < end; c += BLOCK) {
                Sweeps.rows(p, k * plane + (c - k * nx), nx, grid.ny(), Math.min(BLOCK, end - c), y, low, high);
            }
            column = end;
        }
    }

    /** The x and then the y solve (secretion first) for units {@code [from, to)}: (diffusing field, plane k). */
    private void sweepXY(int from, int to) {
        int nz = grid.nz();
        int ny = grid.ny();
        int nx = grid.nx();
        for (int unit = from; unit < to; unit++) {
            int f = diffusing[unit / nz];
            int k = unit % nz;
            solveX(f, k * ny, (k + 1) * ny);
            solveY(f, k * nx, (k + 1) * nx);
        }
    }

    /** The x and then the y solve (secretion first) of whole planar fields {@code [from, to)} of the diffusing ones. */
    private void sweepFields(int from, int to) {
        for (int q = from; q < to; q++) {
            solveX(diffusing[q], 0, grid.ny());
            solveY(diffusing[q], 0, grid.nx());
        }
    }

    /** The z solve for units {@code [from, to)}: (diffusing field, voxel column above plane position i + nx·j). */
    private void sweepZ(int from, int to) {
        int plane = grid.nx() * grid.ny();
        for (int q = from / plane; q * plane < to; q++) {
            int f = diffusing[q];
            double[] p = fields.values(f);
            LineFactors z = factors[f][2];
            double low = ghost[f][Face.Z_MIN.ordinal()];
            double high = ghost[f][Face.Z_MAX.ordinal()];
            int end = Math.min(to - q * plane, plane);
            for (int c = Math.max(from - q * plane, 0); c < end; c += BLOCK) {
                Sweeps.rows(p, c, plane, grid.nz(), Math.min(BLOCK, end - c), z, low, high);
            }
        }
    }
}
