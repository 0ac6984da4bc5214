package org.wfm.core.sim;

import java.util.Arrays;

/**
 * The discrete-event core of a {@link Simulation}: callers of several queues, agents in groups coming on and off the
 * phones, routing chains with priorities, patience and voicemail. Times are seconds from an origin, in doubles; all
 * state is in primitive arrays, so one replication allocates a few arrays and nothing per call.
 *
 * <p>Events at the same instant: call ends, then duty changes, then chain steps falling due, then arrivals. Invariant
 * after every event: no agent is idle while a call it may take is waiting, so a freed agent or a newly eligible call
 * needs only a look at the heads of the queues its group serves (a queue's calls become eligible for a group in
 * arrival order, since every call of a queue waits the same {@code after}). Callers who hang up or leave a message are
 * taken off the head of their queue when it is next looked at (their outcome depends only on their own times). Idle
 * agents of a group are taken longest idle first, as ACDs do.
 */
final class EventLoop {

    static final byte ANSWERED = 0;
    static final byte ABANDONED = 1;
    static final byte VOICEMAIL = 2;
    private static final byte WAITING = 3;

    // routing, per queue q and group g
    private final int[] priority;
    private final double[] voicemail;       // seconds, infinity without voicemail
    private final int[][] chainGroup;
    private final double[][] chainAfter;
    private final int[][] servedQueue;      // per group: the queues it may take, with their after
    private final double[][] servedAfter;
    // agents
    private final int[] groupOf;
    private double[][] on;       // the duty of the replication: see duty
    private double[][] off;
    private boolean[][] breakAfter;
    private final double end;

    // one replication's callers, filled by the caller of run
    int size;
    double[] arrival = new double[1024];
    int[] queue = new int[1024];
    double[] handle = new double[1024];
    double[] patience = new double[1024];
    // and what became of them
    double[] answered;
    double[] ended;
    int[] agent;
    byte[] outcome;
    double[] lateBreak;   // seconds per agent
    double[] overrun;

    // state of the run
    private int[][] waiting;
    private int[] waitHead;
    private int[] waitTail;
    private int[][] idleAgent;
    private int[][] idleStamp;
    private int[] idleHead;
    private int[] idleTail;
    private int[] idleCount;
    private int[] stamp;
    private boolean[] busy;
    private boolean[] onDuty;
    private boolean[] offDue;
    private boolean[] offForBreak; // what the agent is late for: a break (true) or the end of its time
    private double[] offAt;
    private int[] stretch;
    private final EventHeap ends = new EventHeap();
    private final EventHeap duty = new EventHeap();
    private final EventHeap steps = new EventHeap();

    EventLoop(int[] priority, double[] voicemail, int[][] chainGroup, double[][] chainAfter, int groups,
              int[] groupOf, double end) {
        this.priority = priority;
        this.voicemail = voicemail;
        this.chainGroup = chainGroup;
        this.chainAfter = chainAfter;
        this.groupOf = groupOf;
        this.end = end;
        int[] served = new int[groups];
        for (int[] chain : chainGroup) {
            for (int g : chain) {
                served[g]++;
            }
        }
        servedQueue = new int[groups][];
        servedAfter = new double[groups][];
        for (int g = 0; g < groups; g++) {
            servedQueue[g] = new int[served[g]];
            servedAfter[g] = new double[served[g]];
            served[g] = 0;
        }
        for (int q = 0; q < chainGroup.length; q++) {
            for (int k = 0; k < chainGroup[q].length; k++) {
                int g = chainGroup[q][k];
                servedQueue[g][served[g]] = q;
                servedAfter[g][served[g]++] = chainAfter[q][k];
            }
        }
    }

    /** The agents' stretches on the phones for the next replication (the same agents, some stretches left out). */
    void duty(double[][] onTimes, double[][] offTimes, boolean[][] breaks) {
        this.on = onTimes;
        this.off = offTimes;
        this.breakAfter = breaks;
    }

    /** Starts a replication's callers; add them in arrival order. */
    void clearCallers() {
        size = 0;
    }

    void addCaller(double at, int q, double handleSeconds, double patienceSeconds) {
        if (size == arrival.length) {
            arrival = Arrays.copyOf(arrival, 2 * size);
            queue = Arrays.copyOf(queue, 2 * size);
            handle = Arrays.copyOf(handle, 2 * size);
            patience = Arrays.copyOf(patience, 2 * size);
        }
        arrival[size] = at;
        queue[size] = q;
        handle[size] = handleSeconds;
        patience[size] = patienceSeconds;
        size++;
    }

