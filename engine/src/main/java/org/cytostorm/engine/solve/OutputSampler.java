package org.cytostorm.engine.solve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.solve.observe.Action;
import org.cytostorm.engine.solve.observe.OutputHandler;
import org.cytostorm.engine.solve.observe.OutputRow;

/**
 * Records the solution's rows at the requested output times and hands each, as it is recorded, to
 * the output handlers. Output times do not limit the step size: a row inside a step is read from the
 * step's dense output; a row at a point where the run stops (an event, an intervention, a
 * breakpoint, the end) is recorded after what happens there, so it shows the state after a jump.
 * Each row holds the problem's output columns, computed by the observable kernel from the state.
 */
final class OutputSampler {

    private static final OutputHandler[] NO_HANDLERS = {};

    private final RunState run;
    private final double[] times;
    private final int[] columnSource;
    private final double[][] columns;
    private final double[] yOut;
    private final double[] observables;
    private final OutputHandler[] handlers;
    /** The handlers' view of the row just recorded; only with handlers. */
    private final Row view;
    private int row;

    OutputSampler(RunState run, List<OutputHandler> handlers) {
        this.run = run;
        OdeProblem problem = run.problem;
        this.times = problem.outputTimes();
        List<String> outputs = problem.outputs();
        List<String> observableNames = run.system.observableNames();
        Map<String, Integer> observableIndex = run.system.observableIndex();
        this.columnSource = new int[outputs.size()];
        for (int c = 0; c < outputs.size(); c++) {
            columnSource[c] = observableIndex.getOrDefault(outputs.get(c), -1);
        }
        this.columns = new double[outputs.size()][times.length];
        this.yOut = new double[run.n];
        this.observables = new double[observableNames.size()];
        this.handlers = handlers.isEmpty() ? NO_HANDLERS : handlers.toArray(NO_HANDLERS);
        this.view = this.handlers.length == 0 ? null : new Row(outputs);
    }

    /**
     * Records output times strictly before {@code limit} from the step's dense output. Returns false
     * when a handler stopped the run (at the time of {@link #lastTime()}).
     */
    boolean emitBefore(DenseStep step, double limit) {
        while (row < times.length && times[row] < limit) {
            step.interpolate(times[row], yOut);
            if (!record(times[row], yOut)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records output times up to and including {@code limit} from {@code state} (the run's point,
     * after events there). Returns false when a handler stopped the run.
     */
    boolean emitThrough(double limit, double[] state) {
        while (row < times.length && times[row] <= limit) {
            if (!record(times[row], state)) {
                return false;
            }
        }
        return true;
    }

    private boolean record(double time, double[] state) {
        run.kernels.observe(time, state, run.p, run.w, observables);
        for (int c = 0; c < columns.length; c++) {
            columns[c][row] = observables[columnSource[c]];
        }
        row++;
        boolean go = true;
        for (OutputHandler h : handlers) {
            if (h.handleRow(view) == Action.STOP) {
                go = false;
            }
        }
        return go;
    }

    /** The requested output times (all of them). */
    double[] times() {
        return times;
    }

    /** The columns, each as long as {@link #times()}; the first {@link #rows()} entries are filled. */
    double[][] columns() {
        return columns;
    }

    /** Number of rows recorded. */
    int rows() {
        return row;
    }

    /** The time of the last row recorded. */
    double lastTime() {
        return times[row - 1];
    }

    /** The last row recorded, as the handlers see it. */
    private final class Row implements OutputRow {

        private final List<String> names;
        private final Map<String, Integer> index = new HashMap<>();

        Row(List<String> names) {
            this.names = names;
            for (int c = 0; c < names.size(); c++) {
                index.put(names.get(c), c);
            }
        }

        @Override
        public int index() {
            return row - 1;
        }

        @Override
        public double time() {
            return times[row - 1];
        }

        @Override
        public List<String> names() {
            return names;
        }

        @Override
        public double value(int column) {
            return columns[column][row - 1];
        }

        @Override
        public double value(String name) {
            Integer c = index.get(name);
            if (c == null) {
                throw new IllegalArgumentException("no output column '" + name + "'; columns are " + names);
            }
            return columns[c][row - 1];
        }
    }
}
