package org.verbund.funding.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocuments;
import org.verbund.funding.api.AmendmentApprovedEvent;
import org.verbund.funding.api.AmendmentProposedEvent;
import org.verbund.funding.api.AmendmentRefusedEvent;
import org.verbund.funding.api.AmendmentState;
import org.verbund.funding.api.AmendmentValues;
import org.verbund.funding.api.ApplicationStatusChange;
import org.verbund.funding.api.DeadlineState;
import org.verbund.funding.api.EarlyStartExemptionGrantedEvent;
import org.verbund.funding.api.ExtensionLinkedEvent;
import org.verbund.funding.api.FinancingPlanSetEvent;
import org.verbund.funding.api.FindFundingApplicationQuery;
import org.verbund.funding.api.FindFundingApplicationsQuery;
import org.verbund.funding.api.FundingApplicationApprovedEvent;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingApplicationExtendsEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingApplicationSummary;
import org.verbund.funding.api.FundingDeadlineDroppedEvent;
import org.verbund.funding.api.FundingDeadlineFellDueEvent;
import org.verbund.funding.api.FundingDeadlineMetEvent;
import org.verbund.funding.api.FundingDeadlineSetEvent;

import java.util.List;
import java.util.function.Consumer;

/**
 * The applications with all their details: one document per application in {@code funding_application_details},
 * guarded by its sequence number, listed by scanning that collection of one document per project of the network
 * (dozens). Who reads is the query's viewer: coordinators see every application, others those their organisation
 * leads or implements; to them the others do not exist.
 */
@Component
@ProcessingGroup("funding-applications")
class FundingApplicationsProjection {

    private final SequencedDocuments<ApplicationDocument> applications;
    private final QueryUpdateEmitter updates;

    FundingApplicationsProjection(@ReadModels MongoDatabase verbundDatabase, QueryUpdateEmitter updates) {
        this.applications = new SequencedDocuments<>(verbundDatabase.getCollection("funding_application_details"),
                                                     ApplicationDocument.class);
        this.updates = updates;
    }

    @EventHandler
    void on(FundingApplicationDraftedEvent event, @SequenceNumber long sequence) {
        applications.replace(event.applicationId().value(), sequence, () -> new ApplicationDocument(event))
                    .ifPresent(this::emit);
    }

    @EventHandler
    void on(ApplicationStatusChange event, @SequenceNumber long sequence) {
        change(event.applicationId(), sequence, application -> application.status = event.status());
    }

    @EventHandler
    void on(FundingApplicationApprovedEvent event, @SequenceNumber long sequence) {
        change(event.applicationId(), sequence, application -> {
            application.status = event.status();
            application.approvedAmount = event.approvedAmount();
        });
    }

    @EventHandler
    void on(EarlyStartExemptionGrantedEvent event, @SequenceNumber long sequence) {
        change(event.applicationId(), sequence, application -> application.earlyStartGrantedOn = event.effectiveOn());
    }

    @EventHandler
    void on(FundingApplicationExtendsEvent event, @SequenceNumber long sequence) {
        change(event.applicationId(), sequence, application -> application.predecessorId = event.predecessorId());
    }

    @EventHandler
    void on(ExtensionLinkedEvent event, @SequenceNumber long sequence) {
        change(event.applicationId(), sequence, application -> application.extensions.add(event.extensionId()));
    }

    @EventHandler
    void on(FinancingPlanSetEvent event, @SequenceNumber long sequence) {
        change(event.applicationId(), sequence, application -> application.financingPlan =
                new FundingApplicationSummary.FinancingPlan(event.totalCost(), event.lines(), event.effectiveOn()));
    }

    @EventHandler
    void on(AmendmentProposedEvent event, @SequenceNumber long sequence) {
        change(event.applicationId(), sequence, application -> application.amendments.add(
                new FundingApplicationSummary.Amendment(event.amendmentId(), AmendmentState.PROPOSED,
                                                        event.proposed(), event.effectiveOn(), null, null)));
    }

    @EventHandler
    void on(AmendmentApprovedEvent event, @SequenceNumber long sequence) {
        AmendmentValues approved = event.approved();
        change(event.applicationId(), sequence, application -> {
            if (approved.amount() != null) {
                application.approvedAmount = approved.amount();
            }
            if (approved.period() != null) {
                application.period = approved.period();
            }
            if (approved.partners() != null) {
                application.takePartnersOf(approved.partners());
            }
            application.decideAmendment(event.amendmentId(), AmendmentState.APPROVED, approved, event.effectiveOn());
        });
    }

    @EventHandler
    void on(AmendmentRefusedEvent event, @SequenceNumber long sequence) {
        change(event.applicationId(), sequence, application -> application.decideAmendment(
                event.amendmentId(), AmendmentState.REFUSED, null, event.effectiveOn()));
    }

    @EventHandler
    void on(FundingDeadlineSetEvent event, @SequenceNumber long sequence) {
        change(event.applicationId(), sequence, application -> application.setDeadline(
                new FundingApplicationSummary.Deadline(event.key(), event.kind(), event.dueOn(), event.responsible(),
                                                       DeadlineState.OPEN, null)));
    }

    @EventHandler
    void on(FundingDeadlineFellDueEvent event, @SequenceNumber long sequence) {
        change(event.applicationId(), sequence,
               application -> application.closeDeadline(event.key(), DeadlineState.OVERDUE, null));
    }

    @EventHandler
    void on(FundingDeadlineMetEvent event, @SequenceNumber long sequence) {
        change(event.applicationId(), sequence,
               application -> application.closeDeadline(event.key(), DeadlineState.MET, event.effectiveOn()));
    }

    @EventHandler
    void on(FundingDeadlineDroppedEvent event, @SequenceNumber long sequence) {
        change(event.applicationId(), sequence,
               application -> application.closeDeadline(event.key(), DeadlineState.DROPPED, event.effectiveOn()));
    }

    @ResetHandler
    void reset() {
        applications.deleteAll();
    }

    @QueryHandler
    List<FundingApplicationSummary> handle(FindFundingApplicationsQuery query) {
        return applications.all().stream()
                           .filter(application -> application.visibleTo(query.viewer()))
                           .filter(application -> query.status() == null || application.status == query.status())
                           .filter(application -> query.programmeId() == null
                                                  || application.programmeId.equals(query.programmeId()))
                           .filter(application -> query.organisationId() == null
                                                  || application.involves(query.organisationId()))
                           .map(ApplicationDocument::toSummary)
                           .toList();
    }

    @QueryHandler
    FundingApplicationSummary handle(FindFundingApplicationQuery query) {
        return applications.find(query.applicationId().value())
                           .filter(application -> application.visibleTo(query.viewer()))
                           .map(ApplicationDocument::toSummary).orElse(null);
    }

    private void change(FundingApplicationId id, long sequence, Consumer<ApplicationDocument> change) {
        applications.change(id.value(), sequence, change).ifPresent(this::emit);
    }

    /** The application as it is now, to each live reader who may still see it. */
    private void emit(ApplicationDocument application) {
        updates.emit(FindFundingApplicationQuery.class,
                     query -> query.applicationId().equals(application.id) && application.visibleTo(query.viewer()),
                     application.toSummary());
    }
}
