package org.wfm.scheduler.internal.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.wfm.scheduler.internal.domain.Schedule;

import java.util.Iterator;

/**
 * What the scheduler's own move factories share: their moves are drawn at random only (the local search selects
 * at random), and they build OptaPlanner's generic moves on a planning variable.
 */
abstract class RandomMoves<M extends Move<Schedule>> implements MoveIteratorFactory<Schedule, M> {

    @Override
    public final Iterator<M> createOriginalMoveIterator(ScoreDirector<Schedule> scoreDirector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " are selected at random only");
    }

    /** The planning variable {@code name} of {@code entityClass}, for building moves on it. */
    static GenuineVariableDescriptor<Schedule> variable(ScoreDirector<Schedule> scoreDirector, Class<?> entityClass,
                                                        String name) {
        return ((InnerScoreDirector<Schedule, ?>) scoreDirector).getSolutionDescriptor()
                .findEntityDescriptorOrFail(entityClass).getGenuineVariableDescriptor(name);
    }
}
