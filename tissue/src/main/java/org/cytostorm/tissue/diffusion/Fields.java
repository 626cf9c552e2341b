package org.cytostorm.tissue.diffusion;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cytostorm.tissue.grid.Grid;

/**
 * The substrates' data on a grid: per substrate, one contiguous array of concentrations (voxels
 * numbered as {@link Grid#index}, x fastest), one of sources and one of uptake rates.
 *
 * <p>Sources and uptake rates are what cells (or any other process) write each step before the
 * solver runs: {@code source} is the concentration added per minute in a voxel, {@code uptake} the
 * first-order rate (1/min) at which the voxel's content is removed. They are kept per voxel rather
 * than per cell so that the solver can apply them in one implicit pass whatever wrote them.
 *
 * <p>The arrays are handed out, not copied: the solver and the cells work on them in place. Not
 * thread-safe; the grid sweeps write disjoint parts from several threads under
 * {@link org.cytostorm.tissue.parallel.Workers}.
 */
public final class Fields {

    private final Grid grid;
    private final List<Substrate> substrates;
    private final Map<String, Integer> byName = new HashMap<>();
    private final double[][] values;
    private final double[][] sources;
    private final double[][] uptakes;

    /**
     * Zero concentrations, sources and uptakes for each substrate.
     *
     * @param grid the voxel grid
     * @param substrates the species, with distinct names; field {@code f} is {@code substrates.get(f)}
     */
    public Fields(Grid grid, List<Substrate> substrates) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.substrates = List.copyOf(substrates);
        int count = this.substrates.size();
        for (int f = 0; f < count; f++) {
            String name = this.substrates.get(f).name();
            if (byName.putIfAbsent(name, f) != null) {
                throw new IllegalArgumentException("substrate '" + name + "' is defined twice");
            }
        }
        int voxels = grid.voxels();
        values = new double[count][voxels];
        sources = new double[count][voxels];
        uptakes = new double[count][voxels];
    }

    public Grid grid() {
        return grid;
    }

    /** Number of substrates. */
    public int count() {
        return substrates.size();
    }

    /** The substrate of field {@code f}. */
    public Substrate substrate(int f) {
        return substrates.get(f);
    }

    /** All substrates, in field order. */
    public List<Substrate> substrates() {
        return substrates;
    }

    /** The field of the substrate called {@code name}, or −1 when there is none. */
    public int indexOf(String name) {
        Integer f = byName.get(name);
        return f == null ? -1 : f;
    }

    /**
     * The field of the substrate called {@code name}.
     *
     * @throws IllegalArgumentException naming the substrate and the known ones when there is none
     */
    public int require(String name) {
        int f = indexOf(name);
        if (f < 0) {
            throw new IllegalArgumentException("no substrate '" + name + "'; known: "
                    + substrates.stream().map(Substrate::name).toList());
        }
        return f;
    }

    /** Concentrations of field {@code f}, one per voxel (live array). */
    public double[] values(int f) {
        return values[f];
    }

    /** Sources of field {@code f}: concentration added per minute, one per voxel (live array). */
    public double[] source(int f) {
        return sources[f];
    }

    /** Uptake rates of field {@code f}, 1/min, one per voxel (live array). */
    public double[] uptake(int f) {
        return uptakes[f];
    }

    /** Sets every source and uptake rate to zero, for cells to write this step's afresh. */
    public void clearSources() {
        for (int f = 0; f < count(); f++) {
            Arrays.fill(sources[f], 0);
            Arrays.fill(uptakes[f], 0);
        }
    }

    /**
     * The amount of substrate in the grid: concentrations times voxel volume (unit × µm³). The sum
     * is compensated (Neumaier), so that it is exact to a few ulps whatever the grid size and
     * conservation can be checked to 1e-10 or better.
     */
    public double total(int f) {
        double[] p = values[f];
        double sum = 0;
        double lost = 0;
        for (double v : p) {
            double t = sum + v;
            lost += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        return (sum + lost) * grid.voxelVolume();
    }
}
