package org.wfm.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.wfm.core.calls.AgentAdherence;
import org.wfm.core.calls.AgentStates;
import org.wfm.core.calls.CallRecord;
import org.wfm.core.calls.CallRecords;
import org.wfm.core.calls.KpiCsv;
import org.wfm.core.calls.KpiDefinitions;
import org.wfm.core.calls.KpiFigures;
import org.wfm.core.calls.Kpis;
import org.wfm.core.calls.PhoneTime;
import org.wfm.core.io.AtomicFile;
import org.wfm.core.io.HistoryCsv;
import org.wfm.core.io.RosterJson;
import org.wfm.core.io.ScheduleProblemJson;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.examples.report.KpiReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code wfm kpi}: the contact-centre KPIs of an ACD's call log, its interval history and caller patience. */
@Command(name = "kpi", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "KPIs from call records (call_id,queue,arrived,answered,ended,outcome,agent[,wrap,customer,priority,"
                        + "direction,right_party,revenue]): offered, service level, abandon rate, ASA, AHT, FCR,"
                        + " occupancy and adherence, per interval, day, queue or agent; the History CSV that"
                        + " wfm forecast reads; the caller-patience curve that Erlang A (wfm staffing --patience) needs.",
                "A call belongs to the interval and day of its arrival; every figure but rpcRate, revenuePerCall and"
                        + " the agents' handle time counts inbound calls only. Definitions: docs/formats.md.",
                "--json prints one object: offered, answered, abandoned, voicemail, blocked, answeredWithin,"
                        + " serviceLevel, asa, aht, abandonRate, shortAbandoned, fcr, rpcRate, revenuePerCall,"
                        + " occupancy, patience {meanSeconds, medianSeconds} (null where undefined)."
        })
