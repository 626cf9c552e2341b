package org.cytostorm.cohort.trial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Stratified permuted blocks: the properties a trial statistician checks of a randomization list.
 * Each block holds the arms exactly in the allocation ratio, the list for the first n patients is
 * a prefix of the list for more (so a trial cut short, or a shard, agrees with the whole), the
 * seed changes the list, and a stratum's list does not depend on the patients of other strata.
 */
class RandomizationTest {

    private static final Allocation ONE_TO_ONE = new Allocation(List.of(1, 1), List.of());
    private static final Allocation TWO_TO_ONE = new Allocation(List.of(2, 1), List.of());

    /** {@code n} patients of one stratum. */
    private static List<String> oneStratum(int n) {
        return Collections.nCopies(n, "");
    }

    /** A mix of three strata in an irregular order (every third patient in "c", runs of "a" and "b"). */
    private static List<String> threeStrata(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i % 3 == 2 ? "c" : (i / 5) % 2 == 0 ? "a" : "b");
        }
        return out;
    }

    /** The arms given to the patients of {@code stratum}, in patient order. */
    private static int[] armsOf(List<String> strata, int[] arms, String stratum) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < strata.size(); i++) {
            if (strata.get(i).equals(stratum)) {
                out.add(arms[i]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Every complete block of {@code arms} (one stratum's list) holds arm a exactly 2·w_a times, and
     * the incomplete last block at most that many: the ratio is kept at every block boundary.
     */
    private static void blocksInRatio(int[] arms, List<Integer> weights, String what) {
        int block = 2 * weights.stream().mapToInt(Integer::intValue).sum();
        for (int start = 0; start < arms.length; start += block) {
            int[] count = new int[weights.size()];
            int end = Math.min(arms.length, start + block);
            for (int i = start; i < end; i++) {
                count[arms[i]]++;
            }
            for (int a = 0; a < weights.size(); a++) {
                if (end - start == block) {
                    assertEquals(2 * weights.get(a), count[a], what + ": arm " + a + " in the block from " + start);
                } else {
                    assertTrue(count[a] <= 2 * weights.get(a), what + ": arm " + a + " in the last block");
                }
            }
        }
    }

    @Test
    void blockSizeIsTwiceTheSumOfTheWeights() {
        assertEquals(4, ONE_TO_ONE.blockSize());
        assertEquals(6, TWO_TO_ONE.blockSize());
    }

    @Test
    void everyCompleteBlockHoldsTheArmsOneToOne() {
        int[] arms = new Randomization(ONE_TO_ONE, 11).assign(oneStratum(203));
        blocksInRatio(arms, ONE_TO_ONE.weights(), "1:1");
        // 50 complete blocks give 100 patients each; the 3 left over are at most 2 of one arm
        long control = Arrays.stream(arms).filter(a -> a == 0).count();
        assertTrue(control >= 101 && control <= 102, "control " + control + " of 203");
    }

    @Test
    void everyCompleteBlockHoldsTheArmsTwoToOne() {
        int[] arms = new Randomization(TWO_TO_ONE, 11).assign(oneStratum(120));
        blocksInRatio(arms, TWO_TO_ONE.weights(), "2:1");
        assertEquals(80, Arrays.stream(arms).filter(a -> a == 0).count(), "20 blocks of six, four to the control in each");
    }

    @Test
    void everyStratumIsBalancedInItsOwnBlocks() {
        List<String> strata = threeStrata(300);
        for (Allocation allocation : List.of(ONE_TO_ONE, TWO_TO_ONE)) {
            int[] arms = new Randomization(allocation, 5).assign(strata);
            for (String s : List.of("a", "b", "c")) {
                blocksInRatio(armsOf(strata, arms, s), allocation.weights(), "stratum " + s + " " + allocation.weights());
            }
        }
    }

    @Test
    void blocksAreShuffled() {
        // 1:1 blocks of four have 6 orders (4!/(2!2!)); over 600 blocks each is expected 100 times
        // (binomial sd about 9): a fixed or biased order would show far outside 60..140
        int[] arms = new Randomization(ONE_TO_ONE, 3).assign(oneStratum(2400));
        Map<String, Integer> orders = new HashMap<>();
        for (int start = 0; start < arms.length; start += 4) {
            orders.merge(Arrays.toString(Arrays.copyOfRange(arms, start, start + 4)), 1, Integer::sum);
        }
        assertEquals(6, orders.size(), orders.toString());
        orders.forEach((order, n) -> assertTrue(n >= 60 && n <= 140, order + " " + n + " times"));
    }

    @Test
    void theFirstPatientsAreAssignedAsInAShorterTrial() {
        List<String> strata = threeStrata(97);
        int[] all = new Randomization(TWO_TO_ONE, 21).assign(strata);
        for (int n : new int[] {1, 2, 5, 6, 7, 30, 31, 96}) {
            int[] prefix = new Randomization(TWO_TO_ONE, 21).assign(strata.subList(0, n));
            assertArrayEquals(Arrays.copyOf(all, n), prefix, "the first " + n + " patients");
        }
    }

    @Test
    void theSameSeedGivesTheSameListAndAnotherSeedAnother() {
        List<String> strata = threeStrata(60);
        int[] a = new Randomization(ONE_TO_ONE, 100).assign(strata);
        assertArrayEquals(a, new Randomization(ONE_TO_ONE, 100).assign(strata), "a pure function of the seed");
        // 15 blocks of 6 orders each: two seeds agree everywhere with probability 6^-15
        int[] b = new Randomization(ONE_TO_ONE, 101).assign(strata);
        assertFalse(Arrays.equals(a, b), "seeds 100 and 101 gave the same list");
    }

    @Test
    void aStratumsListDoesNotDependOnOtherStrata() {
        // stratum "a" alone, and "a" interleaved with "b" and "c" patients: the same arms for "a"
        List<String> mixed = threeStrata(150);
        int[] arms = new Randomization(TWO_TO_ONE, 8).assign(mixed);
        int[] a = armsOf(mixed, arms, "a");
        int[] alone = new Randomization(TWO_TO_ONE, 8).assign(Collections.nCopies(a.length, "a"));
        assertArrayEquals(alone, a, "stratum a, alone and among others");
        // and strata are not copies of one another: "a" and "b" draw their own shuffles
        int[] b = armsOf(mixed, arms, "b");
        int n = Math.min(a.length, b.length);
        assertFalse(Arrays.equals(Arrays.copyOf(a, n), Arrays.copyOf(b, n)), "strata a and b share a list");
    }
}
