package org.wfm.examples;

import org.wfm.core.Forecast;
import org.wfm.core.IntervalSeries;
import org.wfm.core.queue.ExpectedService;
import org.wfm.core.queue.QueueModel;
import org.wfm.core.queue.Staffing;
import org.wfm.examples.sample.SampleCentre;
import org.wfm.forecast.Forecasters;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Staffing one day hour by hour, Erlang C and Erlang A side by side: the sample centre's forecast Monday, for
 * 80/20, with callers who hang up after three minutes on average in Erlang A.
 *
 * <p>Erlang C assumes every caller waits as long as it takes; real callers abandon, which shortens the queue for
 * the others, so Erlang A reaches the same service level with fewer agents and also tells how many callers give
 * up. The gap is largest at the peaks.
 *
 * <pre>
 * java -cp "examples/target/wfm-examples.jar:examples/target/lib/*" org.wfm.examples.StaffingTable
 * </pre>
 */
public final class StaffingTable {

    private StaffingTable() {
    }

    public static void main(String[] args) {
        LocalDate monday = SampleCentre.DEMO_WEEK;
        Forecast forecast = Forecasters.auto().forecast(SampleCentre.standard().history(), monday, 1);
        // Hourly figures: calls summed, handle time weighted by calls; staffing on the hour's average load.
        IntervalSeries calls = forecast.calls().sumTo(Duration.ofHours(1));
        IntervalSeries aht = forecast.aht().orElseThrow();
        IntervalSeries.Builder handling = IntervalSeries.builder(SampleCentre.ZONE, SampleCentre.INTERVAL);
        for (int i = 0; i < forecast.calls().size(); i++) {
            LocalDateTime start = forecast.calls().start(i);
            handling.add(start, forecast.calls().value(i) * aht.get(start).orElse(0));
        }
        IntervalSeries work = handling.build().sumTo(Duration.ofHours(1)); // seconds of handling per hour

        Staffing erlangC = Staffing.of(WeeklyRoster.GOAL);
        Staffing erlangA = erlangC.withModel(QueueModel.erlangA(WeeklyRoster.PATIENCE));
        System.out.println("Sample centre, " + monday.getDayOfWeek() + " " + monday + ", goal " + WeeklyRoster.GOAL
                + ", Erlang A patience " + WeeklyRoster.PATIENCE.toSeconds() + " s");
        System.out.printf("%-6s %6s %6s %8s | %-22s | %-30s%n", "hour", "calls", "AHT s", "Erlangs",
                "Erlang C: agents SL ASA", "Erlang A: agents SL ASA abandon");
        int agentHoursC = 0;
        int agentHoursA = 0;
        for (int i = 0; i < calls.size(); i++) {
            double hourCalls = calls.value(i);
            double ahtSeconds = work.value(i) / hourCalls;
            double workload = work.value(i) / 3600;
            ExpectedService c = erlangC.solve(workload, ahtSeconds);
            ExpectedService a = erlangA.solve(workload, ahtSeconds);
            agentHoursC += c.agents();
            agentHoursA += a.agents();
            System.out.printf(Locale.ROOT,
                    "%-6s %6.0f %6.0f %8.1f | %6d %6.1f%% %6.1f s | %6d %6.1f%% %6.1f s %6.1f%%%n",
                    calls.start(i).toLocalTime(), hourCalls, ahtSeconds, workload, c.agents(), 100 * c.serviceLevel(),
                    c.asa(), a.agents(), 100 * a.serviceLevel(), a.asa(), 100 * a.abandonRate().orElse(0));
        }
        System.out.printf(Locale.ROOT, "agent-hours on the phones: Erlang C %d, Erlang A %d (%.0f %% fewer)%n",
                agentHoursC, agentHoursA, 100.0 * (agentHoursC - agentHoursA) / agentHoursC);
    }
}