    /** Runs the replication whose callers were added. */
    void run() {
        start();
        int nextArrival = 0;
        while (true) {
            double tEnd = ends.peekTime();
            double tDuty = duty.peekTime();
            double tStep = steps.peekTime();
            double tArrival = nextArrival < size ? arrival[nextArrival] : Double.POSITIVE_INFINITY;
            double now = Math.min(Math.min(tEnd, tDuty), Math.min(tStep, tArrival));
            if (now > end) {
                break;
            }
            if (tEnd == now) {
                int a = ends.peekFirst();
                ends.pop();
                callEnded(a, now);
            } else if (tDuty == now) {
                int a = duty.peekFirst();
                duty.pop();
                dutyChange(a, now);
            } else if (tStep == now) {
                int c = steps.peekFirst();
                int k = steps.peekSecond();
                steps.pop();
                if (outcome[c] == WAITING) {
                    dispatch(chainGroup[queue[c]][k], now);
                }
            } else {
                arrive(nextArrival++, now);
            }
        }
        for (int q = 0; q < waiting.length; q++) { // still waiting when the horizon ends: gone then at the latest
            for (int i = waitHead[q]; i < waitTail[q]; i++) {
                int c = waiting[q][i];
                if (outcome[c] == WAITING) {
                    leave(c, end);
                }
            }
        }
        while (!ends.isEmpty()) { // calls in progress at the horizon end; only lateness is left to count
            int a = ends.peekFirst();
            double t = ends.peekTime();
            ends.pop();
            busy[a] = false;
            if (offDue[a]) {
                countLate(a, t);
            }
        }
    }

    private void start() {
        answered = new double[size];
        ended = new double[size];
        agent = new int[size];
        outcome = new byte[size];
        Arrays.fill(agent, -1);
        Arrays.fill(outcome, WAITING);
        int queues = chainGroup.length;
        int[] perQueue = new int[queues];
        for (int c = 0; c < size; c++) {
            perQueue[queue[c]]++;
        }
        waiting = new int[queues][];
        waitHead = new int[queues];
        waitTail = new int[queues];
        for (int q = 0; q < queues; q++) {
            waiting[q] = new int[perQueue[q]];
        }
        int groups = servedQueue.length;
        int agents = groupOf.length;
        idleAgent = new int[groups][16];
        idleStamp = new int[groups][16];
        idleHead = new int[groups];
        idleTail = new int[groups];
        idleCount = new int[groups];
        stamp = new int[agents];
        busy = new boolean[agents];
        onDuty = new boolean[agents];
        offDue = new boolean[agents];
        offForBreak = new boolean[agents];
        offAt = new double[agents];
        stretch = new int[agents];
        lateBreak = new double[agents];
        overrun = new double[agents];
        ends.clear();
        duty.clear();
        steps.clear();
        for (int a = 0; a < agents; a++) {
            if (on[a].length > 0) {
                duty.push(on[a][0], a, 0);
            }
        }
    }

    private void arrive(int c, double now) {
        int q = queue[c];
        waiting[q][waitTail[q]++] = c;
        int[] groups = chainGroup[q];
        double[] after = chainAfter[q];
        double gone = arrival[c] + Math.min(patience[c], voicemail[q]);
        for (int k = 0; k < groups.length; k++) {
            if (after[k] == 0) {
                if (idleCount[groups[k]] > 0) {
                    dispatch(groups[k], now);
                    if (outcome[c] != WAITING) {
                        return;
                    }
                }
            } else if (arrival[c] + after[k] <= gone) {
                steps.push(arrival[c] + after[k], c, k);
            }
        }
    }

    private void callEnded(int a, double now) {
        busy[a] = false;
        if (!offDue[a]) {
            makeIdle(a, now);
            return;
        }
        boolean forBreak = offForBreak[a];
        double late = countLate(a, now);
        if (forBreak) { // the break starts late, so it ends late by as much
            int s = stretch[a];
            scheduleOn(a, s + 1, on[a][s + 1] + late);
        }
    }

    /**
     * The agent, due off the phones since {@code offAt}, is free at {@code now}: the time it was late counts for its
     * break or as overrun, and it is no longer due. Returns how late it was.
     */
    private double countLate(int a, double now) {
        double late = now - offAt[a];
        if (offForBreak[a]) {
            lateBreak[a] += late;
        } else {
            overrun[a] += late;
        }
        offDue[a] = false;
        return late;
    }

