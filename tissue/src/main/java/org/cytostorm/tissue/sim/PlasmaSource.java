package org.cytostorm.tissue.sim;

/**
 * Plasma concentrations seen by the tissue's vessels, in field units. The tissue reads them; it
 * never writes back (one-way coupling).
 */
@FunctionalInterface
public interface PlasmaSource {
    /** No coupled patient: plasma holds none of any field. */
    PlasmaSource NONE = (minutes, out) -> java.util.Arrays.fill(out, 0);

    /** Fills {@code out[f]} with plasma's concentration of field f at tissue time {@code minutes}. */
    void plasmaAt(double minutes, double[] out);
}
