package org.cytostorm.tissue.sim;

/**
 * The purposes of the tissue's random draws ({@link org.cytostorm.common.random.KeyedRandom}): one
 * stream per kind of decision, so adding a decision does not shift the others. The numbers are part
 * of the results: changing one changes every run.
 */
final class Purpose {
    static final int FATE = 1;
    static final int MOVE_X = 2;
    static final int MOVE_Y = 3;
    static final int MOVE_Z = 4;
    static final int KILL = 5;
    static final int RECRUIT = 6;
    static final int DIVIDE = 7;
    static final int LAYOUT = 8;
    static final int TRANSFORM = 9;

    private Purpose() {
    }
}
