package org.cytostorm.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.solve.Method;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.engine.solve.SolverStatistics;

/**
 * Accuracy of the engine on the peers' run (Reynolds 2006, 0–200 h, 101 outputs, atol 1e-10) at
 * rtol 1e-4..1e-8 with RODAS5P, DOPRI853 and AUTO: steps, f evaluations, the state at 200 h and
 * the largest relative error of Nstar, D and C_A against
 * <ul>
 * <li>the peers' reference, lsoda at rtol 1e-12 as {@code ../shared/peers/run.sh} prints it
 *     (8 digits, so errors below ~1e-8 are not resolved), and</li>
 * <li>our own reference, RODAS5P at rtol 1e-12, atol 1e-16 (its own uncertainty is printed: the
 *     difference to DOPRI853 at the same tolerances).</li>
 * </ul>
 * P is 0 in the reference and ~0 in every run: its absolute value is printed, not a relative error.
 *
 * <p>Peers' results can be given as arguments to be put beside ours: a label followed by the four
 * values of y200 (P Nstar D C_A), or whole lines as the peers print them
 * ({@code cvode_bdf rtol=1e-06 atol=1e-10 us_per_run=... y200=0 0.034 0.298 0.454}: the label, the
 * four numbers after {@code y200=}, and rtol, steps, rhs and us_per_run when present are shown).
 *
 * <pre>java -cp bench/target/benchmarks.jar org.cytostorm.bench.PeerAccuracy [label P Nstar D C_A]...</pre>
 */
public final class PeerAccuracy {

    /** lsoda at rtol 1e-12, as ../shared/peers/run.sh prints it: P, Nstar, D, C_A at 200 h. */
    static final double[] PEER_REFERENCE = {0, 0.03409196, 0.29826102, 0.45415192};
    static final String[] NAMES = {"P", "Nstar", "D", "C_A"};
    static final double[] RTOLS = {1e-4, 1e-5, 1e-6, 1e-7, 1e-8};
    static final Method[] METHODS = {Method.RODAS5P, Method.DOPRI853, Method.AUTO};
    static final double ATOL = 1e-10;

    private PeerAccuracy() {
    }

    /** A peer's y200 with what else its line said (rtol, us_per_run, steps, rhs; "" when absent). */
    record Peer(String label, Map<String, String> info, double[] y200) {

        String get(String key) {
            return info.getOrDefault(key, "");
        }
    }

    public static void main(String[] args) {
        List<Peer> peers = parsePeers(args);
        CompiledModel model = BenchModels.compile(BenchModels.REYNOLDS);

        double[] own = y200(solve(model, Method.RODAS5P, 1e-12, 1e-16));
        double[] check = y200(solve(model, Method.DOPRI853, 1e-12, 1e-16));
        System.out.println("## Reynolds 2006, 0-200 h, 101 outputs, atol 1e-10: accuracy at t = 200 h");
        System.out.println();
        System.out.printf(Locale.ROOT, "Own reference (RODAS5P, rtol 1e-12, atol 1e-16): y200 = %s%n", fmt(own));
        System.out.printf(Locale.ROOT, "  DOPRI853 at the same tolerances differs from it by %.1e (largest relative,"
                + " Nstar/D/C_A); from the lsoda reference by %.1e%n", maxRelative(check, own),
                maxRelative(own, PEER_REFERENCE));
        System.out.printf(Locale.ROOT, "Peers' reference (lsoda, rtol 1e-12, 8 digits): y200 = %s%n%n",
                fmt(PEER_REFERENCE));

        System.out.println("| rtol | method | used | steps | rejected | f evals | Jacobians | P(200) | Nstar(200) "
                + "| D(200) | C_A(200) | rel. error vs lsoda ref | rel. error vs own ref |");
        System.out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (double rtol : RTOLS) {
            for (Method m : METHODS) {
                Solution s = solve(model, m, rtol, ATOL);
                SolverStatistics st = s.statistics();
                double[] y = y200(s);
                System.out.printf(Locale.ROOT, "| %.0e | %s | %s | %d | %d | %d | %d | %.3g | %.10f | %.10f | %.10f "
                                + "| %.2e | %.2e |%n", rtol, m, s.methodUsed(), st.steps(), st.rejectedSteps(),
                        st.rhsEvaluations(), st.jacobianEvaluations(), y[0], y[1], y[2], y[3],
                        maxRelative(y, PEER_REFERENCE), maxRelative(y, own));
            }
        }
        if (!peers.isEmpty()) {
            System.out.println();
            System.out.println("| peer | rtol | steps | f evals | µs per run | P(200) | Nstar(200) | D(200) | C_A(200) "
                    + "| rel. error vs lsoda ref | rel. error vs own ref |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (Peer p : peers) {
                double[] y = p.y200();
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %.3g | %.10f | %.10f | %.10f | %.2e | %.2e |%n",
                        p.label(), p.get("rtol"), p.get("steps"), p.get("rhs"), p.get("us_per_run"), y[0], y[1], y[2],
                        y[3], maxRelative(y, PEER_REFERENCE), maxRelative(y, own));
            }
        }
    }

    static Solution solve(CompiledModel model, Method method, double rtol, double atol) {
        return model.problem().withUniformTimes(0, 200, 101)
                .withOptions(SolverOptions.DEFAULTS.withMethod(method).withTolerances(rtol, atol)).solve().orThrow();
    }

    static double[] y200(Solution s) {
        double[] y = new double[NAMES.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = s.last(NAMES[i]);
        }
        return y;
    }

    /** Largest relative error of Nstar, D and C_A (indices 1..3). */
    static double maxRelative(double[] y, double[] reference) {
        double worst = 0;
        for (int i = 1; i < 4; i++) {
            worst = Math.max(worst, Math.abs(y[i] - reference[i]) / Math.abs(reference[i]));
        }
        return worst;
    }

    private static String fmt(double[] y) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < y.length; i++) {
            sb.append(i > 0 ? ", " : "(").append(NAMES[i]).append(' ')
                    .append(String.format(Locale.ROOT, "%.12g", y[i]));
        }
        return sb.append(')').toString();
    }

    /** Reads "label v v v v" groups or the peers' own output lines (see the class comment). */
    static List<Peer> parsePeers(String[] args) {
        List<Peer> peers = new ArrayList<>();
        String label = null;
        Map<String, String> info = new LinkedHashMap<>();
        List<Double> values = new ArrayList<>();
        for (String arg : args) {
            for (String token : arg.trim().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                String value = token;
                int eq = token.indexOf('=');
                if (eq >= 0) {
                    String key = token.substring(0, eq);
                    value = token.substring(eq + 1);
                    if (!key.equals("y200")) {
                        info.put(key, value);
                        continue;
                    }
                    if (value.isEmpty()) {
                        continue;
                    }
                }
                Double number = parse(value);
                if (number == null) {
                    label = token;
                    info = new LinkedHashMap<>();
                    values.clear();
                    continue;
                }
                if (label == null) {
                    throw new IllegalArgumentException("a peer's values need a label first: " + token);
                }
                values.add(number);
                if (values.size() == 4) {
                    peers.add(new Peer(label, info, values.stream().mapToDouble(Double::doubleValue).toArray()));
                    values.clear();
                }
            }
        }
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("peer " + label + " needs four values (P Nstar D C_A), got " + values);
        }
        return peers;
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
