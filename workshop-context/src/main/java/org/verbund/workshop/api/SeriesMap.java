package org.verbund.workshop.api;

import java.util.List;

/**
 * The three workshops' results joined: each challenge with the strategies that address it, each strategy with the
 * actors and responsible levels assigned to it.
 */
public record SeriesMap(WorkshopSeriesId seriesId, WorkingGroupId groupId, String title, List<Workshop> workshops,
                        List<ChallengeNode> challenges) {

    public record ChallengeNode(String id, String text, MeetingId identifiedAt, List<StrategyNode> strategies) {
    }

    public record StrategyNode(String id, String text, MeetingId proposedAt, List<ActorNode> actors) {
    }

    public record ActorNode(String id, String actor, ResponsibleLevel level, MeetingId assignedAt) {
    }
}
