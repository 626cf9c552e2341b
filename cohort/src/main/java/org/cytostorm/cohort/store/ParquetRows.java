package org.cytostorm.cohort.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cytostorm.cohort.run.Disposition;
import org.cytostorm.cohort.run.PatientResult;
import org.cytostorm.cohort.trial.Arm;
import org.cytostorm.cohort.trial.Endpoints;
import org.cytostorm.cohort.trial.Subgroup;
import org.cytostorm.cohort.trial.TrialSpec;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Trial rows to and from Parquet through DuckDB (an in-process database: no server). A file is
 * written to a temporary name beside its target and renamed into place, so a reader sees it whole
 * or not at all. NaN figures are written as SQL NULL and read back as NaN. Writes run DuckDB on one
 * thread so that the same rows in the same order give the same file.
 */
public final class ParquetRows {

    private final RowSchema schema;
    private final List<String> armNames;
    /** The schema's parameter columns, in parameter order (computed once; a read needs them per row). */
    private final List<String> parameterColumns;

    /**
     * @param schema   the columns
     * @param armNames the arms' names in spec order (the {@code arm} column)
     */
    public ParquetRows(RowSchema schema, List<String> armNames) {
        this.schema = schema;
        this.armNames = List.copyOf(armNames);
        this.parameterColumns = schema.parameterColumns();
    }

    /**
     * The rows of {@code spec}'s trial: its subgroups' columns, one column per varied parameter
     * ({@code parameters}, the population's), its arms' names.
     */
    public static ParquetRows ofTrial(TrialSpec spec, List<String> parameters) {
        return new ParquetRows(new RowSchema(spec.subgroups().stream().map(Subgroup::name)
                .toList(), parameters), spec.arms().stream().map(Arm::name).toList());
    }

    public RowSchema schema() {
        return schema;
    }

