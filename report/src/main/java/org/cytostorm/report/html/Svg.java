package org.cytostorm.report.html;

import java.util.Locale;

/**
 * A small SVG writer for the figures of the sensitivity and calibration reports. Written here rather
 * than drawn with XChart, the reports' chart library, because XChart has no ranked bars with
 * intervals; inline SVG keeps the text selectable and the page self-contained. (The trial report's
 * Kaplan–Meier curves and forest plot are interactive charts: ForestChart, InteractiveCharts.)
 */
public final class Svg {

    /**
     * Width of a character of the figures' 12-pixel text, a little above DejaVu Sans' average
     * (6.7 px; the sans-serif font of Debian's Chromium), so that space reserved for a label holds it.
     */
    public static final double CHAR_PX = 7;

    private final StringBuilder b = new StringBuilder();

    public Svg(String id, int width, int height, String label) {
        b.append("<svg id=\"").append(id).append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(escape(label))
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n");
    }

    public Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                + " stroke-width=\"%.1f\"%s/>\n", x1, y1, x2, y2, stroke, width,
                dash == null ? "" : " stroke-dasharray=\"" + dash + "\""));
        return this;
    }

    public Svg path(String d, String stroke, double width) {
        b.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(stroke)
                .append(String.format(Locale.ROOT, "\" stroke-width=\"%.1f\"/>\n", width));
        return this;
    }

    public Svg rect(double x, double y, double w, double h, String fill) {
        b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                x, y, w, h, fill));
        return this;
    }

    public Svg text(double x, double y, String anchor, String text) {
        b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", x, y, anchor))
                .append(escape(text)).append("</text>\n");
        return this;
    }

    public Svg bold(double x, double y, String anchor, String text) {
        b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-weight=\"bold\">", x,
                y, anchor)).append(escape(text)).append("</text>\n");
        return this;
    }

    /** Text turned a quarter counter-clockwise about its anchor (a vertical axis title). */
    public Svg vertical(double x, double y, String text) {
        b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90"
                + " %.1f %.1f)\">", x, y, x, y)).append(escape(text)).append("</text>\n");
        return this;
    }

    /** A filled triangle (an interval running off the axis). */
    public Svg triangle(double x1, double y1, double x2, double y2, double x3, double y3, String fill) {
        b.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f L%.1f,%.1f L%.1f,%.1f Z\" fill=\"%s\"/>\n", x1, y1, x2,
                y2, x3, y3, fill));
        return this;
    }

    /** The width {@code text} is given on the figure (estimated: the page's fonts are the reader's). */
    public static double width(String text) {
        return CHAR_PX * text.length();
    }

    /**
     * {@code text} cut with an ellipsis to at most {@code px} wide, so that a long arm or subgroup
     * name cannot run into the plot; the tables beside the figures give names in full.
     */
    public static String fit(String text, double px) {
        int max = Math.max(2, (int) Math.floor(px / CHAR_PX));
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public String end() {
        return b.append("</svg>\n").toString();
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
