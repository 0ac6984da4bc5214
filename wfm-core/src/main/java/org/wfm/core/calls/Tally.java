package org.wfm.core.calls;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** The running counts and sums of one KPI row; {@link #figures} freezes them into a {@link KpiFigures}. */
final class Tally {
    long offered;
    long answered;
    long abandoned;
    long voicemail;
    long blocked;
    long answeredWithin;
    long abandonedWithin;
    long shortAbandoned;
    double answerWait;
    double handle;
    double abandonWait;
    double maxWait;
    long fcrJudged;
    long fcrResolved;
    long outbound;
    long rightParty;
    long successful;
    double revenue = Double.NaN;
    double phoneSeconds;
    double busySeconds;

    /** Counts an inbound call with its wait in seconds against thresholds T and the short-abandon one. */
    void addInbound(CallRecord call, double wait, double answerWithin, double shortAbandon) {
        switch (call.outcome()) {
            case ANSWERED -> {
                answered++;
                successful++;
                answerWait += wait;
                handle += call.handleSeconds();
                if (wait <= answerWithin) {
                    answeredWithin++;
                }
            }
            case ABANDONED -> {
                abandoned++;
                abandonWait += wait;
                if (wait <= answerWithin) {
                    abandonedWithin++;
                }
                if (wait < shortAbandon) {
                    shortAbandoned++;
                }
            }
            case VOICEMAIL -> voicemail++;
            case BLOCKED -> blocked++;
        }
        if (call.outcome().offered()) {
            offered++;
            maxWait = Math.max(maxWait, wait);
        }
        addRevenue(call);
    }

    /** Counts an outbound call. */
    void addOutbound(CallRecord call) {
        outbound++;
        if (Boolean.TRUE.equals(call.rightParty())) {
            rightParty++;
            successful++;
        }
        addRevenue(call);
    }

    private void addRevenue(CallRecord call) {
        if (call.revenue() != null) {
            revenue = (Double.isNaN(revenue) ? 0 : revenue) + call.revenue();
        }
    }

    KpiFigures figures(String queue, ZonedDateTime start, LocalDate date, KpiDefinitions definitions,
                       boolean staffingKnown) {
        return new KpiFigures(queue, start, date, definitions.basis(), offered, answered, abandoned, voicemail, blocked,
                answeredWithin, abandonedWithin, shortAbandoned, answerWait, handle, abandonWait, maxWait, fcrJudged,
                fcrResolved, outbound, rightParty, successful, revenue, staffingKnown ? phoneSeconds : Double.NaN,
                staffingKnown ? busySeconds : 0);
    }
}
