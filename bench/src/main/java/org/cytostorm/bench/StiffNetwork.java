package org.cytostorm.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic, seeded generator of stiff mass-action networks: every species has a first-order
 * outflow (conversion to a later species, or degradation), a few species have constant inflows,
 * and the rest are bimolecular associations {@code A + B -> C} (C after A and B), slow backward
 * conversions and extra degradations. Every species drains toward a degradation through its
 * forward conversions and no reaction makes more molecules than it uses, so the network settles to
 * a steady state instead of blowing up. Rate constants are log-uniform over several decades
 * (first order 10⁻²..10³, second order 10⁻¹..10²), which makes the system stiff (fast and slow time
 * scales six decades apart).
 *
 * <p>It produces the model as text in the engine's format ({@link #text()}) and the natural
 * hand-written form of the same system ({@link #handWritten()}).
 */
public final class StiffNetwork {

    /** Seed of the network called network50 in the benchmarks. */
    public static final long NETWORK50_SEED = 20060401L;

    /**
     * One mass-action reaction {@code a + b -> product} with rate {@code k·[a]·[b]}; {@code a = -1}
     * for an inflow (rate k), {@code b = -1} for a first-order reaction, {@code product = -1} for a
     * sink.
     */
    public record Reaction(int a, int b, int product, double k) {

        public int order() {
            return a < 0 ? 0 : (b < 0 ? 1 : 2);
        }
    }

    private final String name;
    private final int species;
    private final List<Reaction> reactions;
    private final double[] initial;
    private final long seed;

    private StiffNetwork(String name, int species, List<Reaction> reactions, double[] initial, long seed) {
        this.name = name;
        this.species = species;
        this.reactions = List.copyOf(reactions);
        this.initial = initial;
        this.seed = seed;
    }

    /** The 50-species, 100-reaction network of the benchmarks. */
    public static StiffNetwork network50() {
        return generate("network50", 50, 100, NETWORK50_SEED);
    }

    /**
     * Generates a network.
     *
     * @param species   number of species (at least 4)
     * @param reactions number of reactions, at least species + species/10
     */
    public static StiffNetwork generate(String name, int species, int reactions, long seed) {
        int inflows = Math.max(1, species / 10);
        if (species < 4 || reactions < species + inflows) {
            throw new IllegalArgumentException("need at least 4 species and species + species/10 reactions");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<Reaction> list = new ArrayList<>();
        // every species has a first-order outflow: to a later species (so everything drains toward
        // the sinks at the end) or a degradation
        for (int i = 0; i < species; i++) {
            double k = logUniform(rng, -2, 3);
            if (i >= species - 3 || rng.nextDouble() < 0.2) {
                list.add(new Reaction(i, -1, -1, k));
            } else {
                int to = i + 1 + rng.nextInt(Math.min(8, species - 1 - i));
                list.add(new Reaction(i, -1, to, k));
            }
        }
        // constant inflows into the first half
        for (int j = 0; j < inflows; j++) {
            list.add(new Reaction(-1, -1, rng.nextInt(species / 2), logUniform(rng, -1, 1)));
        }
        while (list.size() < reactions) {
            double u = rng.nextDouble();
            if (u < 0.65) {
                int a = rng.nextInt(species - 1);
                int b = rng.nextInt(species - 1);
                while (b == a) {
                    b = rng.nextInt(species - 1);
                }
                int last = Math.max(a, b);
                int c = last + 1 + rng.nextInt(Math.min(5, species - 1 - last));
                list.add(new Reaction(a, b, c, logUniform(rng, -1, 2)));
            } else if (u < 0.85) {
                int from = 1 + rng.nextInt(species - 1);
                list.add(new Reaction(from, -1, rng.nextInt(from), logUniform(rng, -3, -1)));
            } else {
                list.add(new Reaction(rng.nextInt(species), -1, -1, logUniform(rng, -2, 1)));
            }
        }
        // a real network's reactions come in no particular order
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, rng.nextInt(i + 1));
        }
        double[] initial = new double[species];
        for (int i = 0; i < species; i++) {
            initial[i] = rng.nextDouble();
        }
        return new StiffNetwork(name, species, list, initial, seed);
    }

    private static double logUniform(SplittableRandom rng, double lowExponent, double highExponent) {
        return Math.pow(10, lowExponent + (highExponent - lowExponent) * rng.nextDouble());
    }

    public String name() {
        return name;
    }

    public int species() {
        return species;
    }

    public List<Reaction> reactions() {
        return reactions;
    }

    public double[] initial() {
        return initial.clone();
    }

    public static String speciesName(int i) {
        return "S" + i;
    }

    /**
     * The model in the engine's text format: species S0..S(n−1) (declared in order, so the state
     * vector is in that order) in {@code default_compartment} of size 1, reactions
     * {@code J17: S3 + S8 -> S12; k17*S3*S8}, then initial values and rate constants (printed so
     * that they read back exactly).
     */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("// Stiff mass-action network: ").append(species).append(" species, ").append(reactions.size())
                .append(" reactions.\n// Generated by org.cytostorm.bench.StiffNetwork (seed ").append(seed)
                .append("); do not edit.\n");
        sb.append("model ").append(name).append("()\n");
        for (int i = 0; i < species; i += 10) {
            sb.append("  species ");
            for (int j = i; j < Math.min(species, i + 10); j++) {
                sb.append(j > i ? ", " : "").append(speciesName(j));
            }
            sb.append('\n');
        }
        sb.append('\n');
        for (int r = 0; r < reactions.size(); r++) {
            Reaction x = reactions.get(r);
            sb.append("  J").append(r).append(": ");
            if (x.a() >= 0) {
                sb.append(speciesName(x.a()));
                if (x.b() >= 0) {
                    sb.append(" + ").append(speciesName(x.b()));
                }
                sb.append(' ');
            }
            sb.append("->");
            if (x.product() >= 0) {
                sb.append(' ').append(speciesName(x.product()));
            }
            sb.append("; k").append(r);
            if (x.a() >= 0) {
                sb.append('*').append(speciesName(x.a()));
            }
            if (x.b() >= 0) {
                sb.append('*').append(speciesName(x.b()));
            }
            sb.append('\n');
        }
        sb.append('\n');
        for (int i = 0; i < species; i++) {
            sb.append("  ").append(speciesName(i)).append(" = ").append(number(initial[i])).append('\n');
        }
        for (int r = 0; r < reactions.size(); r++) {
            sb.append("  k").append(r).append(" = ").append(number(reactions.get(r).k())).append('\n');
        }
        sb.append("end\n");
        return sb.toString();
    }

    private static String number(double v) {
        // Double.toString round-trips, and the text format accepts its E exponent
        return Double.toString(v);
    }

    /** The same system as a hand-written {@link org.cytostorm.engine.solve.OdeFunction}. */
    public HandWrittenNetwork handWritten() {
        return new HandWrittenNetwork(this);
    }
}
