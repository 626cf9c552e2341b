package org.cytostorm.tissue.sim;

/** Life states of a cell, as bytes in the state arrays. */
public final class Status {
    /** Alive and deciding. */
    public static final byte ALIVE = 0;
    /** Committed to inflammatory death; lyses at its lysis time. */
    public static final byte DYING = 1;
    /** Died by lysis and released its contents. */
    public static final byte LYSED = 2;
    /** Died quietly (apoptosis). */
    public static final byte APOPTOTIC = 3;

    private Status() {
    }

    public static boolean dead(byte s) {
        return s == LYSED || s == APOPTOTIC;
    }
}
