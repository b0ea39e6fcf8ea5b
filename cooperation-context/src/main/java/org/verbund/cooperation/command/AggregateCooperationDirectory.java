package org.verbund.cooperation.command;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.verbund.cooperation.api.FundingApplicationRef;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.VisitId;
import org.verbund.core.eventstore.AggregateReaders;
import org.verbund.funding.api.FundingApplicationDraftedEvent;

import java.util.Optional;

/**
 * The cooperation directory read from the event store: partnerships and visits by loading those aggregates, a
 * funding application from the first event of its own stream. That event is the funding context's api event
 * {@link FundingApplicationDraftedEvent}, and it is never changed, so whether an application exists is known as soon
 * as funding acknowledged its draft, without asking funding's query handlers (which may change as that context does)
 * or its read models (which may trail). Existence is all a visit asks of funding; no status is folded.
 */
@Component
class AggregateCooperationDirectory implements CooperationDirectory {

    private final AggregateReaders aggregates;
    private final EventStore events;

    AggregateCooperationDirectory(AggregateReaders aggregates, EventStore events) {
        this.aggregates = aggregates;
        this.events = events;
    }

    @Override
    public Optional<Partners> partnership(PartnershipId partnershipId) {
        return aggregates.read(Partnership.class, partnershipId.value(), Partnership::partners);
    }

    @Override
    public Optional<PartnershipId> partnershipOfVisit(VisitId visitId) {
        return aggregates.read(Visit.class, visitId.value(), Visit::partnershipId);
    }

    @Override
    public boolean isFundingApplication(FundingApplicationRef applicationId) {
        // from sequence 0, so that funding's snapshots (of its internal aggregate type) are not read; an
        // application's draft is its first event, so this stops there unless another aggregate shares the id
        DomainEventStream stream = events.readEvents(applicationId.value(), 0);
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof FundingApplicationDraftedEvent) {
                return true;
            }
        }
        return false;
    }
}
