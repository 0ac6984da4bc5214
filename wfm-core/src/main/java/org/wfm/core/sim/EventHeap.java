package org.wfm.core.sim;

import java.util.Arrays;

/** A binary min-heap of events (a time and two ints) over primitive arrays: no boxing in the event loop. */
final class EventHeap {

    private double[] time = new double[64];
    private int[] first = new int[64];
    private int[] second = new int[64];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** The earliest time, or infinity when empty. */
    double peekTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : time[0];
    }

    int peekFirst() {
        return first[0];
    }

    int peekSecond() {
        return second[0];
    }

    void push(double t, int a, int b) {
        if (size == time.length) {
            time = Arrays.copyOf(time, 2 * size);
            first = Arrays.copyOf(first, 2 * size);
            second = Arrays.copyOf(second, 2 * size);
        }
        int i = size++;
        while (i > 0 && time[(i - 1) >>> 1] > t) {
            int parent = (i - 1) >>> 1;
            time[i] = time[parent];
            first[i] = first[parent];
            second[i] = second[parent];
            i = parent;
        }
        time[i] = t;
        first[i] = a;
        second[i] = b;
    }

    /** Removes the earliest event (read it with the peek methods first). */
    void pop() {
        size--;
        double t = time[size];
        int a = first[size];
        int b = second[size];
        int i = 0;
        while (2 * i + 1 < size) {
            int child = 2 * i + 1;
            if (child + 1 < size && time[child + 1] < time[child]) {
                child++;
            }
            if (time[child] >= t) {
                break;
            }
            time[i] = time[child];
            first[i] = first[child];
            second[i] = second[child];
            i = child;
        }
        time[i] = t;
        first[i] = a;
        second[i] = b;
    }

    void clear() {
        size = 0;
    }
}
