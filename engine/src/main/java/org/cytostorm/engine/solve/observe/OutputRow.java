package org.cytostorm.engine.solve.observe;

import java.util.List;

/**
 * One output row as the run records it: the output time and the values of the problem's output
 * columns there, exactly as the solution will hold them. A view, valid during the
 * {@link OutputHandler}'s call only.
 */
public interface OutputRow {

    /** The row's number in the solution, from 0. */
    int index();

    /** The output time. */
    double time();

    /** The column names (the problem's outputs), in column order. */
    List<String> names();

    /**
     * The value of column {@code column} (in the order of {@link #names()}).
     *
     * @throws IndexOutOfBoundsException for a column that does not exist
     */
    double value(int column);

    /**
     * The value of the named column.
     *
     * @throws IllegalArgumentException for a name that is not an output column
     */
    double value(String name);
}
