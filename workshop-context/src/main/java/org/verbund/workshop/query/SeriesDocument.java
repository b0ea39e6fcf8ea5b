package org.verbund.workshop.query;

import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.ResponsibleLevel;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.Workshop;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.util.ArrayList;
import java.util.List;

/** A series with the outcomes of its meetings, as stored in {@code workshop_series}. */
final class SeriesDocument {

    public WorkshopSeriesId seriesId;
    public WorkingGroupId groupId;
    public String title;
    public List<Workshop> workshops = new ArrayList<>();
    public List<Item> challenges = new ArrayList<>();
    public List<Item> strategies = new ArrayList<>();
    public List<Item> actors = new ArrayList<>();

    /** A challenge, a strategy (with the challenges it addresses) or an actor (with its strategy and level). */
    static final class Item {
        public String id;
        public String text;
        public MeetingId meetingId;
        public List<String> addresses;
        public String strategyId;
        public ResponsibleLevel level;
    }
}
