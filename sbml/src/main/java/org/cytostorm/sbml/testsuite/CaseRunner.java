package org.cytostorm.sbml.testsuite;

import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cytostorm.common.input.InputException;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.model.Species;
import org.cytostorm.engine.solve.Method;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverException;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.engine.system.SymbolInfo;
import org.cytostorm.sbml.SbmlException;
import org.cytostorm.sbml.SbmlImporter;

/**
 * Runs one case: reads its settings and expected results, imports and compiles its SBML Level 3
 * Version 2 model, integrates it at the case's output times with tolerances tighter than the case's,
 * reports each variable as an amount or a concentration as the settings ask, and judges every point
 * with {@link PassCriterion}. Never throws: whatever goes wrong becomes a failed {@link CaseResult}
 * whose reason says where (import, compilation, solver, first failing point).
 *
 * <p>Immutable and thread-safe: one runner serves any number of threads.
 */
public final class CaseRunner {

    /** Turns a model file into the engine's model. */
    @FunctionalInterface
    public interface ModelLoader {
        Model load(Path file) throws Exception;
    }

    /** The project's SBML importer. */
    public static final ModelLoader SBML = SbmlImporter::read;

    /** The longest reason kept (exception messages can be long). */
    private static final int MAX_REASON = 600;

    private final ModelLoader loader;
    private final Method method;

    /** Imports with the SBML importer and integrates with {@link Method#AUTO}. */
    public CaseRunner() {
        this(SBML, Method.AUTO);
    }

    public CaseRunner(ModelLoader loader, Method method) {
        this.loader = loader;
        this.method = method;
    }

    public Method method() {
        return method;
    }

    /**
     * The solver options for a case: tolerances two orders tighter than the pass criterion's
     * relative one and three orders below its absolute one (capped at 1e-8 and 1e-12), so the
     * integration error stays well inside what the case allows.
     */
    public SolverOptions optionsFor(CaseSettings settings) {
        double rtol = Math.max(1e-12, Math.min(1e-8, settings.relative() / 100));
        double atol = settings.absolute() > 0 ? Math.min(settings.absolute() / 1000, 1e-12) : 1e-15;
        return SolverOptions.DEFAULTS.withTolerances(rtol, atol).withMethod(method).withMaxSteps(500_000);
    }

    /** Runs the case; never throws (an {@link Error} too becomes a failed result). */
    public CaseResult run(SuiteCase c) {
        long t0 = System.nanoTime();
        String[] stage = {"read case"};
        CaseResult r;
        try {
            r = runUnchecked(c, t0, stage);
        } catch (Throwable e) {
            r = CaseResult.failed(c, Outcome.INTERNAL_ERROR, stage[0] + ": " + describe(e), System.nanoTime() - t0);
        }
        String clean = clean(r.reason(), c);
        return clean.equals(r.reason()) ? r
                : new CaseResult(r.id(), r.tier(), r.componentTags(), r.testTags(), r.outcome(), clean,
                        r.elapsedNanos());
    }

