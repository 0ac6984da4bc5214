package org.wfm.scheduler.internal.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import org.optaplanner.core.impl.heuristic.move.CompositeMove;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.generic.ChangeMove;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.Session;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Swaps two agents' sessions of the same activity (their coaching slots): each takes the other's start. Pairs are
 * drawn within an activity, so a problem with few such sessions among many others still finds them (a swap selector
 * over all sessions with a filter would reject most pairs and give up).
 */
public final class SessionSwapMoves extends RandomMoves<Move<Schedule>> {

    @Override
    public long getSize(ScoreDirector<Schedule> scoreDirector) {
        long n = scoreDirector.getWorkingSolution().getSessions().size();
        return n * n;
    }

    @Override
    public Iterator<Move<Schedule>> createRandomMoveIterator(ScoreDirector<Schedule> scoreDirector, Random random) {
        GenuineVariableDescriptor<Schedule> start = variable(scoreDirector, Session.class, "start");
        Map<String, List<Session>> byActivity = new LinkedHashMap<>();
        for (Session s : scoreDirector.getWorkingSolution().getSessions()) {
            if (!s.together() && !s.isPinned()) {
                byActivity.computeIfAbsent(s.activityId(), k -> new ArrayList<>()).add(s);
            }
        }
        List<List<Session>> groups = byActivity.values().stream().filter(g -> g.size() >= 2).toList();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !groups.isEmpty();
            }

            @Override
            public Move<Schedule> next() {
                List<Session> group = groups.get(random.nextInt(groups.size()));
                Session left = group.get(random.nextInt(group.size()));
                Session right = group.get(random.nextInt(group.size()));
                if (left.getStart().equals(right.getStart()) || left.sharedAttendees(right) > 0) {
                    return new ChangeMove<>(start, left, left.getStart()); // not doable: the solver skips it
                }
                return CompositeMove.buildMove(new ChangeMove<>(start, left, right.getStart()),
                        new ChangeMove<>(start, right, left.getStart()));
            }
        };
    }
}
