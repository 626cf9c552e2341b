package org.cytostorm.cohort.run;

/**
 * One of {@code count} disjoint parts of a trial ({@code --shard K/N}): the batches whose number is
 * {@code index - 1} modulo {@code count}. Shards run anywhere, in any order; merged, they are the
 * whole trial, row for row.
 *
 * @param index 1 to count
 * @param count how many shards
 */
public record Shard(int index, int count) {

    /** The whole trial. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, not " + index + "/" + count);
        }
    }

    /** Reads {@code K/N}. */
    public static Shard parse(String text) {
        String[] p = text.trim().split("/");
        if (p.length != 2) {
            throw new IllegalArgumentException("a shard is written K/N (for example 2/4), not '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a shard is written K/N with whole numbers (for example 2/4), not '"
                    + text + "'");
        }
    }

    /** Whether batch {@code b} belongs to this shard. */
    public boolean owns(long batch) {
        return batch % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
