package org.cytostorm.cohort.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of patients.parquet, in order: identity and disposition, enrolment, covariates,
 * subgroup membership ({@code sg_NAME}), endpoints, and the drawn parameters ({@code p_NAME}).
 * The subgroup and parameter names come from the spec and the population, so the schema is fixed
 * for a trial before its first patient. docs/outputs.md describes each column.
 *
 * @param subgroups  the spec's subgroup names, in order
 * @param parameters the population's varied parameters, in order
 */
public record RowSchema(List<String> subgroups, List<String> parameters) {

    /** The fixed leading columns and their DuckDB types. */
    static final String[][] FIXED = {
        {"patient", "BIGINT"}, {"arm_index", "INTEGER"}, {"arm", "VARCHAR"}, {"disposition", "VARCHAR"},
        {"return_code", "VARCHAR"}, {"detail", "VARCHAR"}, {"enrolled_h", "DOUBLE"}, {"weight_kg", "DOUBLE"},
        {"age_years", "DOUBLE"}, {"sex", "VARCHAR"}, {"rejected_draws", "INTEGER"},
    };
    /** The endpoint columns and their types. */
    static final String[][] ENDPOINTS = {
        {"survival", "DOUBLE"}, {"died", "BOOLEAN"}, {"event_day", "DOUBLE"}, {"max_crs_grade", "INTEGER"},
        {"crs_onset_day", "DOUBLE"}, {"max_icans_grade", "INTEGER"}, {"ventilator_free_days", "DOUBLE"},
        {"resolution_day", "DOUBLE"}, {"tumour_fraction", "DOUBLE"},
    };

    public RowSchema {
        subgroups = List.copyOf(subgroups);
        parameters = List.copyOf(parameters);
    }

    /**
     * The column of a parameter: {@code p_NAME}. Parquet readers (DuckDB, Spark) match column names
     * ignoring case, and the parameter table has pairs that differ only by case (K_lps, a
     * half-effect level, and k_lps, a rate): each member of such a pair gets {@code p_NAME__k}, k
     * its place (1, 2, ...) among the pair in parameter order.
     */
    public String parameterColumn(String name) {
        int i = parameters.indexOf(name);
        return i < 0 ? "p_" + name : parameterColumns().get(i);
    }

    /**
     * The columns of all parameters, in parameter order ({@link #parameterColumn} of each), found in
     * one pass: a trial's reader wants all 375 for every row, and asking {@link #parameterColumn}
     * for each compared every pair of names (140,000 lower-casings a row; 8 s of a 1000-patient
     * trial's end, on one thread).
     */
    public List<String> parameterColumns() {
        Map<String, Integer> sameIgnoringCase = new HashMap<>();
        for (String p : parameters) {
            sameIgnoringCase.merge(p.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(parameters.size());
        for (String p : parameters) {
            String lower = p.toLowerCase(Locale.ROOT);
            int rank = seen.merge(lower, 1, Integer::sum);
            out.add(sameIgnoringCase.get(lower) > 1 ? "p_" + p + "__" + rank : "p_" + p);
        }
        return out;
    }

    /** Every column name, in order. */
    public List<String> columns() {
        List<String> out = new ArrayList<>();
        for (String[] c : FIXED) {
            out.add(c[0]);
        }
        subgroups.forEach(s -> out.add("sg_" + s));
        for (String[] c : ENDPOINTS) {
            out.add(c[0]);
        }
        out.addAll(parameterColumns());
        return out;
    }

    /** The SQL column definitions of a table with this schema. */
    String ddl() {
        List<String> defs = new ArrayList<>();
        for (String[] c : FIXED) {
            defs.add(quote(c[0]) + " " + c[1]);
        }
        subgroups.forEach(s -> defs.add(quote("sg_" + s) + " BOOLEAN"));
        for (String[] c : ENDPOINTS) {
            defs.add(quote(c[0]) + " " + c[1]);
        }
        parameterColumns().forEach(c -> defs.add(quote(c) + " DOUBLE"));
        return String.join(", ", defs);
    }

    /** A SQL identifier, quoted (names come from specs and the parameter table). */
    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
