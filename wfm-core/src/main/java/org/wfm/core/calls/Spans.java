package org.wfm.core.calls;

import java.util.Arrays;

/**
 * Sorted, disjoint half-open spans of time {@code [from, to)} in epoch milliseconds: an agent's time on the phones
 * or on shift. Immutable; set operations are one linear merge.
 */
final class Spans {

    static final Spans EMPTY = new Spans(new long[0]);

    private final long[] bounds; // from0, to0, from1, to1, ... with to_i <= from_{i+1}

    private Spans(long[] bounds) {
        this.bounds = bounds;
    }

    /** The union of spans given as {@code from, to} pairs in any order; empty spans are dropped. */
    static Spans union(long[] pairs, int count) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(pairs[2 * a], pairs[2 * b]));
        long[] out = new long[2 * count];
        int n = 0;
        for (int k : order) {
            long from = pairs[2 * k];
            long to = pairs[2 * k + 1];
            if (to <= from) {
                continue;
            }
            if (n > 0 && from <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], to);
            } else {
                out[n++] = from;
                out[n++] = to;
            }
        }
        return new Spans(Arrays.copyOf(out, n));
    }

    int size() {
        return bounds.length / 2;
    }

    long from(int i) {
        return bounds[2 * i];
    }

    long to(int i) {
        return bounds[2 * i + 1];
    }

    /** Total length in milliseconds. */
    long length() {
        long total = 0;
        for (int i = 0; i < size(); i++) {
            total += to(i) - from(i);
        }
        return total;
    }

    /** Length in milliseconds of the time in both. */
    long overlap(Spans other) {
        long total = 0;
        int i = 0;
        int j = 0;
        while (i < size() && j < other.size()) {
            long from = Math.max(from(i), other.from(j));
            long to = Math.min(to(i), other.to(j));
            if (to > from) {
                total += to - from;
            }
            if (to(i) < other.to(j)) {
                i++;
            } else {
                j++;
            }
        }
        return total;
    }

    /** These spans without the time in {@code other}. */
    Spans minus(Spans other) {
        long[] out = new long[2 * (size() + other.size())];
        int n = 0;
        int j = 0;
        for (int i = 0; i < size(); i++) {
            long from = from(i);
            long to = to(i);
            while (j < other.size() && other.to(j) <= from) {
                j++;
            }
            int k = j;
            while (k < other.size() && other.from(k) < to) {
                if (other.from(k) > from) {
                    out[n++] = from;
                    out[n++] = other.from(k);
                }
                from = Math.max(from, other.to(k));
                k++;
            }
            if (from < to) {
                out[n++] = from;
                out[n++] = to;
            }
        }
        return new Spans(Arrays.copyOf(out, n));
    }
}