    /** Writes rows, in the order given, to a Parquet file at {@code target} (replaced whole). */
    public void write(List<PatientResult> rows, Path target) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (Connection c = open(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE rows (" + schema.ddl() + ")");
            try (DuckDBAppender app = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "rows")) {
                for (PatientResult r : rows) {
                    append(app, r);
                }
            }
            copyTo(st, "SELECT * FROM rows", tmp);
        } catch (SQLException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("could not write " + target + ": " + e.getMessage(), e);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Writes the final patients.parquet from batch files: every row, ordered by patient and arm,
     * with an {@code assigned} column (true for the arm randomization gave an enrolled patient).
     *
     * @param assigned for each enrolled patient index, its assigned arm index
     */
    public void merge(List<Path> batches, Map<Long, Integer> assigned, Path target) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (Connection c = open(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE assignment (patient BIGINT, arm_index INTEGER)");
            try (DuckDBAppender app = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                    "assignment")) {
                for (Map.Entry<Long, Integer> e : assigned.entrySet()) {
                    app.beginRow().append(e.getKey().longValue()).append(e.getValue().intValue()).endRow();
                }
            }
            // the schema's columns by name: a shard's file already has an 'assigned' column (all false)
            String columns = String.join(", ", schema.columns().stream().map(name -> "b." + RowSchema.quote(name)).toList());
            String from = source(batches);
            if (batches.isEmpty()) {
                // a shard that owns no batch (fewer batches than shards) writes an empty file
                st.execute("CREATE TABLE empty_rows (" + schema.ddl() + ")");
                from = "empty_rows";
            }
            String select = "SELECT " + columns + ", (a.patient IS NOT NULL) AS " + RowSchema.quote(RowSchema.ASSIGNED.name())
                    + " FROM " + from
                    + " b LEFT JOIN assignment a ON a.patient = b.patient AND a.arm_index = b.arm_index"
                    + " ORDER BY b.patient, b.arm_index";
            copyTo(st, select, tmp);
        } catch (SQLException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("could not write " + target + ": " + e.getMessage(), e);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads the rows of Parquet files with this schema, ordered by patient and arm. */
    public List<PatientResult> read(List<Path> files) throws IOException {
        return read(files, true);
    }

    /**
     * Reads the rows without their drawn parameters (they stay in the files): what an analysis
     * needs, at about a hundred bytes a row instead of a few kilobytes, so that a trial of a
     * million patients is summarized in memory.
     */
    public List<PatientResult> readForAnalysis(List<Path> files) throws IOException {
        return read(files, false);
    }

    private List<PatientResult> read(List<Path> files, boolean withParameters) throws IOException {
        List<PatientResult> out = new ArrayList<>();
        if (files.isEmpty()) {
            return out;
        }
        java.util.Set<String> skipped = withParameters ? java.util.Set.of() : new java.util.HashSet<>(parameterColumns);
        List<String> columns = schema.columns().stream().filter(col -> !skipped.contains(col)).map(RowSchema::quote)
                .toList();
        try (Connection c = open(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + source(files)
                        + " ORDER BY patient, arm_index")) {
            Columns at = new Columns(rs);
            while (rs.next()) {
                out.add(row(rs, at, withParameters));
            }
        } catch (SQLException e) {
            throw new IOException("could not read " + files.get(0).getParent() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The result's column numbers by name, looked up once: the driver finds a column by name with a
     * case-insensitive scan of all 400, which for every value of every row was most of a read.
     */
    private static final class Columns {
        private final Map<String, Integer> index = new HashMap<>();

        Columns(ResultSet rs) throws SQLException {
            ResultSetMetaData m = rs.getMetaData();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                index.putIfAbsent(m.getColumnLabel(i), i);
            }
        }

        int of(String column) throws SQLException {
            Integer i = index.get(column);
            if (i == null) {
                throw new SQLException("no column " + column + " in the trial's rows");
            }
            return i;
        }
    }

    private static Connection open() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = c.createStatement()) {
            st.execute("SET threads TO 1");
            st.execute("SET preserve_insertion_order TO true");
        }
        return c;
    }

    private static void copyTo(Statement st, String select, Path file) throws SQLException {
        st.execute("COPY (" + select + ") TO " + literal(file.toString())
                + " (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)");
    }

    private static String source(List<Path> files) {
        List<String> quoted = files.stream().map(p -> literal(p.toString())).toList();
        return "read_parquet([" + String.join(", ", quoted) + "])";
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private void append(DuckDBAppender app, PatientResult r) throws SQLException {
        app.beginRow();
        app.append(r.patient());
        app.append(r.armIndex());
        app.append(r.armIndex() >= 0 ? armNames.get(r.armIndex()) : "");
        app.append(r.disposition().key());
        app.append(r.returnCode());
        app.append(r.detail());
        number(app, r.enrolledH());
        number(app, r.weightKg());
        number(app, r.ageYears());
        app.append(r.sex());
        app.append(r.rejectedDraws());
        for (String g : schema.subgroups()) {
            Boolean in = r.subgroups().get(g);
            if (in == null) {
                app.appendNull();
            } else {
                app.append(in.booleanValue());
            }
        }
        if (r.endpoints().isPresent()) {
            Endpoints e = r.endpoints().get();
            number(app, e.survival());
            app.append(e.died());
            number(app, e.eventDay());
            app.append(e.maxCrsGrade());
            number(app, e.crsOnsetDay());
            app.append(e.maxIcansGrade());
            number(app, e.ventilatorFreeDays());
            number(app, e.resolutionDay());
            number(app, e.tumourFraction());
        } else {
            for (int k = 0; k < RowSchema.ENDPOINTS.size(); k++) {
                app.appendNull();
            }
        }
        for (String p : schema.parameters()) {
            Double v = r.parameters().get(p);
            number(app, v == null ? Double.NaN : v);
        }
        app.endRow();
    }

    private static void number(DuckDBAppender app, double v) throws SQLException {
        if (Double.isNaN(v)) {
            app.appendNull();
        } else {
            app.append(v);
        }
    }

    private PatientResult row(ResultSet rs, Columns at, boolean withParameters) throws SQLException {
        Map<String, Boolean> subgroups = new LinkedHashMap<>();
        for (String g : schema.subgroups()) {
            boolean v = rs.getBoolean(at.of("sg_" + g));
            if (!rs.wasNull()) {
                subgroups.put(g, v);
            }
        }
        Optional<Endpoints> e = Optional.empty();
        rs.getDouble(at.of("survival"));
        if (!rs.wasNull()) {
            e = Optional.of(new Endpoints(num(rs, at, "survival"), rs.getBoolean(at.of("died")),
                    num(rs, at, "event_day"), rs.getInt(at.of("max_crs_grade")), num(rs, at, "crs_onset_day"),
                    rs.getInt(at.of("max_icans_grade")), num(rs, at, "ventilator_free_days"),
                    num(rs, at, "resolution_day"), num(rs, at, "tumour_fraction")));
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        List<String> names = withParameters ? schema.parameters() : List.of();
        List<String> columns = parameterColumns;
        for (int k = 0; k < names.size(); k++) {
            double v = num(rs, at, columns.get(k));
            if (!Double.isNaN(v)) {
                parameters.put(names.get(k), v);
            }
        }
        return new PatientResult(rs.getLong(at.of("patient")), rs.getInt(at.of("arm_index")),
                Disposition.ofKey(rs.getString(at.of("disposition"))), rs.getString(at.of("return_code")),
                rs.getString(at.of("detail")), num(rs, at, "enrolled_h"), subgroups, num(rs, at, "weight_kg"),
                num(rs, at, "age_years"), rs.getString(at.of("sex")), rs.getInt(at.of("rejected_draws")), parameters, e);
    }

    private static double num(ResultSet rs, Columns at, String column) throws SQLException {
        double v = rs.getDouble(at.of(column));
        return rs.wasNull() ? Double.NaN : v;
    }
}
