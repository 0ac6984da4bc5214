package org.wfm.core.calls;

import org.wfm.core.queue.ServiceLevelBasis;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The KPIs of one row (an interval, a day, a queue or the total) as counts and sums, from which every rate is
 * derived; a rate with an empty denominator is empty, never 0 or NaN. Inbound calls only, except the outbound
 * counts ({@code outbound}, {@code rightParty}) and revenue. Waits and handle times in seconds.
 *
 * @param queue            the queue, or {@link Kpis#ALL} for every queue
 * @param start            the interval's start for interval rows, else {@code null}
 * @param date             the day for interval and day rows, else {@code null}
 * @param basis            what {@link #serviceLevel()} is a share of
 * @param offered          answered + abandoned + voicemail calls
 * @param answered         answered calls
 * @param abandoned        calls whose caller hung up while waiting
 * @param voicemail        calls that left the queue for a message or callback
 * @param blocked          busy signals, not offered
 * @param answeredWithin   answered calls with wait &lt;= T
 * @param abandonedWithin  abandoned calls with wait &lt;= T (left out under the excluding-short-abandons basis)
 * @param shortAbandoned   abandoned calls with wait below the short-abandon threshold
 * @param answerWait       total wait of answered calls
 * @param handle           total handle time (talk + after-call work) of answered calls
 * @param abandonWait      total wait of abandoned calls
 * @param maxWait          the longest wait of an offered call (0 without any)
 * @param fcrJudged        answered calls of known customers whose repeat window ends by the last arrival
 * @param fcrResolved      of those, the calls not followed by another offered call in the window
 * @param outbound         outbound calls
 * @param rightParty       outbound calls that reached the right party
 * @param successful       answered inbound calls plus right-party outbound calls
 * @param revenue          total revenue, or NaN when no call gives one
 * @param phoneSeconds     agent seconds on the phones, or NaN when the staffing is not known
 * @param busySeconds      agent seconds handling calls (talk + after-call work, every queue and direction) inside
 *                         the row's time, counted when {@code phoneSeconds} is known
 */
public record KpiFigures(String queue, ZonedDateTime start, LocalDate date, ServiceLevelBasis basis,
                         long offered, long answered, long abandoned, long voicemail, long blocked,
                         long answeredWithin, long abandonedWithin, long shortAbandoned,
                         double answerWait, double handle, double abandonWait, double maxWait,
                         long fcrJudged, long fcrResolved, long outbound, long rightParty, long successful,
                         double revenue, double phoneSeconds, double busySeconds) {

    /** The service level on this row's basis: answered within T over offered, answered, or offered less quick abandons. */
    public OptionalDouble serviceLevel() {
        long denominator = switch (basis) {
            case OFFERED -> offered;
            case ANSWERED -> answered;
            case EXCLUDING_SHORT_ABANDONS -> offered - abandonedWithin;
        };
        return share(answeredWithin, denominator);
    }

    /** Abandoned / offered. */
    public OptionalDouble abandonRate() {
        return share(abandoned, offered);
    }

    /** Average speed of answer: mean wait of answered calls, seconds. */
    public OptionalDouble asa() {
        return share(answerWait, answered);
    }

    /** Average handle time: mean talk + after-call work of answered calls, seconds. */
    public OptionalDouble aht() {
        return share(handle, answered);
    }

    /** Mean wait of abandoned calls, seconds. */
    public OptionalDouble averageAbandonWait() {
        return share(abandonWait, abandoned);
    }

    /** The longest wait of an offered call, seconds; empty without offered calls. */
    public OptionalDouble longestWait() {
        return offered > 0 ? OptionalDouble.of(maxWait) : OptionalDouble.empty();
    }

    /** First-contact resolution: resolved / judged calls. */
    public OptionalDouble fcr() {
        return share(fcrResolved, fcrJudged);
    }

    /** Right-party contacts / outbound calls. */
    public OptionalDouble rpcRate() {
        return share(rightParty, outbound);
    }

    /** Total revenue / successful calls; empty without revenue or successful calls. */
    public OptionalDouble revenuePerCall() {
        return Double.isNaN(revenue) ? OptionalDouble.empty() : share(revenue, successful);
    }

    /** Handle time inside the row's time / agent time on the phones; empty when staffing is not known. */
    public OptionalDouble occupancy() {
        return Double.isNaN(phoneSeconds) ? OptionalDouble.empty() : share(busySeconds, phoneSeconds);
    }

    /**
     * The figures of this row's calls and {@code other}'s together (of two replications of a simulation, say): counts
     * and totals added, the longest wait the longer one; revenue and phone time NaN unless both have them. Keeps this
     * row's queue, start, date and basis.
     */
    public KpiFigures plus(KpiFigures other) {
        return new KpiFigures(queue, start, date, basis, offered + other.offered, answered + other.answered,
                abandoned + other.abandoned, voicemail + other.voicemail, blocked + other.blocked,
                answeredWithin + other.answeredWithin, abandonedWithin + other.abandonedWithin,
                shortAbandoned + other.shortAbandoned, answerWait + other.answerWait, handle + other.handle,
                abandonWait + other.abandonWait, Math.max(maxWait, other.maxWait), fcrJudged + other.fcrJudged,
                fcrResolved + other.fcrResolved, outbound + other.outbound, rightParty + other.rightParty,
                successful + other.successful, revenue + other.revenue, phoneSeconds + other.phoneSeconds,
                busySeconds + other.busySeconds);
    }

    private static OptionalDouble share(double numerator, double denominator) {
        return denominator > 0 ? OptionalDouble.of(numerator / denominator) : OptionalDouble.empty();
    }

    /** For JShell: the figures a centre manager reads first. */
    @Override
    public String toString() {
        String key = start != null ? start.toLocalDateTime() + " " : date != null ? date + " " : "";
        return key + queue + ": " + offered + " offered, SL " + AgentAdherence.percent(serviceLevel())
                + (basis == ServiceLevelBasis.OFFERED ? "" : " (" + basis + ")")
                + ", abandon " + AgentAdherence.percent(abandonRate()) + ", ASA " + seconds(asa())
                + ", AHT " + seconds(aht()) + (fcrJudged > 0 ? ", FCR " + AgentAdherence.percent(fcr()) : "")
                + (occupancy().isPresent() ? ", occupancy " + AgentAdherence.percent(occupancy()) : "");
    }

    private static String seconds(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f s", value.getAsDouble()) : "-";
    }
}
