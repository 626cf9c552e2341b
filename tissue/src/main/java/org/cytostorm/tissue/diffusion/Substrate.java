package org.cytostorm.tissue.diffusion;

/**
 * A diffusing, decaying species, such as a cytokine. Values are checked here so that a bad
 * coefficient fails when the substrate is defined, with its name, not as NaN fields later.
 *
 * @param name unique, non-blank name (e.g. {@code "IL-6"})
 * @param diffusion diffusion coefficient, µm²/min, ≥ 0 (0: the substrate stays where it is and only decays)
 * @param decay first-order decay rate, 1/min, ≥ 0
 */
public record Substrate(String name, double diffusion, double decay) {

    public Substrate {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a substrate needs a non-blank name");
        }
        if (!(diffusion >= 0) || Double.isInfinite(diffusion)) {
            throw new IllegalArgumentException("substrate '" + name
                    + "': diffusion coefficient must be finite and ≥ 0 µm²/min, got " + diffusion);
        }
        if (!(decay >= 0) || Double.isInfinite(decay)) {
            throw new IllegalArgumentException("substrate '" + name
                    + "': decay rate must be finite and ≥ 0 per min, got " + decay);
        }
    }
}