public final class KpiCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--calls", required = true, paramLabel = "FILE", description = "Call-record CSV.")
    Path calls;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "30m",
            description = "Interval of the interval rows and the history: 5m to 60m, dividing an hour (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @CommandLine.Mixin
    ZoneOption zone;

    @CommandLine.Mixin
    ServiceLevelOptions serviceLevel;

    @Option(names = "--short-abandon", paramLabel = "DURATION", defaultValue = "5s",
            description = "Abandons with a shorter wait are short abandons (default: ${DEFAULT-VALUE}).")
    Duration shortAbandon;

    @Option(names = "--repeat-window", paramLabel = "DURATION", defaultValue = "7d",
            description = "A further call of the same customer within this window is a repeat, for FCR (default: ${DEFAULT-VALUE}).")
    Duration repeatWindow;

    @Option(names = "--max-skew", paramLabel = "DURATION", defaultValue = "120s",
            description = "How far an answer may be stamped before the arrival (clock skew; default: ${DEFAULT-VALUE}).")
    Duration maxSkew;

    @Option(names = "--by", paramLabel = "ROWS", defaultValue = "interval",
            description = "Rows of --output: interval (default), day, queue or agent.")
    String by;

    @Option(names = "--queue", paramLabel = "Q", description = "Only this queue's calls (repeats for FCR still count in any queue).")
    String queue;

    @Option(names = "--output", paramLabel = "FILE", description = "KPI CSV to write, one row per --by.")
    Path output;

    @CommandLine.Mixin
    JsonOutput json;

    @Option(names = "--history", paramLabel = "FILE", description = "History CSV to write (start,offered,aht) for wfm forecast; with a queue column first when the"
            + " calls have several queues (each queue's history from its own calls).")
    Path history;

    @Option(names = "--patience-curve", paramLabel = "FILE", description = "Patience curve CSV to write (seconds,survival,at_risk,abandoned).")
    Path patienceCurve;

    @Option(names = "--problem", paramLabel = "FILE", description = "Schedule problem JSON of --roster.")
    Path problem;

    @Option(names = "--roster", paramLabel = "FILE", description = "Roster JSON: its shifts and breaks give occupancy (and, with --agent-states, adherence).")
    Path roster;

    @Option(names = "--agent-states", paramLabel = "FILE", description = "Agent-state CSV agent,state,start,end: occupancy from what agents did; adherence with --roster.")
    Path agentStates;

    @Option(names = "--on-queue-states", paramLabel = "LIST", description = "States on the phones, comma-separated (default: available,on_call,wrap).")
    String onQueueStates;

    @Option(names = "--sl", paramLabel = "SHARE", defaultValue = "0.8", description = "Service level goal drawn in --report (default: ${DEFAULT-VALUE}).")
    double serviceTarget;

    @Option(names = "--report", paramLabel = "FILE", description = "HTML report to write.")
    Path report;

    @Override
    public Integer call() throws IOException {
        KpiCsv.By rows = rows();
        if ((problem == null) != (roster == null)) {
            throw new IllegalArgumentException("--problem and --roster go together (the roster's problem gives its zone and shift types)");
        }
        if (onQueueStates != null && agentStates == null) {
            throw new IllegalArgumentException("--on-queue-states needs --agent-states");
        }
        if (!(serviceTarget > 0 && serviceTarget <= 1)) {
            throw new IllegalArgumentException("--sl must be more than 0 and at most 1, got " + serviceTarget);
        }
        ScheduleProblem scheduleProblem = problem == null ? null : ScheduleProblemJson.read(problem);
        ZoneId zoneId = zone.resolve(scheduleProblem, problem);
        KpiDefinitions definitions = new KpiDefinitions(zoneId, interval, serviceLevel.answerWithin(),
                serviceLevel.basis(), shortAbandon, repeatWindow, queue);
        Roster rostered = roster == null ? null : RosterJson.read(roster);
        AgentStates states = agentStates == null ? null : AgentStates.read(agentStates, zoneId);
        if (states != null && onQueueStates != null) {
            states = states.withOnQueueStates(Arrays.stream(onQueueStates.split(",")).map(String::trim)
                    .filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
        }
        PhoneTime phoneTime = states != null ? states.onPhone()
                : rostered != null ? PhoneTime.scheduled(scheduleProblem, rostered) : null;
        List<AgentAdherence> adherence = states != null && rostered != null
                ? states.adherence(scheduleProblem, rostered) : null;
        Kpis kpis;
        try (Stream<CallRecord> records = CallRecords.read(calls, zoneId, maxSkew)) {
            kpis = Kpis.of(records::iterator, definitions, phoneTime);
        }
        try (AtomicFile.Batch batch = AtomicFile.batch().protect(calls, problem, roster, agentStates)) {
            if (output != null) {
                KpiCsv.write(batch.stage(output), kpis, rows, adherence);
            }
            if (history != null) {
                if (kpis.historyByQueue().size() > 1) {
                    HistoryCsv.writeQueues(batch.stage(history), kpis.historyByQueue());
                } else {
                    HistoryCsv.write(batch.stage(history), kpis.history().offered(), kpis.history().aht().orElseThrow());
                }
            }
            if (patienceCurve != null) {
                KpiCsv.writePatience(batch.stage(patienceCurve), kpis.patience());
            }
            if (report != null) {
                KpiReport page = KpiReport.of(kpis).withServiceTarget(serviceTarget);
                (adherence == null ? page : page.withAdherence(adherence)).write(batch.stage(report));
            }
            batch.commit();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested()) {
            JsonOutput.print(out, json(kpis));
        } else {
            summary(out, kpis);
        }
        out.flush();
        return 0;
    }

    private KpiCsv.By rows() {
        try {
            return KpiCsv.By.valueOf(by.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--by must be interval, day, queue or agent, got '" + by + "'");
        }
    }


    private static ObjectNode json(Kpis kpis) {
        KpiFigures t = kpis.total();
        ObjectNode o = JsonOutput.object();
        o.put("offered", t.offered());
        o.put("answered", t.answered());
        o.put("abandoned", t.abandoned());
        o.put("voicemail", t.voicemail());
        o.put("blocked", t.blocked());
        o.put("answeredWithin", t.answeredWithin());
        put(o, "serviceLevel", t.serviceLevel());
        put(o, "asa", t.asa());
        put(o, "aht", t.aht());
        put(o, "abandonRate", t.abandonRate());
        o.put("shortAbandoned", t.shortAbandoned());
        put(o, "fcr", t.fcr());
        put(o, "rpcRate", t.rpcRate());
        put(o, "revenuePerCall", t.revenuePerCall());
        put(o, "occupancy", t.occupancy());
        ObjectNode patience = o.putObject("patience");
        put(patience, "meanSeconds", kpis.patience().meanSeconds());
        put(patience, "medianSeconds", kpis.patience().medianSeconds());
        return o;
    }

    private static void put(ObjectNode o, String key, OptionalDouble value) {
        if (value.isPresent()) {
            o.put(key, value.getAsDouble());
        } else {
            o.putNull(key);
        }
    }

    /** The figures a centre manager reads first, rounded as they read them. */
    private void summary(PrintWriter out, Kpis kpis) {
        KpiFigures t = kpis.total();
        List<KpiFigures> days = kpis.byDay();
        out.printf(Locale.ROOT, "%s: %d calls offered (%d answered, %d abandoned, %d voicemail), %d blocked, %s to %s%n",
                t.queue().equals(Kpis.ALL) ? "all queues" : "queue " + t.queue(), t.offered(), t.answered(),
                t.abandoned(), t.voicemail(), t.blocked(), days.get(0).date(), days.get(days.size() - 1).date());
        out.printf(Locale.ROOT, "service level %s in %ds, abandon rate %s, ASA %s, AHT %s, FCR %s%s%n",
                percent(t.serviceLevel()), serviceLevel.answerWithin().getSeconds(), percent(t.abandonRate()), seconds(t.asa()),
                seconds(t.aht()), percent(t.fcr()),
                t.occupancy().isPresent() ? ", occupancy " + percent(t.occupancy()) : "");
        out.printf(Locale.ROOT, "caller patience: mean %s (exponential; wfm staffing --patience), median %s%n",
                seconds(kpis.patience().meanSeconds()), seconds(kpis.patience().medianSeconds()));
        if (kpis.byQueue().size() > 2) {
            for (KpiFigures q : kpis.byQueue()) {
                if (!q.queue().equals(Kpis.ALL)) {
                    out.printf(Locale.ROOT, "  %-10s %7d offered, SL %s, abandon %s, ASA %s, AHT %s%n", q.queue(),
                            q.offered(), percent(q.serviceLevel()), percent(q.abandonRate()), seconds(q.asa()),
                            seconds(q.aht()));
                }
            }
        }
        for (Path written : Stream.of(output, history, patienceCurve, report).filter(p -> p != null).toList()) {
            out.println("wrote " + written);
        }
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * share.getAsDouble()) : "-";
    }

    private static String seconds(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble()) + " s" : "-";
    }
}
