package org.cytostorm.physiology.run;

/** The largest value of a column and the first time it was reached. */
public record Peak(double value, double timeH) {
}
