package org.wfm.scheduler.internal.solver;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.wfm.scheduler.internal.domain.IntervalCoverage;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.Session;
import org.wfm.scheduler.internal.domain.ShiftAssignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The solver configuration in Java: {@link GreedyConstruction} and {@link SessionPlacement}, then late-acceptance
 * local search over shift changes (start, type, day off), nudges of a shift's start, break moves, same-day swaps
 * between agents and, with activities, session moves (into an attendee's shift, anywhere in the window, swaps of two
 * agents' sessions, a shift moved or dropped with its sessions).
 */
public final class SolverSetup {

    /** Late acceptance history length: on the 60-agent week at 30 s, 400 beat 100 and 1500 (one run each). */
    static final int LATE_ACCEPTANCE_SIZE = 400;
    /** Weight of {@link NudgeShiftMoves} against 4 for random shift changes and 2 for swaps (measured: 3 beat 0 and 6). */
    static final double NUDGE_WEIGHT = 3.0;

    /**
     * Weight of {@link SessionIntoShiftMoves}; random session starts and {@link ShiftWithSessionsMoves} get a
     * quarter of it, swaps of sessions a half. (ActivityBenchmark 60 60, one run each: the shift-with-sessions move at
     * 0.5 gave the covered week 2012 paid hours and the tight week 1082.8 shortfall, at 2.0 2016 and 1101.5; left out,
     * the tight week 1074.6.)
     */
    static final double SESSION_WEIGHT = 2.0;

    private SolverSetup() {
    }

    /**
     * The session moves a problem allows: none without sessions to place (none, or all pinned); swaps only where an
     * activity has two sessions of its own, not pinned, to swap.
     */
    public enum SessionMoves {
        NONE, MOVE, MOVE_AND_SWAP;

        /** The moves these sessions allow. */
        public static SessionMoves of(List<Session> sessions) {
            Map<String, Integer> own = new HashMap<>();
            boolean any = false;
            for (Session s : sessions) {
                any |= !s.isPinned();
                if (!s.isPinned() && !s.together() && own.merge(s.activityId(), 1, Integer::sum) >= 2) {
                    return MOVE_AND_SWAP;
                }
            }
            return any ? MOVE : NONE;
        }
    }

    /**
     * The configuration for a search that stops by {@code termination}.
     *
     * @param seed      random seed of the construction and the local search
     * @param construct whether to run the greedy construction first (off for a reschedule, which starts from
     *                  the existing roster)
     * @param sessions  what the problem's sessions of activities allow: with any not pinned, they are placed after
     *                  construction (in a reschedule, those the roster lacks) and moved in the search
     */
    public static SolverConfig config(TerminationConfig termination, long seed, boolean construct,
                                      SessionMoves sessions) {
        List<PhaseConfig> phases = new ArrayList<>();
        if (construct) {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new GreedyConstruction(seed)));
        }
        if (sessions != SessionMoves.NONE) {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new SessionPlacement()));
        }
        phases.add(new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves(sessions))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
        return new SolverConfig()
                .withSolutionClass(Schedule.class)
                .withEntityClasses(ShiftAssignment.class, Session.class, IntervalCoverage.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(WfmConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withTerminationConfig(termination)
                .withPhases(phases.toArray(PhaseConfig[]::new));
    }

    private static UnionMoveSelectorConfig moves(SessionMoves sessions) {
        List<MoveSelectorConfig> moves = new ArrayList<>();
        moves.add(new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(ShiftAssignment.class))
                .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("start"))
                .withFixedProbabilityWeight(4.0));
        moves.add(new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(NudgeShiftMoves.class)
                .withFixedProbabilityWeight(NUDGE_WEIGHT));
        moves.add(new SwapMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(ShiftAssignment.class))
                .withFilterClass(SameDaySwapFilter.class)
                .withFixedProbabilityWeight(2.0));
        for (int k = 0; k < ShiftAssignment.MAX_BREAKS; k++) {
            moves.add(new ChangeMoveSelectorConfig()
                    .withEntitySelectorConfig(new EntitySelectorConfig(ShiftAssignment.class)
                            .withFilterClass(AssignedFilter.class))
                    .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("break" + k))
                    .withFixedProbabilityWeight(k < 2 ? 1.0 : 0.5));
        }
        if (sessions != SessionMoves.NONE) {
            moves.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(SessionIntoShiftMoves.class)
                    .withFixedProbabilityWeight(SESSION_WEIGHT));
            moves.add(new ChangeMoveSelectorConfig()
                    .withEntitySelectorConfig(new EntitySelectorConfig(Session.class))
                    .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("start"))
                    .withFixedProbabilityWeight(SESSION_WEIGHT / 4));
            moves.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(ShiftWithSessionsMoves.class)
                    .withFixedProbabilityWeight(SESSION_WEIGHT / 4));
        }
        if (sessions == SessionMoves.MOVE_AND_SWAP) {
            moves.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(SessionSwapMoves.class)
                    .withFixedProbabilityWeight(SESSION_WEIGHT / 2));
        }
        return new UnionMoveSelectorConfig().withMoveSelectors(moves.toArray(MoveSelectorConfig[]::new));
    }
}
