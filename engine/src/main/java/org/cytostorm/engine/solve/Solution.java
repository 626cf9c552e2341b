package org.cytostorm.engine.solve;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.common.io.Csv;

/**
 * The result of a run: named columns of values at the requested output times, how the run ended
 * and what it cost. A run that failed keeps the rows it reached ({@link #rows()}) and says why:
 * as typed values ({@link #returnCode()}, {@link #finalTime()}, {@link #failedVariable()}) and in
 * words ({@link #message()}). Immutable.
 */
public final class Solution {

    private final double[] times;
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[][] columns;
    private final int rows;
    private final SolverStatistics statistics;
    private final ReturnCode returnCode;
    private final String message;
    private final double finalTime;
    private final String methodUsed;
    private final String failedVariable;
    private final List<Method> methods;

    Solution(double[] times, List<String> names, double[][] columns, int rows, SolverStatistics statistics,
             ReturnCode returnCode, String message, double finalTime, String failedVariable, String methodUsed,
             List<Method> methods) {
        this.times = times;
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        this.columns = columns;
        this.rows = rows;
        this.statistics = statistics;
        this.returnCode = returnCode;
        this.message = message;
        this.finalTime = finalTime;
        this.methodUsed = methodUsed;
        this.failedVariable = failedVariable;
        this.methods = List.copyOf(methods);
    }

    /** The requested output times (all of them, also those a failed run did not reach). */
    public double[] times() {
        return times.clone();
    }

    /** Number of output times reached. */
    public int rows() {
        return rows;
    }

    public double time(int row) {
        return times[row];
    }

    /** Column names (symbol ids), in column order. */
    public List<String> names() {
        return names;
    }

    public boolean has(String name) {
        return index.containsKey(name);
    }

    /** A column's values at the output times reached. */
    public double[] column(String name) {
        return Arrays.copyOf(columns[columnIndex(name)], rows);
    }

    public double value(String name, int row) {
        if (row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " was not reached (" + rows + " rows)");
        }
        return columns[columnIndex(name)][row];
    }

    /** The value at the last output time reached. */
    public double last(String name) {
        return value(name, rows - 1);
    }

    private int columnIndex(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no column '" + name + "'; columns are " + names);
        }
        return i;
    }

    public SolverStatistics statistics() {
        return statistics;
    }

    public ReturnCode returnCode() {
        return returnCode;
    }

    public boolean isSuccess() {
        return returnCode.isSuccess();
    }

    /** Why the run stopped early, or an empty string. */
    public String message() {
        return message;
    }

    /**
     * The time the integration reached: the end time, the time of a failure, or where a handler
     * stopped the run.
     */
    public double finalTime() {
        return finalTime;
    }

    /**
     * The state variable that made the run fail, at {@link #finalTime()}: the one whose rate or
     * value became NaN or infinite ({@link ReturnCode#NON_FINITE}, when the method can tell which),
     * or, when the step size fell below what double precision resolves
     * ({@link ReturnCode#STEP_SIZE_UNDERFLOW}), the one changing fastest relative to its tolerance,
     * which is what forced the step size down. Empty when no single variable is to blame (success,
     * a stop by a handler, the step limit, an event loop).
     */
    public Optional<String> failedVariable() {
        return Optional.ofNullable(failedVariable);
    }

    /** The method that integrated the run ("DOPRI853", "RODAS5P", or "DOPRI853 then RODAS5P"), for display. */
    public String methodUsed() {
        return methodUsed;
    }

    /**
     * The methods that integrated the run, in the order used: one, or two when {@link Method#AUTO}
     * switched from DOPRI853 to RODAS5P. Never {@code AUTO} itself; empty for a system without
     * state variables or a run that ended before integrating.
     */
    public List<Method> methods() {
        return methods;
    }

    /** This solution if the run succeeded; otherwise throws a {@link SolverException} with its message. */
    public Solution orThrow() {
        if (!isSuccess()) {
            throw new SolverException(returnCode, finalTime, message);
        }
        return this;
    }

    /** Writes a CSV (header {@code time,<names>}; values round-trip exactly) of the rows reached. */
    public void writeCsv(Writer out) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("time");
        header.addAll(names);
        try (Csv.RowWriter csv = Csv.writer(out, header)) {
            for (int r = 0; r < rows; r++) {
                csv.start().number(times[r]);
                for (double[] column : columns) {
                    csv.number(column[r]);
                }
                csv.end();
            }
        }
    }

    /** Writes the CSV to a file whole or not at all. */
    public void writeCsv(Path file) throws IOException {
        AtomicFiles.write(file, this::writeCsv);
    }
}
