package org.cytostorm.tissue.config;

/**
 * A diffusing, decaying field of the tissue.
 *
 * @param name key in the config and in rules ({@code tnf})
 * @param label display name ({@code TNF-α})
 * @param unit concentration unit
 * @param diffusion diffusion coefficient, µm²/min
 * @param decay decay rate, 1/min
 * @param initial uniform initial concentration
 * @param plasmaColumn the patient model output column coupled to this field, or empty
 * @param source literature source or {@code assumed: why}
 * @param grade evidence grade: strong, moderate, single-source or assumed
 */
public record FieldSpec(String name, String label, String unit, double diffusion, double decay, double initial,
        String plasmaColumn, String source, String grade) {
}
