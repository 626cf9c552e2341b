package org.cytostorm.engine.eval;

/**
 * The numeric definitions of built-in functions beyond {@link Math}, shared by the reference
 * interpreter and the generated code so both mean the same thing. Public because generated classes
 * call it.
 */
public final class MathRuntime {

    private MathRuntime() {
    }

    /** Literal integer exponents up to this magnitude are evaluated by {@link #powi}. */
    public static final int MAX_INLINE_POWER = 64;

    /** x to a small integer power by repeated multiplication (x^n with a literal n in a model). */
    public static double powi(double x, int n) {
        if (n < 0) {
            return 1.0 / powi(x, -n);
        }
        switch (n) {
            case 0: return 1.0;
            case 1: return x;
            case 2: return x * x;
            case 3: return x * x * x;
            case 4: { double x2 = x * x; return x2 * x2; }
            case 5: { double x2 = x * x; return x2 * x2 * x; }
            case 6: { double x3 = x * x * x; return x3 * x3; }
            case 7: { double x3 = x * x * x; return x3 * x3 * x; }
            case 8: { double x2 = x * x; double x4 = x2 * x2; return x4 * x4; }
            default: {
                double result = 1.0;
                double base = x;
                int e = n;
                while (e > 0) {
                    if ((e & 1) != 0) {
                        result *= base;
                    }
                    base *= base;
                    e >>= 1;
                }
                return result;
            }
        }
    }

    /** The degree-th root; odd roots of negative numbers are real and negative, as in SBML. */
    public static double root(double degree, double x) {
        if (degree == 2) {
            return Math.sqrt(x);
        }
        if (degree == 3) {
            return Math.cbrt(x);
        }
        if (x < 0 && degree == Math.rint(degree) && Math.abs(degree % 2) == 1) {
            return -Math.pow(-x, 1.0 / degree);
        }
        return Math.pow(x, 1.0 / degree);
    }

    /** Logarithm of x to the given base. */
    public static double log(double base, double x) {
        if (base == 10) {
            return Math.log10(x);
        }
        return Math.log(x) / Math.log(base);
    }

    /** n! for a non-negative integer n; NaN otherwise. */
    public static double factorial(double n) {
        if (n < 0 || n != Math.rint(n)) {
            return Double.NaN;
        }
        if (n > 170) {
            return Double.POSITIVE_INFINITY;
        }
        double r = 1.0;
        for (int i = 2; i <= (int) n; i++) {
            r *= i;
        }
        return r;
    }

    /** The integer part of a / b, rounded toward zero. */
    public static double quotient(double a, double b) {
        double q = a / b;
        return q < 0 ? Math.ceil(q) : Math.floor(q);
    }

    /** The remainder of a / b with the sign of a. */
    public static double rem(double a, double b) {
        return a - b * quotient(a, b);
    }

    public static double sec(double x) {
        return 1.0 / Math.cos(x);
    }

    public static double csc(double x) {
        return 1.0 / Math.sin(x);
    }

    public static double cot(double x) {
        return 1.0 / Math.tan(x);
    }

    public static double sech(double x) {
        return 1.0 / Math.cosh(x);
    }

    public static double csch(double x) {
        return 1.0 / Math.sinh(x);
    }

    public static double coth(double x) {
        return Math.cosh(x) / Math.sinh(x);
    }

    public static double asec(double x) {
        return Math.acos(1.0 / x);
    }

    public static double acsc(double x) {
        return Math.asin(1.0 / x);
    }

    public static double acot(double x) {
        return Math.atan(1.0 / x);
    }

    public static double asinh(double x) {
        return x < 0 ? -asinh(-x) : Math.log(x + Math.sqrt(x * x + 1.0));
    }

    public static double acosh(double x) {
        return Math.log(x + Math.sqrt(x * x - 1.0));
    }

    public static double atanh(double x) {
        return 0.5 * Math.log((1.0 + x) / (1.0 - x));
    }

    public static double asech(double x) {
        return acosh(1.0 / x);
    }

    public static double acsch(double x) {
        return asinh(1.0 / x);
    }

    public static double acoth(double x) {
        return atanh(1.0 / x);
    }

    /** A number as a truth value: anything but zero is true (NaN is true, as in C). */
    public static boolean truth(double x) {
        return x != 0.0;
    }

    /** A truth value as a number. */
    public static double number(boolean b) {
        return b ? 1.0 : 0.0;
    }
}
