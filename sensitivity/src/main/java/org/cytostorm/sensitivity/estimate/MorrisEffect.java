package org.cytostorm.sensitivity.estimate;

/**
 * The elementary effects of one factor on one readout, per unit of quantile (a move of half the
 * distribution is half a unit).
 *
 * @param parameter the factor
 * @param output    the readout
 * @param mu        the mean effect (signed: effects of opposite sign cancel)
 * @param muStar    the mean absolute effect μ* (Campolongo et al. 2007), with a bootstrap interval:
 *                  the ranking measure
 * @param sigma     the standard deviation of the effects: non-linearity or interaction
 * @param effects   the effects used (those whose two evaluations both gave a number)
 */
public record MorrisEffect(String parameter, String output, double mu, Interval muStar, double sigma, int effects) {
}
