package org.cytostorm.report.html;

/**
 * The CIEDE2000 colour difference of two sRGB colours (CIE 142-2001), the distance at which people
 * tell colours apart: about 1 is just noticeable, curves under about 10 are easily confused. Test
 * code only: the reports pick colours from a fixed palette and never compute a difference.
 * Written here because no test dependency of the project carries colour science; it is checked
 * against the published test pairs of Sharma, Wu and Dalal (Color Res Appl 2005;30:21).
 */
final class ColourDifference {

    private ColourDifference() {
    }

    /** CIE L*a*b* (D65 white) of an sRGB colour written {@code #rrggbb}. */
    static double[] lab(String hex) {
        double r = linear(Integer.parseInt(hex.substring(1, 3), 16) / 255.0);
        double g = linear(Integer.parseInt(hex.substring(3, 5), 16) / 255.0);
        double b = linear(Integer.parseInt(hex.substring(5, 7), 16) / 255.0);
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** CIEDE2000 between two sRGB colours. */
    static double of(String hex1, String hex2) {
        return de2000(lab(hex1), lab(hex2));
    }

    /** CIEDE2000 between two L*a*b* colours (kL = kC = kH = 1). */
    static double de2000(double[] lab1, double[] lab2) {
        double c1 = Math.hypot(lab1[1], lab1[2]);
        double c2 = Math.hypot(lab2[1], lab2[2]);
        double cMean7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1p = Math.hypot(a1, lab1[2]);
        double c2p = Math.hypot(a2, lab2[2]);
        double h1p = hue(a1, lab1[2]);
        double h2p = hue(a2, lab2[2]);

        double dL = lab2[0] - lab1[0];
        double dC = c2p - c1p;
        double dh = 0;
        if (c1p * c2p != 0) {
            dh = h2p - h1p;
            if (dh > 180) {
                dh -= 360;
            } else if (dh < -180) {
                dh += 360;
            }
        }
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));

        double lMean = (lab1[0] + lab2[0]) / 2;
        double cpMean = (c1p + c2p) / 2;
        double hMean;
        if (c1p * c2p == 0) {
            hMean = h1p + h2p;
        } else if (Math.abs(h1p - h2p) <= 180) {
            hMean = (h1p + h2p) / 2;
        } else if (h1p + h2p < 360) {
            hMean = (h1p + h2p + 360) / 2;
        } else {
            hMean = (h1p + h2p - 360) / 2;
        }
        double t = 1 - 0.17 * cos(hMean - 30) + 0.24 * cos(2 * hMean) + 0.32 * cos(3 * hMean + 6)
                - 0.20 * cos(4 * hMean - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double cpMean7 = Math.pow(cpMean, 7);
        double rc = 2 * Math.sqrt(cpMean7 / (cpMean7 + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lMean - 50, 2) / Math.sqrt(20 + Math.pow(lMean - 50, 2));
        double sc = 1 + 0.045 * cpMean;
        double sh = 1 + 0.015 * cpMean * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        double l = dL / sl;
        double c = dC / sc;
        double h = dH / sh;
        return Math.sqrt(l * l + c * c + h * h + rt * c * h);
    }

    private static double hue(double a, double b) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
