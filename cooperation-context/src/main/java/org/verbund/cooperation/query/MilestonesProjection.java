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
import org.verbund.cooperation.api.AgreementSignedEvent;
import org.verbund.cooperation.api.FindMilestonesQuery;
import org.verbund.cooperation.api.GoalProposedEvent;
import org.verbund.cooperation.api.GoalState;
import org.verbund.cooperation.api.GoalStateChangedEvent;
import org.verbund.cooperation.api.Milestone;
import org.verbund.cooperation.api.MilestoneKind;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.VisitHeldEvent;
import org.verbund.cooperation.api.VisitPlannedEvent;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocument.Seen;
import org.verbund.core.readmodel.SequencedDocuments;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The cooperation milestone feed for dashboards: visits held, agreements signed, goals achieved, newest first.
 * Subscribers are sent each new milestone.
 */
@Component
@ProcessingGroup(CooperationReadModels.GROUP)
class MilestonesProjection {

    private final QueryUpdateEmitter updates;
    private final SequencedDocuments<MilestoneFeed> feed;
    private final SequencedDocuments<MilestoneSubject> subjects;

    MilestonesProjection(@ReadModels MongoDatabase verbundDatabase, QueryUpdateEmitter updates) {
        this.updates = updates;
        this.feed = new SequencedDocuments<>(verbundDatabase.getCollection("cooperation_milestones"),
                                             MilestoneFeed.class);
        this.subjects = new SequencedDocuments<>(verbundDatabase.getCollection("cooperation_milestone_subjects"),
                                                 MilestoneSubject.class);
    }

    @EventHandler
    void on(VisitPlannedEvent event, @SequenceNumber long sequence) {
        remember(MilestoneSubject.visit(event.visitId().value()), Seen.of(event.visitId(), sequence),
                 event.kind() + " " + String.join(", ", event.places()));
    }

    @EventHandler
    void on(AgreementDraftedEvent event, @SequenceNumber long sequence) {
        remember(MilestoneSubject.agreement(event.agreementId().value()), Seen.of(event.agreementId(), sequence),
                 event.title());
    }

    @EventHandler
    void on(GoalProposedEvent event, @SequenceNumber long sequence) {
        remember(MilestoneSubject.goal(event.partnershipId().value(), event.goalId()),
                 Seen.of(event.partnershipId(), sequence), event.text());
    }

    @EventHandler
    void on(VisitHeldEvent event, @SequenceNumber long sequence) {
        String visit = event.visitId().value();
        mark(MilestoneKind.VISIT_HELD, event.partnershipId(), visit, MilestoneSubject.visit(visit), event.effectiveOn(),
             Seen.of(event.visitId(), sequence));
    }

    @EventHandler
    void on(AgreementSignedEvent event, @SequenceNumber long sequence) {
        String agreement = event.agreementId().value();
        mark(MilestoneKind.AGREEMENT_SIGNED, event.partnershipId(), agreement, MilestoneSubject.agreement(agreement),
             event.effectiveOn(), Seen.of(event.agreementId(), sequence));
    }

    @EventHandler
    void on(GoalStateChangedEvent event, @SequenceNumber long sequence) {
        if (event.state() == GoalState.ACHIEVED) {
            // a goal is part of its partnership: the partnership's sequence numbers guard it
            mark(MilestoneKind.GOAL_ACHIEVED, event.partnershipId(), event.goalId(),
                 MilestoneSubject.goal(event.partnershipId().value(), event.goalId()), event.effectiveOn(),
                 Seen.of(event.partnershipId(), sequence));
        }
    }

    @ResetHandler
    void reset() {
        feed.deleteAll();
        subjects.deleteAll();
    }

    @QueryHandler
    List<Milestone> handle(FindMilestonesQuery query) {
        return feed.find(MilestoneFeed.ID).map(found -> found.milestones).orElse(List.of()).stream()
                   .map(MilestoneFeed.Entry::view).sorted(Comparator.comparing(Milestone::on).reversed()).toList();
    }

    private void remember(String key, Seen event, String text) {
        subjects.changeOrStartBy(key, event, MilestoneSubject::new, subject -> subject.text = text);
    }

    /**
     * Adds the milestone the event marks to the feed, about what its subject was remembered as (its id where nothing
     * was remembered), and sends it to the feed's subscribers; an event the feed has seen adds and sends nothing.
     */
    private void mark(MilestoneKind kind, PartnershipId partnershipId, String refId, String subjectKey, LocalDate on,
                      Seen event) {
        String about = subjects.find(subjectKey).map(subject -> subject.text).orElse(refId);
        Milestone milestone = new Milestone(kind, partnershipId, refId, about, on);
        feed.changeOrStartBy(MilestoneFeed.ID, event, MilestoneFeed::new, milestones -> milestones.add(milestone))
            .ifPresent(changed -> updates.emit(FindMilestonesQuery.class, query -> true, milestone));
    }
}
