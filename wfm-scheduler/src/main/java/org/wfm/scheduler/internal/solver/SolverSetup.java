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
import org.wfm.scheduler.internal.domain.ShiftAssignment;

import java.util.ArrayList;
import java.util.List;

/**
 * The solver configuration in Java: {@link GreedyConstruction}, then late-acceptance local search over
 * shift changes (start, type, day off), nudges of a shift's start, break moves, and same-day swaps between agents.
 */
public final class SolverSetup {

    /** Late acceptance history length: on the 60-agent week at 30 s, 400 beat 100 and 1500 (one run each). */
    static final int LATE_ACCEPTANCE_SIZE = 400;
    /** Weight of {@link NudgeShiftMoves} against 4 for random shift changes and 2 for swaps (measured: 3 beat 0 and 6). */
    static final double NUDGE_WEIGHT = 3.0;

    private SolverSetup() {
    }

    /**
     * The configuration for a search that stops by {@code termination}.
     *
     * @param seed      random seed of the construction and the local search
     * @param construct whether to run the greedy construction first (off for a reschedule, which starts from
     *                  the existing roster)
     */
    public static SolverConfig config(TerminationConfig termination, long seed, boolean construct) {
        List<PhaseConfig> phases = new ArrayList<>();
        if (construct) {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new GreedyConstruction(seed)));
        }
        phases.add(new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves())
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
        return new SolverConfig()
                .withSolutionClass(Schedule.class)
                .withEntityClasses(ShiftAssignment.class, IntervalCoverage.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(WfmConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withTerminationConfig(termination)
                .withPhases(phases.toArray(PhaseConfig[]::new));
    }

    private static UnionMoveSelectorConfig moves() {
        List<MoveSelectorConfig> moves = new ArrayList<>();
        moves.add(new ChangeMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("start"))
                .withFixedProbabilityWeight(4.0));
        moves.add(new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(NudgeShiftMoves.class)
                .withFixedProbabilityWeight(NUDGE_WEIGHT));
        moves.add(new SwapMoveSelectorConfig()
                .withFilterClass(SameDaySwapFilter.class)
                .withFixedProbabilityWeight(2.0));
        for (int k = 0; k < ShiftAssignment.MAX_BREAKS; k++) {
            moves.add(new ChangeMoveSelectorConfig()
                    .withEntitySelectorConfig(new EntitySelectorConfig(ShiftAssignment.class)
                            .withFilterClass(AssignedFilter.class))
                    .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("break" + k))
                    .withFixedProbabilityWeight(k < 2 ? 1.0 : 0.5));
        }
        return new UnionMoveSelectorConfig().withMoveSelectors(moves.toArray(MoveSelectorConfig[]::new));
    }
}
