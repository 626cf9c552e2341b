package org.cytostorm.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cytostorm.engine.eval.InterpretedKernels;
import org.cytostorm.engine.eval.KernelCompiler;
import org.cytostorm.engine.eval.Kernels;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.Rule;
import org.cytostorm.engine.model.Species;
import org.cytostorm.engine.solve.OdeProblem;
import org.cytostorm.engine.solve.rosenbrock.SparseLuPlan;
import org.cytostorm.engine.system.Lowering;
import org.cytostorm.engine.system.OdeSystem;

/**
 * A model validated, lowered and compiled to bytecode once; immutable and thread-safe, so any
 * number of runs (threads) can share it. Start runs with {@link #problem()}.
 *
 * <pre>{@code
 * CompiledModel m = CompiledModel.compile(AntimonyParser.parse(text, "model.ant"));
 * Solution s = m.problem().withUniformTimes(0, 200, 101).with("k_pg", 0.6).solve();
 * }</pre>
 */
public final class CompiledModel {

    private final Model model;
    private final OdeSystem system;
    private final Kernels kernels;
    private final List<String> defaultOutputs;
    /** How the stiff solvers factor this model's W = I/(hγ) − J sparsely, worked out once here for all runs. */
    private final Optional<SparseLuPlan> sparseLu;

    private CompiledModel(Model model, OdeSystem system, Kernels kernels) {
        this.model = model;
        this.system = system;
        this.kernels = kernels;
        this.defaultOutputs = defaultOutputs(model);
        this.sparseLu = SparseLuPlan.of(system.dimension(), system.jacobianNonzeros());
    }

    /**
     * Validates, lowers and compiles a model to bytecode. A model whose code one JVM class cannot
     * hold (tens of thousands of variables) is evaluated by the reference interpreter instead:
     * slower, with the same results.
     */
    public static CompiledModel compile(Model model) {
        OdeSystem system = Lowering.lower(model);
        Kernels kernels;
        try {
            kernels = KernelCompiler.compile(system);
        } catch (KernelCompiler.ClassTooLargeException e) {
            kernels = new InterpretedKernels(system);
        }
        return new CompiledModel(model, system, kernels);
    }

    /**
     * The same model evaluated by the reference tree-walking interpreter instead of generated code:
     * slower, for checking the compiler.
     */
    public static CompiledModel interpreted(Model model) {
        OdeSystem system = Lowering.lower(model);
        return new CompiledModel(model, system, new InterpretedKernels(system));
    }

    /** The default columns: every species, then assignment-rule and rate-rule variables. */
    private static List<String> defaultOutputs(Model model) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (Species s : model.species()) {
            out.add(s.id());
        }
        for (Rule r : model.rules()) {
            if (r.variable() != null) {
                out.add(r.variable());
            }
        }
        return new ArrayList<>(out);
    }

    public Model model() {
        return model;
    }

    public OdeSystem system() {
        return system;
    }

    public Kernels kernels() {
        return kernels;
    }

    /**
     * The model's parameter vector with its derived constants computed: what the kernels expect
     * as {@code p} when called directly (before initial assignments; a run computes its own).
     */
    public double[] defaultParameters() {
        double[] p = system.parameterDefaults();
        Kernels.updateDerived(kernels, system, p, new double[Math.max(1, system.workspaceSize())],
                new double[system.derive().outputSize()]);
        return p;
    }

    /**
     * The sparse factorization plan the Rosenbrock methods use for this model, or empty when its
     * Jacobian is small or dense enough for dense factorization (see {@link SparseLuPlan#of}).
     */
    public Optional<SparseLuPlan> sparseLuPlan() {
        return sparseLu;
    }

    public List<String> defaultOutputs() {
        return defaultOutputs;
    }

    /** A problem with the model's own values, from t = 0 to 1 with outputs at both ends; refine with its with-methods. */
    public OdeProblem problem() {
        return OdeProblem.of(this);
    }
}
