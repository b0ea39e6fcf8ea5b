package org.verbund.cooperation.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.verbund.cooperation.api.FindVisitQuery;
import org.verbund.cooperation.api.FindVisitsQuery;
import org.verbund.cooperation.api.VisitCancelledEvent;
import org.verbund.cooperation.api.VisitFundingLinkedEvent;
import org.verbund.cooperation.api.VisitHeldEvent;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.VisitParticipantRecordedEvent;
import org.verbund.cooperation.api.VisitPlannedEvent;
import org.verbund.cooperation.api.VisitResultRecordedEvent;
import org.verbund.cooperation.api.VisitStatus;
import org.verbund.cooperation.api.VisitTalkRecordedEvent;
import org.verbund.cooperation.api.VisitView;
import org.verbund.core.privacy.PersonalDataKeys;
import org.verbund.core.privacy.PersonalDataModule;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocuments;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The visits read model ({@code visits}, one document per visit, listed by a scan: a partnership has a handful a
 * year), every document changed only by its own visit's events.
 */
@Component
@ProcessingGroup(CooperationReadModels.GROUP)
class VisitsProjection {

    private final SequencedDocuments<VisitDocument> visits;

    VisitsProjection(@ReadModels MongoDatabase verbundDatabase, PersonalDataKeys keys) {
        this.visits = new SequencedDocuments<>(verbundDatabase.getCollection("visits"), VisitDocument.class,
                                              new PersonalDataModule(keys));
    }

    @EventHandler
    void on(VisitPlannedEvent event, @SequenceNumber long sequence) {
        visits.replace(event.visitId().value(), sequence, () -> VisitDocument.planned(event));
    }

    @EventHandler
    void on(VisitHeldEvent event, @SequenceNumber long sequence) {
        change(event.visitId(), sequence, visit -> {
            visit.status = VisitStatus.HELD;
            visit.heldOn = event.effectiveOn();
        });
    }

    @EventHandler
    void on(VisitCancelledEvent event, @SequenceNumber long sequence) {
        change(event.visitId(), sequence, visit -> visit.status = VisitStatus.CANCELLED);
    }

    @EventHandler
    void on(VisitFundingLinkedEvent event, @SequenceNumber long sequence) {
        change(event.visitId(), sequence, visit -> visit.fundedBy = event.fundedBy());
    }

    @EventHandler
    void on(VisitTalkRecordedEvent event, @SequenceNumber long sequence) {
        change(event.visitId(), sequence, visit -> visit.talks.add(new VisitDocument.Talk(
                event.talkId(), event.institution(), event.level(), event.topic())));
    }

    @EventHandler
    void on(VisitResultRecordedEvent event, @SequenceNumber long sequence) {
        change(event.visitId(), sequence,
               visit -> visit.results.add(new VisitDocument.Result(event.resultId(), event.text())));
    }

    @EventHandler
    void on(VisitParticipantRecordedEvent event, @SequenceNumber long sequence) {
        change(event.visitId(), sequence, visit -> visit.people.add(new VisitDocument.Participant(
                event.person(), event.name(), event.onBehalfOf())));
    }

    @ResetHandler
    void reset() {
        visits.deleteAll();
    }

    @QueryHandler
    VisitView handle(FindVisitQuery query) {
        return visits.find(query.visitId().value()).map(VisitDocument::view).orElse(null);
    }

    @QueryHandler
    List<VisitView> handle(FindVisitsQuery query) {
        return visits.all().stream()
                     .filter(visit -> query.partnershipId() == null || query.partnershipId().equals(visit.partnershipId))
                     .filter(visit -> query.fundedBy() == null || query.fundedBy().equals(visit.fundedBy))
                     .sorted(Comparator.comparing(visit -> visit.period.from()))
                     .map(VisitDocument::view)
                     .toList();
    }

    private void change(VisitId visitId, long sequence, Consumer<VisitDocument> change) {
        visits.change(visitId.value(), sequence, change);
    }
}
