package org.cytostorm.sensitivity.estimate;

/**
 * The Sobol indices of one factor for one readout.
 *
 * @param parameter the factor
 * @param output    the readout
 * @param first     the first-order index S1: the share of the readout's variance the factor
 *                  explains alone
 * @param total     the total index ST: the share it takes part in, interactions included
 * @param samples   the base samples used (those whose k + 2 evaluations all gave a number)
 */
public record SobolIndex(String parameter, String output, Interval first, Interval total, int samples) {
}
