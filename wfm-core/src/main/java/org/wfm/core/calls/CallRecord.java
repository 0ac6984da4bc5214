package org.wfm.core.calls;

import java.time.Duration;
import java.time.Instant;

/**
 * One call as the ACD logged it: a row of the call-record CSV. Times are instants (a local stamp in an autumn
 * overlap is resolved by the reader); seconds are elapsed seconds.
 *
 * <p>Rules, checked here: {@code answered} is given exactly when the outcome is {@link Outcome#ANSWERED} (for an
 * outbound call: connected), and then {@code agent} too; {@code ended} is not before {@code arrived} nor before
 * {@code answered}; {@code wrapSeconds} is 0 or more, and more than 0 only with an agent; {@code rightParty} is
 * given only for outbound calls, and {@code true} only for connected ones. An answer stamped a little before the
 * arrival (clock skew between systems) is allowed here; the reader bounds it.
 *
 * @param id          the call's id, unique in a file
 * @param queue       the queue (service type) the call was offered to; {@code main} in single-queue files
 * @param arrived     when the call was offered to the queue, after any IVR
 * @param answered    when an agent answered, or {@code null}
 * @param ended       end of talk for answered calls (after-call work excluded), else when the caller left
 * @param outcome     how the call left the queue
 * @param agent       the agent who answered (or placed) the call, or {@code null}
 * @param wrapSeconds after-call work in seconds
 * @param customer    the customer's id, or {@code null} for an unknown caller
 * @param priority    the ACD's priority, or {@code null}
 * @param direction   inbound or outbound
 * @param rightParty  for outbound calls: whether the right person was reached, or {@code null} when not known
 * @param revenue     revenue of the call (any currency), or {@code null}
 */
public record CallRecord(String id, String queue, Instant arrived, Instant answered, Instant ended, Outcome outcome,
                         String agent, double wrapSeconds, String customer, Integer priority, Direction direction,
                         Boolean rightParty, Double revenue) {

    /** The queue of files without a {@code queue} column. */
    public static final String MAIN_QUEUE = "main";

    public CallRecord {
        agent = agent == null || agent.isBlank() ? null : agent;
        customer = customer == null || customer.isBlank() ? null : customer;
        require(id != null && !id.isBlank(), "call_id", "missing call id");
        require(queue != null && !queue.isBlank(), "queue", "missing queue");
        require(arrived != null, "arrived", "missing arrival time");
        require(ended != null, "ended", "missing end time");
        require(outcome != null, "outcome", "missing outcome");
        require(direction != null, "direction", "missing direction");
        // the messages are built only on failure: millions of records pass through here
        if (outcome == Outcome.ANSWERED) {
            require(answered != null, "answered", "an answered call needs the time it was answered");
            require(agent != null, "agent", "an answered call needs the agent who answered it");
            require(!ended.isBefore(answered), "ended", "the call ends before it was answered");
        } else if (answered != null) {
            throw new InvalidCallRecordException("answered", "only answered calls have an answer time; this one is "
                    + outcome);
        }
        require(!ended.isBefore(arrived), "ended", "the call ends before it arrived");
        if (!(Double.isFinite(wrapSeconds) && wrapSeconds >= 0)) {
            throw new InvalidCallRecordException("wrap", "after-call work must be 0 seconds or more, got "
                    + wrapSeconds);
        }
        require(wrapSeconds == 0 || agent != null, "wrap", "after-call work needs the agent who did it");
        if (rightParty != null) {
            require(direction == Direction.OUTBOUND, "right_party", "right_party is for outbound calls only");
            if (rightParty && outcome != Outcome.ANSWERED) {
                throw new InvalidCallRecordException("right_party",
                        "a right-party contact must have connected (outcome answered), got " + outcome);
            }
        }
        require(revenue == null || Double.isFinite(revenue), "revenue", "revenue must be a finite number");
    }

    private static void require(boolean condition, String field, String problem) {
        if (!condition) {
            throw new InvalidCallRecordException(field, problem);
        }
    }

    /** An inbound call an agent answered. */
    public static CallRecord answered(String id, String queue, Instant arrived, Instant answered, Instant ended,
                                      String agent) {
        return new CallRecord(id, queue, arrived, answered, ended, Outcome.ANSWERED, agent, 0, null, null,
                Direction.INBOUND, null, null);
    }

    /** An inbound call that was not answered: abandoned, voicemail or blocked. */
    public static CallRecord unanswered(String id, String queue, Instant arrived, Instant ended, Outcome outcome) {
        return new CallRecord(id, queue, arrived, null, ended, outcome, null, 0, null, null, Direction.INBOUND,
                null, null);
    }

    /** This call with after-call work of {@code seconds}. */
    public CallRecord withWrap(double seconds) {
        return new CallRecord(id, queue, arrived, answered, ended, outcome, agent, seconds, customer, priority,
                direction, rightParty, revenue);
    }

    /** This call from a known customer. */
    public CallRecord withCustomer(String customerId) {
        return new CallRecord(id, queue, arrived, answered, ended, outcome, agent, wrapSeconds, customerId, priority,
                direction, rightParty, revenue);
    }

    /** This call placed outbound, with whether it reached the right party ({@code null}: not known). */
    public CallRecord withOutbound(Boolean reachedRightParty) {
        return new CallRecord(id, queue, arrived, answered, ended, outcome, agent, wrapSeconds, customer, priority,
                Direction.OUTBOUND, reachedRightParty, revenue);
    }

    /** This call with its revenue. */
    public CallRecord withRevenue(double amount) {
        return new CallRecord(id, queue, arrived, answered, ended, outcome, agent, wrapSeconds, customer, priority,
                direction, rightParty, amount);
    }

    /** Whether the customer called (the calls every queue figure counts). */
    public boolean inbound() {
        return direction == Direction.INBOUND;
    }

    /**
     * The wait in seconds: for an answered call {@code max(0, answered - arrived)} (seconds of clock skew are
     * normal), for an abandoned or voicemail call {@code ended - arrived}, 0 for a blocked call (never queued).
     */
    public double waitSeconds() {
        return switch (outcome) {
            case ANSWERED -> Math.max(0, seconds(arrived, answered));
            case ABANDONED, VOICEMAIL -> seconds(arrived, ended);
            case BLOCKED -> 0;
        };
    }

    /** Talk time in seconds: {@code ended - answered} for an answered call, else 0. */
    public double talkSeconds() {
        return answered == null ? 0 : seconds(answered, ended);
    }

    /** Handle time in seconds: talk plus after-call work. */
    public double handleSeconds() {
        return talkSeconds() + wrapSeconds;
    }

    static double seconds(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return d.getSeconds() + d.getNano() / 1e9;
    }

    @Override
    public String toString() {
        return "CallRecord[" + id + " " + queue + " " + outcome + (agent != null ? " by " + agent : "")
                + ", arrived " + arrived + ", wait " + Math.round(waitSeconds()) + " s"
                + (answered != null ? ", talk " + Math.round(talkSeconds()) + " s" : "") + "]";
    }
}
