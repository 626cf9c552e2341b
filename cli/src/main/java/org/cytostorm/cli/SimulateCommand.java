package org.cytostorm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.io.ModelReaders;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.solve.OdeProblem;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.engine.solve.SolverStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cytostorm simulate MODEL --end T --points N [--set NAME=VALUE]... [--out FILE.csv]}. */
@Command(name = "simulate", header = "Integrate a model file (text or SBML) and write its trajectories as CSV.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Integrates a model and writes its trajectories as CSV: a time column, then one column",
                "per species and per rule variable, named by their ids. Without --out the CSV goes to",
                "standard output; with it, the file is written whole or not at all."})
final class SimulateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "model file: .ant/.txt/.antimony (text format) or .xml/.sbml (SBML)")
    private Path modelFile;

    @Option(names = "--end", required = true, paramLabel = "T", description = "end time (model time units)")
    private double end;

    @Option(names = "--start", defaultValue = "0", paramLabel = "T0", description = "start time (default: ${DEFAULT-VALUE})")
    private double start;

    @Option(names = "--points", defaultValue = "101", paramLabel = "N",
            description = "output times, equally spaced, both ends included (default: ${DEFAULT-VALUE})")
    private int points;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "override a parameter's value or a species' initial value (repeatable)")
    private Map<String, Double> overrides = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "FILE.csv", description = "write the CSV here instead of standard output")
    private Path out;

    @Mixin
    private SolverOptionsMixin solver;

    @Override
    public Integer call() throws Exception {
        // options first: a bad option is reported before the model is read and compiled
        if (!Double.isFinite(start) || !Double.isFinite(end) || !(end > start)) {
            throw new IllegalArgumentException("--end (" + end + ") must be after --start (" + start + "), both finite");
        }
        if (points < 2 || points > OdeProblem.MAX_OUTPUT_TIMES) {
            throw new IllegalArgumentException("--points must be between 2 and " + OdeProblem.MAX_OUTPUT_TIMES
                    + " (the limit), not " + points);
        }
        SolverOptions options = solver.toOptions();
        if (out != null) {
            AtomicFiles.requireWritable(out, "--out");
        }
        Model model = ModelReaders.read(modelFile);
        CompiledModel compiled;
        try {
            compiled = CompiledModel.compile(model);
        } catch (ModelException e) {
            // found while lowering (an initial value missing, a limit): the element is named, the file added
            throw new InputException(modelFile.toString(), 0, e.elementId() == null ? "" : e.elementId(), e.getMessage());
        }
        OdeProblem problem = compiled.problem()
                .withUniformTimes(start, end, points)
                .with(overrides)
                .withOptions(options);
        long t0 = System.nanoTime();
        Solution solution = problem.solve().orThrow();
        double ms = (System.nanoTime() - t0) / 1e6;
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            solution.writeCsv(stdout);
            stdout.flush();
        } else {
            solution.writeCsv(out);
            SolverStatistics s = solution.statistics();
            PrintWriter err = spec.commandLine().getErr();
            err.printf(java.util.Locale.ROOT, "wrote %s: %d rows x %d columns; %s, %d steps (%d rejected), %d f and %d"
                            + " Jacobian evaluations, %d events, %.1f ms%n", out, solution.rows(),
                    solution.names().size() + 1, solution.methodUsed(), s.steps(), s.rejectedSteps(),
                    s.rhsEvaluations(), s.jacobianEvaluations(), s.events(), ms);
            err.flush();
        }
        return ExitCodes.OK;
    }
}
