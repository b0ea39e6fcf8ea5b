package org.verbund.cooperation.query;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.verbund.cooperation.api.AgreementDraftedEvent;
import org.verbund.cooperation.api.AgreementId;
import org.verbund.cooperation.api.AgreementStatus;
import org.verbund.cooperation.api.FundingApplicationRef;
import org.verbund.cooperation.api.GoalProposedEvent;
import org.verbund.cooperation.api.GoalState;
import org.verbund.cooperation.api.PartnershipEstablishedEvent;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PartnershipStatus;
import org.verbund.cooperation.api.PartnershipView;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.VisitKind;
import org.verbund.cooperation.api.VisitPlannedEvent;
import org.verbund.cooperation.api.VisitStatus;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.readmodel.SequencedDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A partnership as stored in {@code partnerships}: its own state (its version moved by the partnership's events), the
 * timeline of its visits and its agreements (changed by their aggregates' events, each guarded on its own).
 */
final class PartnershipDocument extends SequencedDocument {

    public PartnershipId id;
    public String partnerCity;
    public String country;
    public List<OrganisationId> participants = new ArrayList<>();
    public PartnershipStatus status;
    public LocalDate statusSince;
    public List<Goal> goals = new ArrayList<>();
    /** Ordered by start date. */
    public List<VisitEntry> visits = new ArrayList<>();
    public List<AgreementEntry> agreements = new ArrayList<>();

    static PartnershipDocument established(PartnershipEstablishedEvent event) {
        PartnershipDocument partnership = new PartnershipDocument();
        partnership.id = event.partnershipId();
        partnership.partnerCity = event.partnerCity();
        partnership.country = event.country();
        partnership.participants = new ArrayList<>(event.participants());
        partnership.status = PartnershipStatus.EXPLORING;
        partnership.statusSince = event.effectiveOn();
        return partnership;
    }

    static final class Goal {
        public String id;
        public String text;
        public GoalState state;
        public LocalDate since;

        static Goal proposed(GoalProposedEvent event) {
            Goal goal = new Goal();
            goal.id = event.goalId();
            goal.text = event.text();
            goal.state = GoalState.PROPOSED;
            goal.since = event.effectiveOn();
            return goal;
        }
    }

    /**
     * A visit on the timeline. Entries stored before the guard moved to the document carry a {@code version} of their
     * own, ignored now: the visit's events redelivered after that move set the same values again, in order.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class VisitEntry {
        public VisitId id;
        public VisitKind kind;
        public Period period;
        public VisitStatus status;
        public FundingApplicationRef fundedBy;

        static VisitEntry planned(VisitPlannedEvent event) {
            VisitEntry visit = new VisitEntry();
            visit.id = event.visitId();
            visit.kind = event.kind();
            visit.period = event.period();
            visit.status = VisitStatus.PLANNED;
            visit.fundedBy = event.fundedBy();
            return visit;
        }
    }

    /** An agreement of the partnership; like {@link VisitEntry}, an older stored entry's {@code version} is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class AgreementEntry {
        public AgreementId id;
        public String title;
        public AgreementStatus status;
        public List<OrganisationId> signatories = new ArrayList<>();
        public Period validity;
        public LocalDate signedOn;
        public LocalDate terminatedOn;

        static AgreementEntry drafted(AgreementDraftedEvent event) {
            AgreementEntry agreement = new AgreementEntry();
            agreement.id = event.agreementId();
            agreement.title = event.title();
            agreement.status = AgreementStatus.DRAFTED;
            return agreement;
        }

        /** Signed (and not terminated since), and {@code day} within its validity. */
        boolean validOn(LocalDate day) {
            return status == AgreementStatus.SIGNED && validity != null && !day.isBefore(validity.from())
                   && !day.isAfter(validity.to());
        }
    }

    Optional<Goal> goal(String goalId) {
        return goals.stream().filter(goal -> goal.id.equals(goalId)).findFirst();
    }

    Optional<VisitEntry> visit(VisitId visitId) {
        return visits.stream().filter(visit -> visit.id.equals(visitId)).findFirst();
    }

    /** Adds a visit to the timeline, in the order of start dates. */
    void addVisit(VisitEntry visit) {
        visits.add(visit);
        visits.sort(Comparator.comparing(entry -> entry.period.from()));
    }

    Optional<AgreementEntry> agreement(AgreementId agreementId) {
        return agreements.stream().filter(agreement -> agreement.id.equals(agreementId)).findFirst();
    }

    /** The answer, with each agreement's validity as of {@code today}. */
    PartnershipView view(LocalDate today) {
        return new PartnershipView(
                version, id, partnerCity, country, List.copyOf(participants), status, statusSince,
                goals.stream().map(goal -> new PartnershipView.Goal(goal.id, goal.text, goal.state, goal.since))
                     .toList(),
                visits.stream().map(visit -> new PartnershipView.VisitRef(visit.id, visit.kind, visit.period,
                                                                          visit.status, visit.fundedBy)).toList(),
                agreements.stream().map(agreement -> new PartnershipView.AgreementRef(
                        agreement.id, agreement.title, agreement.status, List.copyOf(agreement.signatories),
                        agreement.validity, agreement.signedOn, agreement.terminatedOn,
                        agreement.validOn(today))).toList());
    }
}
