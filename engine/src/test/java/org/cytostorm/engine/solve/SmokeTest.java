package org.cytostorm.engine.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.model.Compartment;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelBuilder;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.Reaction;
import org.cytostorm.engine.model.Species;
import org.cytostorm.engine.model.SpeciesReference;
import org.cytostorm.engine.model.Annotation;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void decay() {
        Model m = new ModelBuilder()
                .addCompartment(Compartment.of("c", 2))
                .addSpecies(Species.concentration("A", "c", 3))
                .addParameter(Parameter.of("k", 0.5))
                .addReaction(new Reaction("J1", List.of(SpeciesReference.of("A", 1)), List.of(), List.of(),
                        Expr.call(Fn.MUL, Expr.sym("c"), Expr.sym("k"), Expr.sym("A")), List.of(), false, Annotation.EMPTY))
                .build();
        CompiledModel cm = CompiledModel.compile(m);
        System.out.println(org.cytostorm.engine.eval.KernelSource.of(cm.system()));
        Solution s = cm.problem().withUniformTimes(0, 4, 5)
                .withOptions(SolverOptions.DEFAULTS.withMethod(Method.RODAS5P).withTolerances(1e-10, 1e-12)).solve();
        System.out.println(s.returnCode() + " " + s.message() + " " + s.statistics());
        for (int r = 0; r < s.rows(); r++) {
            assertEquals(3 * Math.exp(-0.5 * s.time(r)), s.value("A", r), 1e-8);
        }
    }
}