    private CaseResult runUnchecked(SuiteCase c, long t0, String[] stage) {
        CaseSettings settings;
        ExpectedResults expected;
        try {
            settings = CaseSettings.read(c.settingsFile());
            expected = ExpectedResults.read(c.resultsFile(), settings);
        } catch (NoSuchFileException e) {
            return CaseResult.failed(c, Outcome.CASE_ERROR, e.getFile() + ": no such file", System.nanoTime() - t0);
        } catch (IOException | InputException e) {
            return CaseResult.failed(c, Outcome.CASE_ERROR, message(e), System.nanoTime() - t0);
        }

        stage[0] = "import";
        Model model;
        try {
            model = loader.load(c.modelFile());
            if (model == null) {
                throw new IllegalStateException("the model loader returned no model");
            }
        } catch (NoSuchFileException e) {
            return CaseResult.failed(c, Outcome.CASE_ERROR, e.getFile() + ": no such file", System.nanoTime() - t0);
        } catch (Exception e) {
            Outcome o = importOutcome(e);
            return CaseResult.failed(c, o, o == Outcome.INTERNAL_ERROR ? "import: " + describe(e) : message(e),
                    System.nanoTime() - t0);
        }

        stage[0] = "compile";
        CompiledModel compiled;
        try {
            compiled = CompiledModel.compile(model);
        } catch (ModelException e) {
            Outcome o = e.problem() == ModelException.Problem.UNSUPPORTED ? Outcome.UNSUPPORTED : Outcome.MODEL_ERROR;
            return CaseResult.failed(c, o, message(e), System.nanoTime() - t0);
        } catch (UnsupportedOperationException e) {
            return CaseResult.failed(c, Outcome.UNSUPPORTED, message(e), System.nanoTime() - t0);
        } catch (RuntimeException e) {
            return CaseResult.failed(c, Outcome.INTERNAL_ERROR, "compile: " + describe(e), System.nanoTime() - t0);
        }

        List<Column> columns = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        List<String> observable = compiled.system().observableNames();
        for (String v : settings.variables()) {
            if (!observable.contains(v)) {
                return CaseResult.failed(c, Outcome.MISSING_OUTPUT, "'" + v
                        + "' is not a species, compartment, parameter, reaction or rule variable of the imported model",
                        System.nanoTime() - t0);
            }
            Column col = column(v, settings, compiled);
            if (col.compartment() != null && !observable.contains(col.compartment())) {
                return CaseResult.failed(c, Outcome.MISSING_OUTPUT, "compartment '" + col.compartment()
                        + "' of species '" + v + "' cannot be output", System.nanoTime() - t0);
            }
            columns.add(col);
            addOnce(outputs, v);
            if (col.compartment() != null) {
                addOnce(outputs, col.compartment());
            }
        }

        stage[0] = "solve";
        Solution solution;
        try {
            solution = compiled.problem()
                    .withTimes(settings.start(), settings.end(), expected.times())
                    .withOutputs(outputs)
                    .withOptions(optionsFor(settings))
                    .solve();
        } catch (SolverException e) {
            return CaseResult.failed(c, Outcome.SOLVER_FAILURE, message(e), System.nanoTime() - t0);
        } catch (ModelException e) {
            Outcome o = e.problem() == ModelException.Problem.UNSUPPORTED ? Outcome.UNSUPPORTED : Outcome.MODEL_ERROR;
            return CaseResult.failed(c, o, message(e), System.nanoTime() - t0);
        } catch (RuntimeException e) {
            return CaseResult.failed(c, Outcome.INTERNAL_ERROR, "solve: " + describe(e), System.nanoTime() - t0);
        }

        stage[0] = "compare";
        Mismatch first = null;
        int failing = 0;
        int rows = Math.min(solution.rows(), expected.rows());
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < columns.size(); j++) {
                Column col = columns.get(j);
                double want = expected.value(r, j);
                double got = col.value(solution, r);
                if (!PassCriterion.passes(want, got, settings.absolute(), settings.relative())) {
                    failing++;
                    if (first == null) {
                        first = new Mismatch(col.name(), expected.times()[r], want, got,
                                PassCriterion.allowed(want, settings.absolute(), settings.relative()));
                    }
                }
            }
        }
        long elapsed = System.nanoTime() - t0;
        if (!solution.isSuccess()) {
            String detail = solution.returnCode() + " at t=" + Numbers.format(solution.finalTime())
                    + (solution.message().isEmpty() ? "" : ": " + solution.message());
            if (first != null) {
                detail += "; before that, " + first;
            }
            return CaseResult.failed(c, Outcome.SOLVER_FAILURE, detail, elapsed);
        }
        if (first != null) {
            int points = rows * columns.size();
            return CaseResult.failed(c, Outcome.WRONG_VALUES, first + "; " + failing + " of " + points
                    + " points fail", elapsed);
        }
        return CaseResult.passed(c, elapsed);
    }

    /** Where an import exception belongs. */
    static Outcome importOutcome(Throwable e) {
        if (e instanceof UnsupportedOperationException) {
            return Outcome.UNSUPPORTED;
        }
        if (e instanceof ModelException me) {
            return me.problem() == ModelException.Problem.UNSUPPORTED ? Outcome.UNSUPPORTED : Outcome.IMPORT_ERROR;
        }
        if (e instanceof SbmlException || e instanceof IOException
                || e.getClass().getSimpleName().endsWith("ParseException")) {
            String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            return m.contains("unsupported") || m.contains("not supported") ? Outcome.UNSUPPORTED : Outcome.IMPORT_ERROR;
        }
        return Outcome.INTERNAL_ERROR;
    }

    /** How a compared variable is read from the solution. */
    private record Column(String name, String compartment, boolean multiply) {
        double value(Solution s, int row) {
            double v = s.value(name, row);
            if (compartment == null) {
                return v;
            }
            double size = s.value(compartment, row);
            return multiply ? v * size : v / size;
        }
    }

    /**
     * A species asked as an amount but reported by the engine as a concentration is multiplied by
     * its compartment's size; one asked as a concentration but reported as an amount is divided by
     * it. Which one the engine reports is its own {@link SymbolInfo#concentration()}: a concentration
     * unless hasOnlySubstanceUnits, except in a 0-dimensional compartment, where the engine keeps
     * the amount. Anything else is compared as the engine reports it.
     */
    private static Column column(String v, CaseSettings settings, CompiledModel compiled) {
        Optional<Species> sp = compiled.model().species(v);
        if (sp.isEmpty()) {
            return new Column(v, null, false);
        }
        Species s = sp.get();
        boolean reportedAsConcentration = compiled.system().symbol(v).map(SymbolInfo::concentration)
                .orElse(!s.hasOnlySubstanceUnits());
        if (settings.amount().contains(v) && reportedAsConcentration) {
            return new Column(v, s.compartment(), true);
        }
        if (settings.concentration().contains(v) && !reportedAsConcentration) {
            return new Column(v, s.compartment(), false);
        }
        return new Column(v, null, false);
    }

    private record Mismatch(String variable, double time, double expected, double actual, double allowed) {
        @Override
        public String toString() {
            String tail = Double.isFinite(expected) ? " (allowed difference " + Numbers.format(allowed) + ")" : "";
            return variable + " at t=" + Numbers.format(time) + ": expected " + Numbers.format(expected) + ", got "
                    + Numbers.format(actual) + tail;
        }
    }

    private static void addOnce(List<String> list, String s) {
        if (!list.contains(s)) {
            list.add(s);
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** An unexpected exception: its class, message and where it was thrown. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            sb.append(": ").append(e.getMessage());
        }
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            sb.append(" (at ").append(trace[0].getClassName().replaceFirst("^.*\\.", "")).append('.')
                    .append(trace[0].getMethodName()).append(':').append(trace[0].getLineNumber()).append(')');
        }
        return sb.toString();
    }

    /** One line, no machine-specific paths (the case folder is dropped), at most {@link #MAX_REASON} characters. */
    static String clean(String reason, SuiteCase c) {
        String s = reason.replace(c.dir().toString() + File.separator, "")
                .replace(c.dir().toAbsolutePath().toString() + File.separator, "");
        s = s.replaceAll("\\s*\\R\\s*", " ").strip();
        if (s.length() > MAX_REASON) {
            s = s.substring(0, MAX_REASON - 3) + "...";
        }
        return s;
    }
}
