package org.cytostorm.tissue.rules;

/**
 * The behaviours a rule can raise or lower. Per-field behaviours ({@code secrete tnf},
 * {@code uptake il1b}) and per-type ones ({@code transform to active_macrophage}) name their
 * field or type after the keyword.
 */
public enum BehaviourKind {
    APOPTOSIS("apoptosis", "1/min", "rate of quiet (apoptotic) death; no release"),
    INFLAMMATORY_DEATH("inflammatory death", "1/min",
            "rate of commitment to lytic death; the cell lyses after its death delay and releases its contents"),
    MIGRATION_SPEED("migration speed", "µm/min", "speed of a mobile cell"),
    CHEMOTAXIS("chemotaxis", "1", "bias of movement up the chemotaxis field's gradient (0 random, 1 straight up)"),
    KILL("kill", "1/min", "rate of killing a target cell in the same voxel"),
    PROLIFERATE("proliferate", "1/min", "rate of division of a mobile cell"),
    RECRUIT("recruit", "1/min", "rate at which a vessel voxel brings a cell of its recruited type from blood"),
    PLASMA_EXCHANGE("plasma exchange", "1/min", "rate constant of exchange between a vessel voxel and plasma"),
    SECRETE("secrete", "conc/min", "secretion into the cell's voxel (field units per minute)"),
    UPTAKE("uptake", "1/min", "uptake from the cell's voxel; internalised when the type keeps it"),
    TRANSFORM("transform to", "1/min", "rate of becoming another cell type (a change of state)");

    private final String keyword;
    private final String unit;
    private final String meaning;

    BehaviourKind(String keyword, String unit, String meaning) {
        this.keyword = keyword;
        this.unit = unit;
        this.meaning = meaning;
    }

    /** How the behaviour is written in config files. */
    public String keyword() {
        return keyword;
    }

    public String unit() {
        return unit;
    }

    public String meaning() {
        return meaning;
    }

    /** True when the keyword is followed by a field name. */
    public boolean perField() {
        return this == SECRETE || this == UPTAKE;
    }

    /** True when the keyword is followed by a cell type name. */
    public boolean perType() {
        return this == TRANSFORM;
    }
}
