package org.verbund.workshop.command;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingScheduledEvent;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.util.List;

/**
 * Which meetings belong to a series: a key lookup (one document per series) that the write side uses to find them,
 * since neither the series nor a meeting can record the other in its own unit of work. A meeting is added before it
 * is created ({@link WorkshopDirectory#noteMeetingOfSeries}), so the list never lacks a meeting that exists; it may
 * name one whose creation then failed, which is looked up and not found. Meetings scheduled before this lookup
 * existed are added from the history by the event handler here; adding twice changes nothing.
 */
@Component
@ProcessingGroup("workshop-series-meetings")
class SeriesMeetings {

    private final MongoCollection<Document> series;

    SeriesMeetings(MongoDatabase verbundDatabase) {
        this.series = verbundDatabase.getCollection("workshop_series_meetings");
    }

    void add(WorkshopSeriesId seriesId, MeetingId meetingId) {
        series.updateOne(Filters.eq("_id", seriesId.value()), Updates.addToSet("meetings", meetingId.value()),
                         new UpdateOptions().upsert(true));
    }

    List<MeetingId> of(WorkshopSeriesId seriesId) {
        Document found = series.find(Filters.eq("_id", seriesId.value())).first();
        return found == null ? List.of()
                : found.getList("meetings", String.class).stream().map(MeetingId::new).toList();
    }

    @EventHandler
    void on(MeetingScheduledEvent event) {
        if (event.seriesId() != null) {
            add(event.seriesId(), event.meetingId());
        }
    }
}
