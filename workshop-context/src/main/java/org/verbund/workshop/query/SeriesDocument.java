package org.verbund.workshop.query;

import org.verbund.core.readmodel.SequencedDocument;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.ResponsibleLevel;
import org.verbund.workshop.api.SeriesMap;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.Workshop;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.util.ArrayList;
import java.util.List;

/** A series with the outcomes of its meetings, as stored in {@code workshop_series} (keyed by the series). */
final class SeriesDocument extends SequencedDocument {

    public WorkshopSeriesId seriesId;
    public WorkingGroupId groupId;
    public String title;
    public List<Workshop> workshops = new ArrayList<>();
    public List<Item> challenges = new ArrayList<>();
    public List<Item> strategies = new ArrayList<>();
    public List<Item> actors = new ArrayList<>();

    /**
     * A challenge, a strategy (with the challenges it addresses) or an actor (with its strategy and level), and the
     * meeting that recorded it.
     */
    record Item(String id, String text, MeetingId meetingId, List<String> addresses, String strategyId,
                ResponsibleLevel level) {
    }

    /** The three workshops' results joined: challenges, the strategies addressing each, the actors of each. */
    SeriesMap map() {
        return new SeriesMap(seriesId, groupId, title, workshops, challenges.stream().map(
                challenge -> new SeriesMap.ChallengeNode(challenge.id(), challenge.text(), challenge.meetingId(),
                                                         strategiesFor(challenge))).toList());
    }

    private List<SeriesMap.StrategyNode> strategiesFor(Item challenge) {
        return strategies.stream().filter(strategy -> strategy.addresses().contains(challenge.id()))
                         .map(strategy -> new SeriesMap.StrategyNode(strategy.id(), strategy.text(),
                                                                     strategy.meetingId(), actorsFor(strategy)))
                         .toList();
    }

    private List<SeriesMap.ActorNode> actorsFor(Item strategy) {
        return actors.stream().filter(actor -> actor.strategyId().equals(strategy.id()))
                     .map(actor -> new SeriesMap.ActorNode(actor.id(), actor.text(), actor.level(), actor.meetingId()))
                     .toList();
    }
}
