package org.cytostorm.tissue.sim;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.tissue.cells.CellType;
import org.cytostorm.tissue.cells.Kind;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.rules.Behaviours;
import org.cytostorm.tissue.rules.Direction;
import org.cytostorm.tissue.rules.Rule;

/**
 * The rules table compiled per cell type and behaviour, with switches applied once: a behaviour
 * whose mechanism is off has base 0 and no rules, and a rule tagged with a switched-off mechanism
 * is dropped. Evaluation follows PhysiCell's response functions: increases move the behaviour from
 * its base toward the rule's value by the Hill response, decreases move it toward the rule's value
 * from there, and a requires rule holds it at zero below its threshold.
 */
final class RuleBook {
    private static final Rule[] NONE = new Rule[0];

    private final double[][] base;
    private final Rule[][][] up;
    private final Rule[][][] down;
    private final Rule[][][] requires;
    /** Per type: fields it may secrete, take up, and types it may become (non-zero base or a rule). */
    final int[][] secretes;
    final int[][] takesUp;
    final int[][] becomes;
    /** Per type and field: factor on secretion (dexamethasone on immune cells). */
    final double[][] secretionScale;

    RuleBook(TissueConfig config) {
        List<CellType> types = config.types();
        Behaviours b = config.behaviours();
        int nt = types.size();
        int nb = b.count();
        int nf = config.fields().size();
        base = new double[nt][nb];
        up = new Rule[nt][nb][];
        down = new Rule[nt][nb][];
        requires = new Rule[nt][nb][];
        secretes = new int[nt][];
        takesUp = new int[nt][];
        becomes = new int[nt][];
        secretionScale = new double[nt][nf];
        for (int t = 0; t < nt; t++) {
            for (int k = 0; k < nb; k++) {
                boolean allowed = config.switches().allows(b.kind(k));
                base[t][k] = allowed ? types.get(t).base()[k] : 0;
                List<Rule> u = new ArrayList<>();
                List<Rule> d = new ArrayList<>();
                List<Rule> r = new ArrayList<>();
                for (Rule rule : config.rules()) {
                    if (rule.cellType() != t || rule.behaviour() != k || !allowed
                            || !config.switches().isOn(rule.mechanism())) {
                        continue;
                    }
                    (rule.direction() == Direction.INCREASES ? u : rule.direction() == Direction.DECREASES ? d : r).add(rule);
                }
                up[t][k] = u.isEmpty() ? NONE : u.toArray(NONE);
                down[t][k] = d.isEmpty() ? NONE : d.toArray(NONE);
                requires[t][k] = r.isEmpty() ? NONE : r.toArray(NONE);
            }
            List<Integer> s = new ArrayList<>();
            List<Integer> q = new ArrayList<>();
            for (int f = 0; f < nf; f++) {
                if (possible(t, b.secrete(f))) {
                    s.add(f);
                }
                if (possible(t, b.uptake(f))) {
                    q.add(f);
                }
                secretionScale[t][f] = immune(types.get(t).kind()) && cytokine(config.fields().get(f).name())
                        ? 1 - config.drugs().dexamethasone() : 1;
            }
            List<Integer> tr = new ArrayList<>();
            for (int o = 0; o < nt; o++) {
                if (o != t && possible(t, b.transform(o))) {
                    tr.add(o);
                }
            }
            secretes[t] = s.stream().mapToInt(Integer::intValue).toArray();
            takesUp[t] = q.stream().mapToInt(Integer::intValue).toArray();
            becomes[t] = tr.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Glucocorticoids repress cytokine and chemokine genes in immune cells, not pathogen or debris. */
    private static boolean cytokine(String field) {
        return !field.equals("pathogen") && !field.equals("damp");
    }

    private static boolean immune(Kind kind) {
        return !kind.lattice();
    }

    /** True when the behaviour can be non-zero for the type: a base value or an increasing rule. */
    boolean possible(int type, int behaviour) {
        return base[type][behaviour] > 0 || up[type][behaviour].length > 0;
    }

    /** The behaviour's value for a cell of {@code type} sensing through {@code sensor}. */
    double value(int type, int behaviour, Sensor sensor) {
        double b0 = base[type][behaviour];
        double v = b0;
        for (Rule r : up[type][behaviour]) {
            v += (r.value() - b0) * r.response(sensor.sense(r.signal()));
        }
        for (Rule r : down[type][behaviour]) {
            v += (r.value() - v) * r.response(sensor.sense(r.signal()));
        }
        for (Rule r : requires[type][behaviour]) {
            if (sensor.sense(r.signal()) < r.value()) {
                return 0;
            }
        }
        return v > 0 ? v : 0;
    }
}
