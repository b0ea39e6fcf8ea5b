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
import org.verbund.cooperation.api.VisitHeldEvent;
import org.verbund.cooperation.api.VisitPlannedEvent;
import org.verbund.core.readmodel.SequencedDocument.Seen;
import org.verbund.core.readmodel.SequencedDocuments;

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

    MilestonesProjection(MongoDatabase verbundDatabase, QueryUpdateEmitter updates) {
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
        String refId = event.visitId().value();
        mark(new Milestone(MilestoneKind.VISIT_HELD, event.partnershipId(), refId,
                           about(MilestoneSubject.visit(refId), refId), event.effectiveOn()),
             Seen.of(event.visitId(), sequence));
    }

    @EventHandler
    void on(AgreementSignedEvent event, @SequenceNumber long sequence) {
        String refId = event.agreementId().value();
        mark(new Milestone(MilestoneKind.AGREEMENT_SIGNED, event.partnershipId(), refId,
                           about(MilestoneSubject.agreement(refId), refId), event.effectiveOn()),
             Seen.of(event.agreementId(), sequence));
    }

    @EventHandler
    void on(GoalStateChangedEvent event, @SequenceNumber long sequence) {
        if (event.state() == GoalState.ACHIEVED) {
            String subject = MilestoneSubject.goal(event.partnershipId().value(), event.goalId());
            mark(new Milestone(MilestoneKind.GOAL_ACHIEVED, event.partnershipId(), event.goalId(),
                               about(subject, event.goalId()), event.effectiveOn()),
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

    /** The remembered text of the subject; its id where none was remembered. */
    private String about(String key, String id) {
        return subjects.find(key).map(subject -> subject.text).orElse(id);
    }

    private void mark(Milestone milestone, Seen event) {
        feed.changeOrStartBy(MilestoneFeed.ID, event, MilestoneFeed::new, milestones -> milestones.add(milestone))
            .ifPresent(changed -> updates.emit(FindMilestonesQuery.class, query -> true, milestone));
    }
}
