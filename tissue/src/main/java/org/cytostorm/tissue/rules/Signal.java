package org.cytostorm.tissue.rules;

/**
 * What a cell senses. A field's concentration at the cell's voxel (after any drug that neutralises
 * it), the amount of a field the cell has internalised, a plasma concentration from the coupled
 * patient, or the product of two signals (for synergy, such as TNF-α with IFN-γ).
 */
public sealed interface Signal {

    /** How the signal is written in rules. */
    String text();

    /** The concentration of field {@code field} at the cell's voxel. */
    record Field(int field, String name) implements Signal {
        @Override
        public String text() {
            return name;
        }
    }

    /** The amount of field {@code field} the cell has taken up and not yet degraded. */
    record Internal(int field, String name) implements Signal {
        @Override
        public String text() {
            return "internal " + name;
        }
    }

    /** The coupled patient's plasma concentration of the cytokine mapped to field {@code field}. */
    record Plasma(int field, String name) implements Signal {
        @Override
        public String text() {
            return "plasma " + name;
        }
    }

    /** The product of two signals: a Hill response to it is their synergy. */
    record Product(Signal left, Signal right) implements Signal {
        @Override
        public String text() {
            return left.text() + "*" + right.text();
        }
    }
}
