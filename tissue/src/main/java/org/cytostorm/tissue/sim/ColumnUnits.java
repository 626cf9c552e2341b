package org.cytostorm.tissue.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.tissue.config.FieldSpec;
import org.cytostorm.tissue.config.TissueConfig;

/**
 * The unit of each timeseries column {@link Observer} writes: minutes and hours, cells, the
 * fields' own units for their means, maxima and plasma levels, the amount per minute for a
 * field's flux into blood (its unit without "/mL", per minute: the exchange rate is per minute and
 * the concentration difference is taken over a voxel's volume), a fraction, micrometres.
 */
public final class ColumnUnits {

    private ColumnUnits() {
    }

    /** Column name to unit, for the columns given (empty for a column this class does not know). */
    public static Map<String, String> of(TissueConfig config, List<String> columns) {
        Map<String, String> fieldUnits = new LinkedHashMap<>();
        for (FieldSpec f : config.fields()) {
            fieldUnits.put(f.name(), f.unit());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : columns) {
            out.put(c, unit(c, fieldUnits));
        }
        return out;
    }

    static String unit(String column, Map<String, String> fieldUnits) {
        switch (column) {
            case "time_min":
                return "min";
            case "time_h":
                return "h";
            case "dead_fraction":
                return "0-1";
            case "front_um":
            case "farthest_death_um":
                return "µm";
            default:
                break;
        }
        if (column.startsWith("n_")) {
            return "cells";
        }
        for (String prefix : List.of("mean_", "max_", "plasma_")) {
            if (column.startsWith(prefix)) {
                return fieldUnits.getOrDefault(column.substring(prefix.length()), "");
            }
        }
        if (column.startsWith("flux_")) {
            String unit = fieldUnits.getOrDefault(column.substring("flux_".length()), "");
            return unit.endsWith("/mL") ? unit.substring(0, unit.length() - 3) + "/min" : "";
        }
        return "";
    }
}
