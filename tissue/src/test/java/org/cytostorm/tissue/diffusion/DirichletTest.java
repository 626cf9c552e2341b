package org.cytostorm.tissue.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.parallel.Workers;
import org.junit.jupiter.api.Test;

/**
 * A strip between two reservoirs: the x faces held at C, the others closed, decay λ. Every row
 * along x is the same 1-D problem, whose steady state is known in closed form twice over.
 *
 * <p><b>The scheme's own steady state, exactly.</b> With δ = λ·dt/d and γ = (1 + δ)^(d−1), one step
 * is the x solve {@code ((1 + δ) − r·Δ) q = p + r·C·(e_first + e_last)} (r = D·dt/dx², Δ the
 * second difference) and then {@code p' = q/γ} (the y and z sweeps only decay a row that is uniform
 * across them). At the fixed point {@code ((1 + δ)γ − 1) p − rγ·Δp = r·C·(e_first + e_last)}, whose
 * solution is the discrete cosh
 *
 * <pre>  p_i = (C/γ)·cosh(κ·(i − (N−1)/2)) / cosh(κ·(N+1)/2),  cosh κ = 1 + ((1 + δ)γ − 1)/(2rγ)</pre>
 *
 * (the ghost voxels at i = −1 and i = N take the value C/γ). The solver must reach it to 1e-9.
 *
 * <p><b>The continuous steady state, to 1%.</b> {@code C·cosh(x/L)/cosh(W'/2L)}, L = √(D/λ), x from
 * the strip's centre, with {@code W' = (N + 1)·dx}: the fixed value sits at the ghosts' centres,
 * half a voxel outside each face, not on the face. The differences are the lattice's
 * {@code (dx/L)²/24} in κ and the splitting's δ: with dx/L = 0.16 and δ ≤ 1e-3, a few tenths of a
 * percent. Placing C on the faces instead (W' = W) would be off by about 8% at the centre, which
 * the test also checks, so that it tells the two readings apart.
 */
class DirichletTest {

    private static final double DX = 5;
    private static final double D = 100;
    private static final double DECAY = 0.1;
    private static final double DT = 0.02;
    private static final double C = 3.0;
    private static final int N = 40;

    /** Steps enough for the slowest mode, decaying at least as fast as λ, to fall by e^−40. */
    private static final int STEPS = (int) (40 / (DECAY * DT));

    /** A strip of {@code grid} with its x faces held at C, run to its steady state. */
    private static DiffusionSolver steadyStrip(Grid grid) {
        Fields fields = new Fields(grid, List.of(new Substrate("IL-6", D, DECAY)));
        DiffusionSolver solver = new DiffusionSolver(fields, DT, Workers.serial());
        solver.setBoundary(0, Face.X_MIN, Boundary.fixed(C));
        solver.setBoundary(0, Face.X_MAX, Boundary.fixed(C));
        run(solver);
        return solver;
    }

    private static void run(DiffusionSolver solver) {
        for (int s = 0; s < STEPS; s++) {
            solver.step();
        }
    }

    private static void assertCoshProfile(Grid grid) {
        Fields fields = steadyStrip(grid).fields();
        int d = grid.dimensions();
        double delta = DECAY * DT / d;
        double gamma = Math.pow(1 + delta, d - 1);
        double r = D * DT / (DX * DX);
        double kappa = acosh(1 + ((1 + delta) * gamma - 1) / (2 * r * gamma));
        double length = Math.sqrt(D / DECAY);
        double[] p = fields.values(0);
        double worstDiscrete = 0;
        double worstContinuous = 0;
        for (int v = 0; v < p.length; v++) {
            double fromCentre = grid.i(v) - (N - 1) / 2.0;
            double discrete = C / gamma * Math.cosh(kappa * fromCentre) / Math.cosh(kappa * (N + 1) / 2.0);
            double continuous = C * Math.cosh(fromCentre * DX / length) / Math.cosh((N + 1) * DX / (2 * length));
            worstDiscrete = Math.max(worstDiscrete, Math.abs(p[v] - discrete) / discrete);
            worstContinuous = Math.max(worstContinuous, Math.abs(p[v] - continuous) / continuous);
        }
        double centre = p[grid.index(N / 2, 0, 0)];
        double onTheFaces = C * Math.cosh(0.5 * DX / length) / Math.cosh(N * DX / (2 * length));
        System.out.printf("%d-D strip: discrete cosh %.2g, continuous cosh %.2g, with C on the faces %.2g%n", d,
                worstDiscrete, worstContinuous, Math.abs(centre - onTheFaces) / onTheFaces);
        assertTrue(worstDiscrete < 1e-9, "against the scheme's discrete steady state: " + worstDiscrete);
        assertTrue(worstContinuous < 0.01, "against the continuous steady state: " + worstContinuous);
        assertTrue(Math.abs(centre - onTheFaces) / onTheFaces > 0.05, "the value sits at the ghost, not on the face");
    }

    private static double acosh(double x) {
        return Math.log(x + Math.sqrt(x * x - 1));
    }

    @Test
    void planarStripReachesTheCoshProfile() {
        // three identical rows: the y sweep must leave a profile that is uniform in y alone
        assertCoshProfile(Grid.planar(N, 3, DX));
    }

    @Test
    void volumeStripReachesTheCoshProfile() {
        assertCoshProfile(new Grid(N, 2, 3, DX));
    }

    @Test
    void theFixedValueCanFollowAnotherModel() {
        // the steady state is linear in C: changing the value mid-run moves it by the same factor
        DiffusionSolver solver = steadyStrip(Grid.planar(N, 1, DX));
        Fields fields = solver.fields();
        double[] first = fields.values(0).clone();
        solver.setFixedValue(0, 2 * C);
        assertEquals(Boundary.fixed(2 * C), solver.boundary(0, Face.X_MAX));
        assertEquals(Boundary.noFlux(), solver.boundary(0, Face.Y_MIN));
        run(solver);
        for (int v = 0; v < first.length; v++) {
            assertEquals(2 * first[v], fields.values(0)[v], 1e-9 * first[v]);
        }
    }

    @Test
    void aFixedValueNeedsAFixedFaceAndAPlaneHasNoZFaces() {
        Fields fields = new Fields(Grid.planar(4, 4, DX), List.of(new Substrate("IL-6", D, DECAY)));
        DiffusionSolver solver = new DiffusionSolver(fields, DT, Workers.serial());
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> solver.setFixedValue(0, 1));
        assertTrue(none.getMessage().contains("IL-6"), none.getMessage());
        IllegalArgumentException z = assertThrows(IllegalArgumentException.class,
                () -> solver.setBoundary(0, Face.Z_MAX, Boundary.fixed(1)));
        assertTrue(z.getMessage().contains("Z_MAX"), z.getMessage());
        solver.setBoundary(0, Boundary.fixed(1));
        assertEquals(Boundary.fixed(1), solver.boundary(0, Face.Y_MAX));
        assertEquals(Boundary.noFlux(), solver.boundary(0, Face.Z_MIN));
        assertThrows(IllegalArgumentException.class, () -> solver.setFixedValue(0, -1));
        assertThrows(IllegalArgumentException.class, () -> Boundary.fixed(Double.NaN));
    }
}
