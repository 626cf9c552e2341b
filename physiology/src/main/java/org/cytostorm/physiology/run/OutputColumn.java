package org.cytostorm.physiology.run;

/**
 * One column of a patient run's time series.
 *
 * @param name        column header in timeseries.csv (the output contract, docs/outputs.md)
 * @param unit        unit as text ({@code pg/mL}, {@code mg/L}, {@code grade}, ...)
 * @param group       plot group of the report: {@code cytokines}, {@code cells}, {@code vitals},
 *                    {@code labs}, {@code grades}, {@code support}, {@code drugs}
 * @param description one line for people
 */
public record OutputColumn(String name, String unit, String group, String description) {
}
