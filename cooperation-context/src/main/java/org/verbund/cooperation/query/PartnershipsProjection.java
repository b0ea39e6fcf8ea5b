package org.verbund.cooperation.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import org.verbund.cooperation.api.AgreementDraftedEvent;
import org.verbund.cooperation.api.AgreementId;
import org.verbund.cooperation.api.AgreementNegotiationStartedEvent;
import org.verbund.cooperation.api.AgreementSignedEvent;
import org.verbund.cooperation.api.AgreementStatus;
import org.verbund.cooperation.api.AgreementTerminatedEvent;
import org.verbund.cooperation.api.FindPartnershipQuery;
import org.verbund.cooperation.api.FindPartnershipsQuery;
import org.verbund.cooperation.api.GoalProposedEvent;
import org.verbund.cooperation.api.GoalStateChangedEvent;
import org.verbund.cooperation.api.PartnershipEstablishedEvent;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PartnershipJoinedEvent;
import org.verbund.cooperation.api.PartnershipStatusChangedEvent;
import org.verbund.cooperation.api.PartnershipView;
import org.verbund.cooperation.api.VisitCancelledEvent;
import org.verbund.cooperation.api.VisitFundingLinkedEvent;
import org.verbund.cooperation.api.VisitHeldEvent;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.VisitPlannedEvent;
import org.verbund.cooperation.api.VisitStatus;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocument.Seen;
import org.verbund.core.readmodel.SequencedDocuments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The partnerships read model ({@code partnerships}, one document per partnership, few enough to list by a scan):
 * its participants, status and goals from the partnership's events, its agreements and the timeline of its visits
 * from theirs. The partnership's own events move its version (its ETag); an agreement's or a visit's events are guarded
 * by their own aggregate's sequence numbers and leave it. Subscribers of a partnership are sent it whenever it changes.
 */
@Component
@ProcessingGroup(CooperationReadModels.GROUP)
class PartnershipsProjection {

    private final SequencedDocuments<PartnershipDocument> partnerships;
    private final SequencedDocuments<VisitOfPartnership> visitsOf;
    private final QueryUpdateEmitter updates;

    PartnershipsProjection(@ReadModels MongoDatabase verbundDatabase, QueryUpdateEmitter updates) {
        this.partnerships = new SequencedDocuments<>(verbundDatabase.getCollection("partnerships"),
                                                     PartnershipDocument.class);
        this.visitsOf = new SequencedDocuments<>(verbundDatabase.getCollection("cooperation_visit_partnerships"),
                                                 VisitOfPartnership.class);
        this.updates = updates;
    }

    @EventHandler
    void on(PartnershipEstablishedEvent event, @SequenceNumber long sequence) {
        partnerships.replace(event.partnershipId().value(), sequence, () -> PartnershipDocument.established(event))
                    .ifPresent(this::announce);
    }

    @EventHandler
    void on(PartnershipJoinedEvent event, @SequenceNumber long sequence) {
        own(event.partnershipId(), sequence, partnership -> partnership.participants.add(event.organisation()));
    }

    @EventHandler
    void on(PartnershipStatusChangedEvent event, @SequenceNumber long sequence) {
        own(event.partnershipId(), sequence, partnership -> {
            partnership.status = event.status();
            partnership.statusSince = event.effectiveOn();
        });
    }

    @EventHandler
    void on(GoalProposedEvent event, @SequenceNumber long sequence) {
        own(event.partnershipId(), sequence,
            partnership -> partnership.goals.add(PartnershipDocument.Goal.proposed(event)));
    }

    @EventHandler
    void on(GoalStateChangedEvent event, @SequenceNumber long sequence) {
        own(event.partnershipId(), sequence, partnership -> partnership.goal(event.goalId()).ifPresent(goal -> {
            goal.state = event.state();
            goal.since = event.effectiveOn();
        }));
    }

    @EventHandler
    void on(AgreementDraftedEvent event, @SequenceNumber long sequence) {
        partnerships.changeBy(event.partnershipId().value(), Seen.of(event.agreementId(), sequence), partnership -> {
            if (partnership.agreement(event.agreementId()).isEmpty()) {
                partnership.agreements.add(PartnershipDocument.AgreementEntry.drafted(event));
            }
        }).ifPresent(this::announce);
    }

