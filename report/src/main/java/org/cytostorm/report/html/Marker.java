package org.cytostorm.report.html;

/**
 * A moment marked on every panel of a time chart that carries markers: a dose, say.
 *
 * @param timeH when, hours from the start
 * @param label what happened, shown on hover
 */
public record Marker(double timeH, String label) {
}