    private void dutyChange(int a, double now) {
        int s = stretch[a];
        if (!onDuty[a]) {
            onDuty[a] = true;
            if (offDue[a]) { // still on the last shift's overrunning call
                countLate(a, now);
            }
            duty.push(off[a][s], a, 0);
            if (!busy[a]) {
                makeIdle(a, now);
            }
            return;
        }
        onDuty[a] = false;
        if (busy[a]) {
            offDue[a] = true;
            offForBreak[a] = breakAfter[a][s];
            offAt[a] = now;
        } else {
            stamp[a]++; // its entry in the idle queue is void now
            idleCount[groupOf[a]]--;
        }
        if (!busy[a] || !breakAfter[a][s]) {
            scheduleOn(a, s + 1, s + 1 < on[a].length ? on[a][s + 1] : Double.POSITIVE_INFINITY);
        }
    }

    /** The agent comes back on for stretch {@code s} at {@code at}, unless a late break has eaten the stretch. */
    private void scheduleOn(int a, int s, double at) {
        while (s < on[a].length && at >= off[a][s]) {
            s++;
            at = s < on[a].length ? on[a][s] : Double.POSITIVE_INFINITY;
        }
        stretch[a] = s;
        if (s < on[a].length) {
            duty.push(at, a, 0);
        }
    }

    private void makeIdle(int a, double now) {
        int g = groupOf[a];
        if (idleTail[g] - idleHead[g] == idleAgent[g].length) {
            int n = idleAgent[g].length;
            int[] agents = new int[2 * n];
            int[] stamps = new int[2 * n];
            for (int i = 0; i < n; i++) {
                agents[i] = idleAgent[g][(idleHead[g] + i) & (n - 1)];
                stamps[i] = idleStamp[g][(idleHead[g] + i) & (n - 1)];
            }
            idleAgent[g] = agents;
            idleStamp[g] = stamps;
            idleTail[g] = n;
            idleHead[g] = 0;
        }
        int mask = idleAgent[g].length - 1;
        idleAgent[g][idleTail[g] & mask] = a;
        idleStamp[g][idleTail[g] & mask] = ++stamp[a];
        idleTail[g]++;
        idleCount[g]++;
        dispatch(g, now);
    }

    /** The longest idle agent of group {@code g}, taken off the idle queue; there must be one. */
    private int takeIdle(int g) {
        int mask = idleAgent[g].length - 1;
        while (true) {
            int i = idleHead[g]++ & mask;
            int a = idleAgent[g][i];
            if (idleStamp[g][i] == stamp[a]) {
                idleCount[g]--;
                stamp[a]++;
                return a;
            }
        }
    }

    /** Gives the idle agents of group {@code g} the calls they may take: highest priority, then longest waiting. */
    private void dispatch(int g, double now) {
        int[] queues = servedQueue[g];
        double[] after = servedAfter[g];
        while (idleCount[g] > 0) {
            int best = -1;
            int bestQueue = -1;
            for (int i = 0; i < queues.length; i++) {
                int q = queues[i];
                int c = head(q, now);
                if (c < 0 || arrival[c] + after[i] > now) {
                    continue;
                }
                if (best < 0 || priority[q] > priority[bestQueue]
                        || priority[q] == priority[bestQueue] && arrival[c] < arrival[best]) {
                    best = c;
                    bestQueue = q;
                }
            }
            if (best < 0) {
                return;
            }
            waitHead[bestQueue]++;
            int a = takeIdle(g);
            busy[a] = true;
            agent[best] = a;
            answered[best] = now;
            outcome[best] = ANSWERED;
            ended[best] = now + handle[best];
            ends.push(ended[best], a, 0);
        }
    }

    /** The longest waiting caller of queue {@code q} still there at {@code now}, or -1. */
    private int head(int q, double now) {
        int[] w = waiting[q];
        while (waitHead[q] < waitTail[q]) {
            int c = w[waitHead[q]];
            if (outcome[c] == WAITING) {
                if (arrival[c] + Math.min(patience[c], voicemail[q]) >= now) {
                    return c;
                }
                leave(c, Double.POSITIVE_INFINITY);
            }
            waitHead[q]++;
        }
        return -1;
    }

    /** The caller hangs up or leaves a message, whichever comes first, and at {@code by} at the latest. */
    private void leave(int c, double by) {
        double hangUp = arrival[c] + patience[c];
        double message = arrival[c] + voicemail[queue[c]];
        if (message <= hangUp && message <= by) {
            outcome[c] = VOICEMAIL;
            ended[c] = message;
        } else {
            outcome[c] = ABANDONED;
            ended[c] = Math.min(hangUp, by);
        }
    }
}
