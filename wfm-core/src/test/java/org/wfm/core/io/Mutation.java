package org.wfm.core.io;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One random damage to a valid input file, as a careless edit or a broken export makes it: a line deleted,
 * duplicated, swapped with another or cut short, a number or a time changed, the file truncated, or random
 * bytes written into it. Positions are drawn as shares of the file so one arbitrary fits every file.
 *
 * @param kind   what is done
 * @param where  where, as a share of the lines (or bytes) of the file, in [0, 1)
 * @param other  a second position (the other line of a swap), in [0, 1)
 * @param value  a number to write, or a seed for the bytes
 */
record Mutation(Kind kind, double where, double other, long value) {

    enum Kind { DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, CUT_LINE, CHANGE_NUMBER, CHANGE_MINUTE, TRUNCATE, RANDOM_BYTES,
        NEGATE_NUMBER, EMPTY_FIELD }

    /** Every kind of damage anywhere in a file. */
    static Arbitrary<Mutation> any() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.doubles().between(0, 0.999).ofScale(3),
                        Arbitraries.doubles().between(0, 0.999).ofScale(3),
                        Arbitraries.oneOf(Arbitraries.longs().between(-3, 100), Arbitraries.longs()))
                .as(Mutation::new);
    }

    /** The damaged file. */
    byte[] apply(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int i = (int) (where * lines.size());
        int j = (int) (other * lines.size());
        switch (kind) {
            case DELETE_LINE -> lines.remove(i);
            case DUPLICATE_LINE -> lines.add(i, lines.get(i));
            case SWAP_LINES -> {
                String swap = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, swap);
            }
            case CUT_LINE -> lines.set(i, lines.get(i).substring(0, (int) (other * lines.get(i).length())));
            case CHANGE_NUMBER -> lines.set(i, lines.get(i).replaceFirst("\\d+(\\.\\d+)?", Long.toString(value)));
            case NEGATE_NUMBER -> lines.set(i, lines.get(i).replaceFirst("(?<![\\d.-])(\\d)", "-$1"));
            case CHANGE_MINUTE -> lines.set(i, lines.get(i).replaceFirst(":(\\d\\d)", ":" + String.format("%02d",
                    Math.floorMod(value, 60))));
            case EMPTY_FIELD -> lines.set(i, lines.get(i).replaceFirst("[^,\":{}\\[\\]\\s]+", ""));
            case TRUNCATE -> {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                return Arrays.copyOf(bytes, (int) (where * bytes.length));
            }
            case RANDOM_BYTES -> {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8).clone();
                java.util.SplittableRandom random = new java.util.SplittableRandom(value);
                int at = (int) (where * bytes.length);
                for (int k = 0; k < 1 + (int) (other * 8) && at + k < bytes.length; k++) {
                    bytes[at + k] = (byte) random.nextInt(256);
                }
                return bytes;
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
