package org.cytostorm.sbml;

import java.util.List;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.Annotation;
import org.cytostorm.engine.model.Event;
import org.cytostorm.engine.model.EventAssignment;
import org.cytostorm.engine.model.InitialAssignment;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.Reaction;
import org.cytostorm.engine.model.Reference;
import org.cytostorm.engine.model.Species;
import org.cytostorm.engine.model.SpeciesReference;
import org.cytostorm.engine.text.AntimonyParser;

/** A model that uses every construct the exporter writes. */
final class KitchenSink {

    private KitchenSink() {
    }

    static final String TEXT = """
            function hill(x, K, n)
              x^n/(K^n + x^n)
            end
            function twice(y) 2*y; end
            model *sink()
              compartment plasma = 3, tissue = 0.5
              var compartment blood
              blood = 5
              species M in plasma, IL6 in plasma, $Src in tissue
              substanceOnly species Cells in tissue
              M = 1; IL6 = 0; Src = 2; Cells = 1e6
              J_prod: => IL6; plasma*k_il6*hill(M, K, 2)
              J_clear: IL6 => ; plasma*k_cl*IL6
              J_bind: 2 M + IL6 -> Cells; k_b*M*IL6*tissue
              k_il6 = 0.5 per_hour; K = 0.2; k_cl = 0.3; k_b = 1e-3
              r1 := piecewise(1, time < 5, 2, time < 10, 3) + twice(K)
              r2 := max(M, IL6, 0.1) + min(K, 1) + log(2, 8) + log10(K) + ln(3) + root(3, 27) + sqrt(4)
              r3 := quotient(7, 2) + rem(7, 2) + abs(-1) + floor(1.5) + ceil(1.5) + factorial(3) + exp(1)
              r4 := sin(K) + cos(K) + tan(K) + sec(K) + csc(K) + cot(K) + sinh(K) + cosh(K) + tanh(K)
              r5 := sech(K) + csch(K) + coth(K) + arcsin(K) + arccos(K) + arctan(K) + arcsec(2) + arccsc(2) + arccot(K)
              r6 := arcsinh(K) + arccosh(2) + arctanh(K) + arcsech(K) + arccsch(K) + arccoth(2)
              r7 := (1 < K <= 2) + (K == 0.2) + (K != 1) + (K > 0 && K < 1) + (K > 0 || K < 1) + xor(K > 1, K < 1) + !(K > 1)
              r8 := avogadro*1e-30 + pi + exponentiale + true + false + rateOf(IL6) - -K
              z = 0
              z' = 0.1*r1
              blood' = -0.01*blood
              k_late = 2*K
              E1: at 2 after IL6 > 0.5, priority = 1, t0 = false, persistent = false, fromTrigger = false: M = 0, z = z + 1
              at time > 24: k_cl = 0.6
              unit per_hour = 1 / 3600 second
              unit time_unit = 3600 second
              unit substance = 1e-9 mole
              unit conc = mole / litre
              M has conc
              IL6 is "interleukin-6"
              IL6 identity "http://identifiers.org/uniprot/P05231"
              IL6 hypernym "https://identifiers.org/GO:0005125"
              IL6.sboTerm = 247
              model description "PMID:16584750"
              //@ k_il6 evidence="moderate" source="PMID:16584750" source="DOI:10.1016/j.jtbi.2006.02.016" source="Smith & Jones (2006)" range="0.1..1" notes="fitted to <Fig. 2>\\nsecond line"
              //@ k_cl unit="1/h" sbo="custom term"
              //@ model evidence=assumed notes="a kitchen sink"
            end
            """;

    /** The text model plus what only SBML holds: local parameters, conversion factors, named stoichiometry. */
    static Model model() {
        Model m = AntimonyParser.parse(TEXT, "kitchen-sink.ant");
        Reaction bind = m.reaction("J_bind").orElseThrow();
        Reaction local = new Reaction("J_local", List.of(new SpeciesReference("M", 1, "stoich_M", false)),
                List.of(SpeciesReference.of("Cells", 0.5)), List.of("IL6"),
                new Call(Fn.MUL, List.of(new Sym("kl"), new Sym("M"), new Sym("IL6"), new Sym("plasma"))),
                List.of(new Parameter("kl", 0.25, true, "per_hour",
                        Annotation.EMPTY.withDisplayName("local rate").withEvidence("assumed"))),
                true, Annotation.EMPTY.withNotes("a reaction with a local parameter")
                        .withReference(new Reference("origin", "https://doi.org/10.1/x")));
        Expr one = new Num(1);
        return m.toBuilder()
                .putReaction(bind.withAnnotation(Annotation.EMPTY.withSboTerm("SBO:0000177")))
                .addReaction(local)
                .addParameter(new Parameter("cf", 2, true, "dimensionless", Annotation.EMPTY))
                .addParameter(new Parameter("cf_model", 1, true, null, Annotation.EMPTY))
                .putSpecies(m.species("Cells").orElseThrow().withConversionFactor("cf"))
                .addSpecies(Species.amount("Free", "tissue", Double.NaN).withConstant(true))
                .addInitialAssignment(new InitialAssignment("Free", new Call(Fn.MUL, List.of(new Sym("K"), one))))
                .addInitialAssignment(new InitialAssignment("stoich_M", new Num(1)))
                .addEvent(new Event("E_empty", new Call(Fn.GT, List.of(new Sym(Sym.TIME), new Num(50))), null, null,
                        false, true, true, List.<EventAssignment>of(), Annotation.EMPTY.withDisplayName("nothing")))
                .conversionFactor("cf_model")
                .build();
    }
}
