package org.cytostorm.report.tissue;

/**
 * Maps a value in [0, 1] to a colour for the heat map. Viridis (van der Walt and Smith, public
 * domain): perceptually uniform, so equal steps in concentration look like equal steps in colour,
 * its lightness rises monotonically, so a frame reads correctly in grey scale and to readers with
 * colour-vision deficiency, unlike a rainbow map whose bright bands invent structure.
 *
 * <p>The table is 17 stops of matplotlib's 256-entry table (entries 0, 16, …, 240, 255), rounded
 * to 8 bits, interpolated linearly between stops: closer to the full table than one 8-bit step in
 * any channel would show on a frame, and small enough to read.
 */
public final class ColourMap {

    /** Viridis: dark purple (0) through blue and green to yellow (1). */
    public static final ColourMap VIRIDIS = new ColourMap(new int[] {0, 16, 32, 48, 64, 80, 96, 112, 128, 144, 160,
        176, 192, 208, 224, 240, 255}, 255, new int[] {0x440154, 0x48186A, 0x472D7B, 0x424086, 0x3B528B, 0x33638D,
        0x2C728E, 0x26828E, 0x21918C, 0x1FA088, 0x28AE80, 0x3FBC73, 0x5EC962, 0x84D44B, 0xADDC30, 0xD8E219,
        0xFDE725});

    /** Stop positions in [0, 1], increasing, first 0 and last 1. */
    private final double[] at;
    private final int[] rgb;

    private ColourMap(int[] entries, int last, int[] rgb) {
        this.at = new double[entries.length];
        for (int s = 0; s < entries.length; s++) {
            at[s] = entries[s] / (double) last;
        }
        this.rgb = rgb.clone();
    }

    /**
     * The colour of {@code fraction} as 0xRRGGBB. Values below 0 take the bottom colour and above
     * 1 the top colour (a fixed scale can be exceeded); NaN is the caller's to handle, here it is
     * drawn as the bottom colour.
     */
    public int rgb(double fraction) {
        if (!(fraction > 0)) {
            return rgb[0];
        }
        if (fraction >= 1) {
            return rgb[rgb.length - 1];
        }
        int s = 1;
        while (at[s] < fraction) {
            s++;
        }
        double w = (fraction - at[s - 1]) / (at[s] - at[s - 1]);
        return mix(rgb[s - 1], rgb[s], w);
    }

    /** The colour at the top of the scale (fraction 1). */
    public int top() {
        return rgb[rgb.length - 1];
    }

    /** The colour at the bottom of the scale (fraction 0). */
    public int bottom() {
        return rgb[0];
    }

    private static int mix(int a, int b, double w) {
        int r = channel(a >> 16, b >> 16, w);
        int g = channel(a >> 8, b >> 8, w);
        int bl = channel(a, b, w);
        return r << 16 | g << 8 | bl;
    }

    private static int channel(int a, int b, double w) {
        int ca = a & 0xFF;
        int cb = b & 0xFF;
        return (int) Math.round(ca + (cb - ca) * w);
    }
}