    @EventHandler
    void on(AgreementNegotiationStartedEvent event, @SequenceNumber long sequence) {
        agreement(event.partnershipId(), event.agreementId(), sequence,
                  agreement -> agreement.status = AgreementStatus.NEGOTIATING);
    }

    @EventHandler
    void on(AgreementSignedEvent event, @SequenceNumber long sequence) {
        agreement(event.partnershipId(), event.agreementId(), sequence, agreement -> {
            agreement.status = AgreementStatus.SIGNED;
            agreement.signatories = new ArrayList<>(event.signatories());
            agreement.validity = event.validity();
            agreement.signedOn = event.effectiveOn();
        });
    }

    @EventHandler
    void on(AgreementTerminatedEvent event, @SequenceNumber long sequence) {
        agreement(event.partnershipId(), event.agreementId(), sequence, agreement -> {
            agreement.status = AgreementStatus.TERMINATED;
            agreement.terminatedOn = event.effectiveOn();
        });
    }

    @EventHandler
    void on(VisitPlannedEvent event, @SequenceNumber long sequence) {
        visitsOf.replace(event.visitId().value(), sequence, () -> {
            VisitOfPartnership visit = new VisitOfPartnership();
            visit.partnershipId = event.partnershipId();
            return visit;
        });
        partnerships.changeBy(event.partnershipId().value(), Seen.of(event.visitId(), sequence), partnership -> {
            if (partnership.visit(event.visitId()).isEmpty()) {
                partnership.addVisit(PartnershipDocument.VisitEntry.planned(event));
            }
        }).ifPresent(this::announce);
    }

    @EventHandler
    void on(VisitHeldEvent event, @SequenceNumber long sequence) {
        visitNow(event.visitId(), sequence, VisitStatus.HELD);
    }

    @EventHandler
    void on(VisitFundingLinkedEvent event, @SequenceNumber long sequence) {
        visit(event.visitId(), sequence, visit -> visit.fundedBy = event.fundedBy());
    }

    @EventHandler
    void on(VisitCancelledEvent event, @SequenceNumber long sequence) {
        visitNow(event.visitId(), sequence, VisitStatus.CANCELLED);
    }

    @ResetHandler
    void reset() {
        partnerships.deleteAll();
        visitsOf.deleteAll();
    }

    @QueryHandler
    List<PartnershipView> handle(FindPartnershipsQuery query) {
        LocalDate today = LocalDate.now();
        return partnerships.all().stream().map(partnership -> partnership.view(today)).toList();
    }

    @QueryHandler
    PartnershipView handle(FindPartnershipQuery query) {
        return partnerships.find(query.partnershipId().value()).map(found -> found.view(LocalDate.now())).orElse(null);
    }

    private void own(PartnershipId id, long sequence, Consumer<PartnershipDocument> change) {
        partnerships.change(id.value(), sequence, change).ifPresent(this::announce);
    }

    private void agreement(PartnershipId id, AgreementId agreementId, long sequence,
                           Consumer<PartnershipDocument.AgreementEntry> change) {
        partnerships.changeBy(id.value(), Seen.of(agreementId, sequence),
                              partnership -> partnership.agreement(agreementId).ifPresent(change))
                    .ifPresent(this::announce);
    }

    private void visitNow(VisitId visitId, long sequence, VisitStatus status) {
        visit(visitId, sequence, visit -> visit.status = status);
    }

    /** A visit's entry on the timeline of the partnership it belongs to. */
    private void visit(VisitId visitId, long sequence, Consumer<PartnershipDocument.VisitEntry> change) {
        visitsOf.find(visitId.value()).flatMap(visit -> partnerships.changeBy(
                visit.partnershipId.value(), Seen.of(visitId, sequence),
                partnership -> partnership.visit(visitId).ifPresent(change)))
                .ifPresent(this::announce);
    }

    /** Sends subscribers of the partnership its new state. */
    private void announce(PartnershipDocument partnership) {
        updates.emit(FindPartnershipQuery.class, query -> query.partnershipId().equals(partnership.id),
                     partnership.view(LocalDate.now()));
    }
}
