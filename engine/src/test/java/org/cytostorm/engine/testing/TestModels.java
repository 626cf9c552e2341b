package org.cytostorm.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/** The engine's test models as text, by name: every model the engine tests solve. */
public final class TestModels {

    private TestModels() {
    }

    public static String reynolds() {
        try {
            return Files.readString(SharedReference.reynoldsDir()
                    .resolve("BIOMD0000000714_tellurium_A_reduced_mathematical_model_o.ant"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final String ROBERTSON = ""
            + "model robertson\n"
            + "  y1 = 1; y2 = 0; y3 = 0\n"
            + "  k1 = 0.04; k2 = 3e7; k3 = 1e4\n"
            + "  y1' = -k1*y1 + k3*y2*y3\n"
            + "  y2' = k1*y1 - k3*y2*y3 - k2*y2^2\n"
            + "  y3' = k2*y2^2\n"
            + "end\n";

    public static final String VAN_DER_POL = ""
            + "model vdp\n"
            + "  mu = 1000\n"
            + "  x = 2; v = 0\n"
            + "  x' = v\n"
            + "  v' = mu*(1 - x^2)*v - x\n"
            + "end\n";

    /** First-order decay in a compartment of size 2.5 (rate written per volume). */
    public static final String DECAY = ""
            + "model decay\n"
            + "  compartment c = 2.5\n"
            + "  species A in c\n"
            + "  A = 3\n"
            + "  k = 0.7\n"
            + "  J1: A => ; c*k*A\n"
            + "end\n";

    /** Logistic growth as a rate rule. */
    public static final String LOGISTIC = ""
            + "model logistic\n"
            + "  N = 0.01; r = 1.3; K = 5\n"
            + "  N' = r*N*(1 - N/K)\n"
            + "end\n";

    /** Two-compartment PK: elimination, distribution, an infusion from 30 to 35 h, boluses at 12 and 24 h. */
    public static final String PHARMACOKINETICS = ""
            + "model pk2\n"
            + "  compartment central, peripheral\n"
            + "  central = 1; peripheral = 1\n"
            + "  substanceOnly species A1 in central\n"
            + "  substanceOnly species A2 in peripheral\n"
            + "  A1 = dose; A2 = 0\n"
            + "  k10 = 0.3; k12 = 0.5; k21 = 0.2\n"
            + "  dose = 100; R0 = 40; tinf = 30; Tinf = 5\n"
            + "  elimination: A1 => ; k10*A1\n"
            + "  distribution: A1 -> A2; k12*A1 - k21*A2\n"
            + "  infusion: => A1; piecewise(R0, time >= tinf && time < tinf + Tinf, 0)\n"
            + "  B1: at (time >= 12): A1 = A1 + dose\n"
            + "  B2: at (time >= 24): A1 = A1 + dose\n"
            + "end\n";

    /** A model using every built-in function, a user function, rules of all kinds, and events. */
    public static final String KITCHEN_SINK = ""
            + "function hill(x, k, n)\n"
            + "  x^n/(k^n + x^n)\n"
            + "end\n"
            + "model sink\n"
            + "  compartment c = 1.5\n"
            + "  species A in c, B in c\n"
            + "  substanceOnly species C in c\n"
            + "  A = 1.2; B = 0.4; C = 2\n"
            + "  k1 = 0.3; k2 = 0.8; V' = 0.01*sin(time); V = 1\n"
            + "  u := exp(-A) + ln(1 + B) + log10(2 + A) + sqrt(B + 1) + abs(A - B) + floor(A) + ceil(B)\n"
            + "  v := sin(A) + cos(B) + tan(0.3*A) + sinh(0.2*B) + cosh(0.1*A) + tanh(B) + arcsin(0.2*B)"
            + " + arccos(0.1*A) + arctan(A)\n"
            + "  s := sec(0.2*A) + csc(1 + 0.1*B) + cot(1 + 0.1*A) + sech(B) + csch(1 + B) + coth(1 + A)\n"
            + "  a := arcsinh(A) + arccosh(1 + A) + arctanh(0.2*B) + arcsec(2 + A) + arccsc(2 + B)"
            + " + arccot(A) + arcsech(0.5/(1 + A)) + arccsch(1 + B) + arccoth(2 + A)\n"
            + "  m := min(A, B, 0.5) + max(A, B) + piecewise(A*B, A > B, B^2, A < 0.1, A) + root(3, A + B)"
            + " + log(2, 1 + A) + pow(A, 1.5) + factorial(3) + hill(A, 0.5, 4) + A^-2 + B^0.5\n"
            + "  J1: A -> B; k1*A*hill(C, 1, 2) - k2*B*u/(10 + u)\n"
            + "  J2: B => C; k2*B*(1 + 0.01*v + 0.001*s + 0.001*a + 0.001*m) + 0.001*piecewise(1, time > 2, 0)\n"
            + "  J3: C => ; 0.1*C*V\n"
            + "  E1: at (C > 2.5): k1 = k1*1.1\n"
            + "end\n";

    /** Every test model by name (Reynolds read from the shared reference data). */
    public static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("reynolds2006", reynolds());
        m.put("decay", DECAY);
        m.put("logistic", LOGISTIC);
        m.put("robertson", ROBERTSON);
        m.put("vanDerPol", VAN_DER_POL);
        m.put("pharmacokinetics", PHARMACOKINETICS);
        m.put("kitchenSink", KITCHEN_SINK);
        return m;
    }
}
