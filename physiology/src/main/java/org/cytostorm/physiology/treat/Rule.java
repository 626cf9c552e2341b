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

    /**
     * A rule checked every hour, with no limit on firings and no spacing; refine it with the
     * with-methods. The condition's names are checked against the model when a run starts.
     *
     * @param condition a model-text expression such as {@code crs_grade >= 2 && doses_tocilizumab < 4}
     * @throws org.cytostorm.engine.text.ModelParseException for a condition that does not parse
     */
    public static Rule of(String name, String condition, Action action) {
        return new Rule(name, Condition.parse(condition, "rule " + name), action, DEFAULT_EVERY_H, Integer.MAX_VALUE, 0);
    }

    /** A copy checked every {@code hours}. */
    public Rule withEvery(double hours) {
        return new Rule(name, when, action, hours, maxCount, minSpacingH);
    }

    /** A copy that fires at most {@code count} times. */
    public Rule withMax(int count) {
        return new Rule(name, when, action, everyH, count, minSpacingH);
    }

    /** A copy that fires at least {@code hours} after its last firing. */
    public Rule withSpacing(double hours) {
        return new Rule(name, when, action, everyH, maxCount, hours);
    }
}
