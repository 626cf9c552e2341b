package org.cytostorm.sensitivity.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.solve.OdeProblem;
import org.cytostorm.engine.solve.Solution;

/**
 * Readouts of a text or SBML model run by the engine: the factors override parameters (or species'
 * initial values) of the compiled problem, which runs from {@code start} to {@code end}, and each
 * readout is a statistic of one of its columns. Thread-safe: the compiled model is shared, each
 * evaluation solves its own problem.
 */
public final class ModelEvaluator implements Evaluator {

    private final OdeProblem problem;
    private final List<String> factors;
    private final List<Readout> readouts;

    /**
     * @throws IllegalArgumentException when a factor is not a parameter or species of the model, or
     *                                  a readout names no column of it
     */
    public ModelEvaluator(CompiledModel model, List<String> factors, List<Readout> readouts, double start, double end,
            int points) {
        OdeProblem p = model.problem().withUniformTimes(start, end, points);
        for (String f : factors) {
            try {
                p.with(f, 0.0);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parameter '" + f + "': " + e.getMessage(), e);
            }
        }
        List<String> columns = new ArrayList<>();
        for (Readout r : readouts) {
            if (!columns.contains(r.column())) {
                columns.add(r.column());
            }
        }
        try {
            p = p.withOutputs(columns);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("readouts " + columns + ": " + e.getMessage(), e);
        }
        this.problem = p;
        this.factors = List.copyOf(factors);
        this.readouts = List.copyOf(readouts);
    }

    @Override
    public List<String> outputs() {
        return readouts.stream().map(Readout::name).toList();
    }

    @Override
    public Evaluation evaluate(double[] values) {
        Map<String, Double> set = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            set.put(factors.get(i), values[i]);
        }
        Solution s = problem.with(set).solve();
        if (!s.isSuccess()) {
            return Evaluation.failed(readouts.size(), s.message());
        }
        double[] out = new double[readouts.size()];
        for (int i = 0; i < out.length; i++) {
            Readout r = readouts.get(i);
            out[i] = r.statistic().of(s.column(r.column()));
        }
        return new Evaluation(out, java.util.Optional.empty());
    }
}
