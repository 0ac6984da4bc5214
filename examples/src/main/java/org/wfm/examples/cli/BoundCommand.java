package org.wfm.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.scheduler.bound.Bound;
import org.wfm.scheduler.bound.LowerBound;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code wfm bound}: the lower bounds on understaffing and overstaffing of any roster of a problem. */
@Command(name = "bound", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Lower bound on the understaffing (shortfall) of any roster of a problem, and on overstaffing"
                        + " (surplus) at that shortfall, in agent-intervals against the planned requirement"
                        + " required / (1 - unplannedShrinkage): the LP relaxation of the set-covering model over"
                        + " every shift start and break placement.",
                "Relaxed: fractional shifts (whole agents only per interval), rest between shifts, consecutive"
                        + " days, break order, paid hours pooled over agents with the same shift types, and"
                        + " unavailable windows except when they block a whole day.",
                "With several queues the shortfall is the total over queues (unweighted, as the roster summary"
                        + " counts it); when agents differ in skills, the best sum over a partition of the queues"
                        + " of each part's bound against the agents skilled for one of its queues (at least the"
                        + " bound with every agent answering every queue); the surplus bound pools the agents.",
                "--json prints {\"shortfall\": ..., \"surplus\": ...}, both in agent-intervals."
        })
public final class BoundCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProblemOption problem;

    @CommandLine.Mixin
    JsonOutput json;

    @Override
    public Integer call() throws IOException {
        ScheduleProblem p = problem.read();
        Bound bound = LowerBound.of(p);
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested()) {
            ObjectNode node = JsonOutput.object();
            node.put("shortfall", bound.shortfall());
            node.put("surplus", bound.surplus());
            JsonOutput.print(out, node);
        } else {
            double demand = p.plannedDemand();
            out.printf(Locale.ROOT, "%s: shortfall >= %.3f agent-intervals (%.2f %% of planned demand %.1f),"
                            + " surplus >= %.3f agent-intervals (%s intervals)%n", p.name(), bound.shortfall(),
                    demand > 0 ? 100 * bound.shortfall() / demand : 0.0, demand, bound.surplus(),
                    p.interval().toMinutes() + "-minute");
        }
        out.flush();
        return 0;
    }
}
