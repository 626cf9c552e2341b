package org.cytostorm.spark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A Parquet file's rows as text, ordered by patient and arm, read back by DuckDB as the analysis reads them. */
final class ParquetContent {

    private ParquetContent() {
    }

    /** One line per row: every column's name and value, as DuckDB gives them. */
    static List<String> rows(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + file.toAbsolutePath().toString()
                        .replace("'", "''") + "') ORDER BY patient, arm_index")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    line.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append('|');
                }
                out.add(line.toString());
            }
        }
        return out;
    }
}
