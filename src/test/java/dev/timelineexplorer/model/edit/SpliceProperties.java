package dev.timelineexplorer.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** A splice moves elements, and the bits of a set over them, as a list's remove-then-insert does, one by one. */
class SpliceProperties {

    @Property(tries = 500)
    void givenRemovalsAndInsertions_whenSpliced_thenElementsAndBitsLandWhereAListPutsThem(
            @ForAll @IntRange(min = 0, max = 300) int size,
            @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 299) Integer> removals,
            @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 299) Integer> insertions,
            @ForAll long seed) {
        TreeSet<Integer> removed = new TreeSet<>();
        removals.stream().filter(p -> p < size).forEach(removed::add);
        int kept = size - removed.size();
        TreeSet<Integer> added = new TreeSet<>();
        for (int p : insertions) {
            if (p < kept + insertions.size()) {
                added.add(p);
            }
        }
        while (!added.isEmpty() && added.last() >= kept + added.size()) {
            added.remove(added.last());
        }
        Splice splice = new Splice(
                size,
                removed.stream().mapToInt(Integer::intValue).toArray(),
                added.stream().mapToInt(Integer::intValue).toArray());

        // Expected, independently: a list of element numbers with removals and insertions made one at a time.
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (!removed.contains(i)) {
                expected.add(i);
            }
        }
        for (int p : added) {
            expected.add(p, -1);
        }
        Integer[] before = new Integer[size];
        for (int i = 0; i < size; i++) {
            before[i] = i;
        }
        Integer[] after = new Integer[splice.sizeAfter()];
        splice.copyKept(before, after);
        for (int p : added) {
            after[p] = -1;
        }
        assertThat(after).containsExactlyElementsOf(expected);

        BitSet bits = new java.util.Random(seed)
                .ints(size / 2, 0, Math.max(size, 1))
                .collect(BitSet::new, BitSet::set, BitSet::or);
        BitSet expectedBits = new BitSet();
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i) >= 0 && bits.get(expected.get(i))) {
                expectedBits.set(i);
            }
        }
        assertThat(splice.moveBits(bits)).isEqualTo(expectedBits);
        for (int i = 0; i < size; i++) {
            assertThat(splice.positionAfter(i)).isEqualTo(expected.indexOf(i));
            assertThat(splice.positionsAfter()[i]).isEqualTo(expected.indexOf(i));
        }
    }
}
