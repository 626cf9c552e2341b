/**
 * Where trial rows live: Parquet files written and read through DuckDB's JDBC driver (the
 * field's standard columnar format, readable by R, Python, Spark and DuckDB itself), one file per
 * committed batch while a trial runs and one {@code patients.parquet} at the end.
 */
package org.cytostorm.cohort.store;
