package org.cytostorm.report.tissue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the tissue report shows, handed over by the simulation (the model never imports the view;
 * this record is all the two share, besides {@link Snapshot}).
 *
 * <p>Time series columns follow the tissue's naming: {@code time_min}, {@code time_h},
 * {@code n_<type>_<state>} (cell counts), {@code mean_<field>}, {@code max_<field>},
 * {@code dead_fraction}, {@code front_um}, {@code flux_<field>}; at least one of the time columns
 * must be present when there are rows. Other columns are allowed: they appear in the table of final
 * values, not in a chart. Values that are not finite (a front not yet formed) are gaps in a chart.
 *
 * @param title the report's heading and page title (user text: escaped)
 * @param description a paragraph under the title; may be null or blank
 * @param settings name and value of each setting, in the order to list them
 * @param columns names of the time series columns
 * @param rows the time series, one array per row of {@code columns.size()} values, in time order
 *        (the arrays are not copied: do not change them while the report is written)
 * @param frameFiles the frame images, relative to the report's directory, in time order; may be empty
 * @param animationFile the animation, relative to the report's directory; null when there is none
 * @param notes the outcome and remarks, listed first (front, dead fraction, limits of the model)
 * @param units the unit of each column (cells, µm, the fields' units); a column without one is
 *        dimensionless
 * @param framesNote what the frames' heat map colours mean (which scale, whether frames compare), shown
 *        with the animation and the last frame; may be null or blank
 */
public record TissueReportInput(String title, String description, List<Map.Entry<String, String>> settings,
        List<String> columns, List<double[]> rows, List<String> frameFiles, String animationFile, List<String> notes,
        Map<String, String> units, String framesNote) {

    /** An input without a note on the frames' colour scale. */
    public TissueReportInput(String title, String description, List<Map.Entry<String, String>> settings,
            List<String> columns, List<double[]> rows, List<String> frameFiles, String animationFile,
            List<String> notes, Map<String, String> units) {
        this(title, description, settings, columns, rows, frameFiles, animationFile, notes, units, "");
    }

    /** An input without units: every column is dimensionless on the charts. */
    public TissueReportInput(String title, String description, List<Map.Entry<String, String>> settings,
            List<String> columns, List<double[]> rows, List<String> frameFiles, String animationFile,
            List<String> notes) {
        this(title, description, settings, columns, rows, frameFiles, animationFile, notes, Map.of(), "");
    }

    public TissueReportInput {
        units = units == null ? Map.of() : Map.copyOf(units);
        framesNote = framesNote == null ? "" : framesNote;
        if (title == null) {
            throw new IllegalArgumentException("a report needs a title");
        }
        settings = settings == null ? List.of() : List.copyOf(settings);
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
        frameFiles = frameFiles == null ? List.of() : List.copyOf(frameFiles);
        notes = notes == null ? List.of() : List.copyOf(notes);
        Set<String> seen = new HashSet<>();
        for (String c : columns) {
            if (!seen.add(c)) {
                throw new IllegalArgumentException("column " + c + " appears twice");
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).length != columns.size()) {
                throw new IllegalArgumentException("row " + r + " has " + rows.get(r).length + " values for "
                        + columns.size() + " columns");
            }
        }
        if (!rows.isEmpty() && !seen.contains(TissueCharts.TIME_H) && !seen.contains(TissueCharts.TIME_MIN)) {
            throw new IllegalArgumentException("the time series needs a " + TissueCharts.TIME_H + " or "
                    + TissueCharts.TIME_MIN + " column; columns are " + columns);
        }
    }

    /** The unit of a column, empty when it has none. */
    public String unit(String column) {
        return units.getOrDefault(column, "");
    }

    /** The values of column {@code name}, one per row. */
    public double[] column(String name) {
        int c = columns.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + columns);
        }
        double[] values = new double[rows.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = rows.get(r)[c];
        }
        return values;
    }

    /** Time of each row in hours, from {@code time_h} or else {@code time_min}. */
    public double[] timeH() {
        if (columns.contains(TissueCharts.TIME_H)) {
            return column(TissueCharts.TIME_H);
        }
        if (rows.isEmpty()) {
            return new double[0];
        }
        double[] t = column(TissueCharts.TIME_MIN);
        for (int r = 0; r < t.length; r++) {
            t[r] /= 60;
        }
        return t;
    }
}
