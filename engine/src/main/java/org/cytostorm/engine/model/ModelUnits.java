package org.cytostorm.engine.model;

/** The model-wide default units (SBML Level 3 model attributes); any may be null. */
public record ModelUnits(String time, String substance, String volume, String area, String length, String extent) {
    public static final ModelUnits NONE = new ModelUnits(null, null, null, null, null, null);
}
