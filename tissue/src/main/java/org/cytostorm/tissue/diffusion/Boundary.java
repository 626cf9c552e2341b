package org.cytostorm.tissue.diffusion;

/**
 * What happens at an outer face of the grid.
 *
 * <ul>
 *   <li>{@link NoFlux}: nothing crosses the face (a closed tissue patch);</li>
 *   <li>{@link Fixed}: the face borders a reservoir held at a given concentration (blood plasma,
 *   for instance), as BioFVM's Dirichlet condition. It is a ghost voxel just outside the face with
 *   that value, which the boundary voxel exchanges with like any neighbour: the value sits half a
 *   voxel beyond the face, at the ghost's centre.</li>
 * </ul>
 *
 * A fixed value can change during a run without building a new boundary, through
 * {@link DiffusionSolver#setFixedValue(int, double)}.
 */
public sealed interface Boundary permits Boundary.NoFlux, Boundary.Fixed {

    /** The face is closed. */
    static Boundary noFlux() {
        return NoFlux.INSTANCE;
    }

    /**
     * The face borders a reservoir held at {@code value}.
     *
     * @param value concentration outside the face, in the field's unit, finite and ≥ 0
     */
    static Boundary fixed(double value) {
        return new Fixed(value);
    }

    /** Nothing crosses the face. */
    record NoFlux() implements Boundary {
        static final NoFlux INSTANCE = new NoFlux();
    }

    /**
     * Held at a concentration outside the face.
     *
     * @param value concentration of the ghost voxel beyond the face, finite and ≥ 0
     */
    record Fixed(double value) implements Boundary {

        public Fixed {
            checkValue(value);
        }

        static void checkValue(double value) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("a fixed boundary value must be finite and ≥ 0, got " + value);
            }
        }
    }
}
