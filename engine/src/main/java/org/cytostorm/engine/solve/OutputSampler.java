package org.cytostorm.engine.solve;

import java.util.List;

/**
 * Records the solution's rows at the requested output times. Output times do not limit the step
 * size: a row inside a step is read from the step's dense output; a row at a point where the run
 * stops (an event, an intervention, a breakpoint, the end) is recorded after what happens there,
 * so it shows the state after a jump. Each row holds the problem's output columns, computed by the
 * observable kernel from the state.
 */
final class OutputSampler {

    private final RunState run;
    private final double[] times;
    private final int[] columnSource;
    private final double[][] columns;
    private final double[] yOut;
    private final double[] observables;
    private int row;

    OutputSampler(RunState run) {
        this.run = run;
        OdeProblem problem = run.problem;
        this.times = problem.outputTimes();
        List<String> outputs = problem.outputs();
        List<String> observableNames = run.system.observableNames();
        this.columnSource = new int[outputs.size()];
        for (int c = 0; c < outputs.size(); c++) {
            columnSource[c] = observableNames.indexOf(outputs.get(c));
        }
        this.columns = new double[outputs.size()][times.length];
        this.yOut = new double[run.n];
        this.observables = new double[observableNames.size()];
    }

    /** Records output times strictly before {@code limit} from the step's dense output. */
    void emitBefore(DenseStep step, double limit) {
        while (row < times.length && times[row] < limit) {
            step.interpolate(times[row], yOut);
            record(times[row], yOut);
        }
    }

    /** Records output times up to and including {@code limit} from {@code state} (the run's point, after events there). */
    void emitThrough(double limit, double[] state) {
        while (row < times.length && times[row] <= limit) {
            record(times[row], state);
        }
    }

    private void record(double time, double[] state) {
        run.kernels.observe(time, state, run.p, run.w, observables);
        for (int c = 0; c < columns.length; c++) {
            columns[c][row] = observables[columnSource[c]];
        }
        row++;
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
}
