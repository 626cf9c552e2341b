package org.cytostorm.cohort.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of patients.parquet, in order: identity and disposition, enrolment, covariates,
 * subgroup membership ({@code sg_NAME}), endpoints, the drawn parameters ({@code p_NAME}) and,
 * once the batches are merged, {@code assigned}.
 * The subgroup and parameter names come from the spec and the population, so the schema is fixed
 * for a trial before its first patient. docs/outputs.md describes each column.
 *
 * @param subgroups  the spec's subgroup names, in order
 * @param parameters the population's varied parameters, in order
 */
public record RowSchema(List<String> subgroups, List<String> parameters) {

    /**
     * A column of patients.parquet, as docs/outputs.md describes it.
     *
     * @param name        the column name ({@code sg_NAME} and {@code p_NAME} stand for a family)
     * @param type        its DuckDB type (Parquet's follows: BIGINT is INT64, DOUBLE is DOUBLE, ...)
     * @param description what it holds
     */
    public record Column(String name, String type, String description) {
    }

    /** The fixed leading columns. */
    static final List<Column> FIXED = List.of(
            new Column("patient", "BIGINT", "the patient index, 0 to patients - 1: with the seed it keys every random"
                    + " number of the patient (population draw, fate)"),
            new Column("arm_index", "INTEGER", "the arm of this row, in spec order (0 is the control); -1 on the one row"
                    + " of a patient not enrolled"),
            new Column("arm", "VARCHAR", "the arm's name; empty for a patient not enrolled"),
            new Column("disposition", "VARCHAR", "`enrolled`, `not_eligible` (the enrolment condition never held in"
                    + " the window), `died_before_enrolment` (the sampled fate), `no_plausible_draw` (the filter"
                    + " rejected every draw) or `failed` (the background-care run failed)"),
            new Column("return_code", "VARCHAR", "the solver's return code of this row's run (`SUCCESS`, ...); empty"
                    + " when nothing was run"),
            new Column("detail", "VARCHAR", "why a run failed (message, variable, time) or why no draw was"
                    + " plausible; empty otherwise"),
            new Column("enrolled_h", "DOUBLE", "the enrolment time, hours since the trigger; null if not enrolled"),
            new Column("weight_kg", "DOUBLE", "the drawn weight, kg; null without a plausible draw"),
            new Column("age_years", "DOUBLE", "the drawn age, years; null without a plausible draw"),
            new Column("sex", "VARCHAR", "the drawn sex, `female` or `male`; empty without a plausible draw"),
            new Column("rejected_draws", "INTEGER", "draws of this patient the plausibility filter rejected before"
                    + " the accepted one (all of them, 10,000, without a plausible draw)"));
    /** The subgroup columns, one per subgroup of the spec, between the fixed ones and the endpoints. */
    static final Column SUBGROUP = new Column("sg_NAME", "BOOLEAN", "membership of the spec's subgroup NAME at"
            + " enrolment, one column per subgroup in spec order; null if not enrolled");
    /** The endpoint columns: null when the patient was not enrolled or this arm's run failed. */
    static final List<Column> ENDPOINTS = List.of(
            new Column("survival", "DOUBLE", "expected survival to the end of follow-up given alive at enrolment:"
                    + " S(enrolment + follow-up) / S(enrolment) of this arm's survival curve"),
            new Column("died", "BOOLEAN", "the sampled fate: died within follow-up (the patient's own uniform number,"
                    + " the same under every arm)"),
            new Column("event_day", "DOUBLE", "days from enrolment to the sampled death, or the follow-up in days if"
                    + " alive (censored)"),
            new Column("max_crs_grade", "INTEGER", "highest ASTCT CRS grade from enrolment to the end of follow-up"),
            new Column("crs_onset_day", "DOUBLE", "first day since the trigger with CRS grade 1 or more, up to the end"
                    + " of follow-up (it may precede enrolment); null if none"),
            new Column("max_icans_grade", "INTEGER", "highest ICANS grade from enrolment to the end of follow-up"),
            new Column("ventilator_free_days", "DOUBLE", "follow-up days less the days with `o2_support_level` 4"
                    + " (invasive ventilation), each row's level held until the next row; 0 if the sampled patient"
                    + " died"),
            new Column("resolution_day", "DOUBLE", "days from enrolment to the end of the last row with CRS"
                    + " (grade 1 or more), oxygen (`o2_support_level` 1 or more), norepinephrine (more than 0.001"
                    + " ug/kg/min) or dialysis; 0 if none after enrolment; null if the patient is still sick on the"
                    + " last row before the end of follow-up or the sampled patient died"),
            new Column("tumour_fraction", "DOUBLE", "tumour burden at the end of follow-up over its value at"
                    + " enrolment (a response is 0.343 or less: diameters down 30%); null without a tumour"));
    /** The parameter columns, one per varied parameter, after the endpoints. */
    static final Column PARAMETER = new Column("p_NAME", "DOUBLE", "the drawn value of each parameter the"
            + " population varies, in parameter-table order, in the table's unit; `p_NAME__k` for names that differ"
            + " only by case (below)");
    /** The last column, added when the batches are merged into patients.parquet ({@link ParquetRows#merge}). */
    public static final Column ASSIGNED = new Column("assigned", "BOOLEAN", "true on the row of the arm"
            + " randomization assigned the patient to (the row the trial analysis reads); false on the other arms'"
            + " rows (the counterfactual) and on a patient not enrolled; false throughout in a shard's file, as"
            + " randomization is done on the whole trial");

    /** Every column of patients.parquet in file order, a family ({@code sg_NAME}, {@code p_NAME}) as one. */
    public static List<Column> documented() {
        List<Column> out = new ArrayList<>(FIXED);
        out.add(SUBGROUP);
        out.addAll(ENDPOINTS);
        out.add(PARAMETER);
        out.add(ASSIGNED);
        return out;
    }

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
        FIXED.forEach(c -> out.add(c.name()));
        subgroups.forEach(s -> out.add("sg_" + s));
        ENDPOINTS.forEach(c -> out.add(c.name()));
        out.addAll(parameterColumns());
        return out;
    }

    /** The SQL column definitions of a table with this schema. */
    String ddl() {
        List<String> defs = new ArrayList<>();
        FIXED.forEach(c -> defs.add(quote(c.name()) + " " + c.type()));
        subgroups.forEach(s -> defs.add(quote("sg_" + s) + " " + SUBGROUP.type()));
        ENDPOINTS.forEach(c -> defs.add(quote(c.name()) + " " + c.type()));
        parameterColumns().forEach(c -> defs.add(quote(c) + " " + PARAMETER.type()));
        return String.join(", ", defs);
    }

    /** A SQL identifier, quoted (names come from specs and the parameter table). */
    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
