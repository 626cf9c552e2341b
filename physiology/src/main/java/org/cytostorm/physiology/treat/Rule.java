package org.cytostorm.physiology.treat;

/**
 * A protocol rule: at every check ({@code everyH} hours from the start of the run) its condition is
 * evaluated on the patient; when it holds, the action is taken, unless the rule has already fired
 * {@code maxCount} times or fired less than {@code minSpacingH} hours ago.
 *
 * @param name        the rule's name (recorded with every firing)
 * @param when        the condition
 * @param action      what to do
 * @param everyH      hours between checks
 * @param maxCount    the most times it may fire
 * @param minSpacingH the least hours between firings
 */
public record Rule(String name, Condition when, Action action, double everyH, int maxCount, double minSpacingH) {

    /** The default check interval, hours. */
    public static final double DEFAULT_EVERY_H = 1;

    public Rule {
        if (!(everyH > 0) || maxCount < 0 || !(minSpacingH >= 0)) {
            throw new IllegalArgumentException("rule '" + name + "' needs every > 0, max >= 0 and spacing >= 0");
        }
    }
}
