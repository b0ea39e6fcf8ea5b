package org.verbund.cooperation.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import org.verbund.cooperation.api.AgreementDraftedEvent;
import org.verbund.cooperation.api.AgreementId;
import org.verbund.cooperation.api.AgreementNegotiationStartedEvent;
import org.verbund.cooperation.api.AgreementSignedEvent;
import org.verbund.cooperation.api.AgreementStatus;
import org.verbund.cooperation.api.AgreementTerminatedEvent;
import org.verbund.cooperation.api.ContactDetailsChangedEvent;
import org.verbund.cooperation.api.ContactEstablishedEvent;
import org.verbund.cooperation.api.ContactView;
import org.verbund.cooperation.api.FindContactQuery;
import org.verbund.cooperation.api.FindContactsQuery;
import org.verbund.cooperation.api.FindMilestonesQuery;
import org.verbund.cooperation.api.FindPartnershipQuery;
import org.verbund.cooperation.api.FindPartnershipsQuery;
import org.verbund.cooperation.api.FindVisitQuery;
import org.verbund.cooperation.api.FindVisitsQuery;
import org.verbund.cooperation.api.GoalProposedEvent;
import org.verbund.cooperation.api.GoalState;
import org.verbund.cooperation.api.GoalStateChangedEvent;
import org.verbund.cooperation.api.InstitutionContacts;
import org.verbund.cooperation.api.Milestone;
import org.verbund.cooperation.api.PartnershipEstablishedEvent;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PartnershipJoinedEvent;
import org.verbund.cooperation.api.PartnershipStatus;
import org.verbund.cooperation.api.PartnershipStatusChangedEvent;
import org.verbund.cooperation.api.PartnershipView;
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
import org.verbund.core.readmodel.JsonDocuments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.verbund.core.readmodel.JsonDocuments.replaceOrAdd;

/**
 * The cooperation read models: {@code partnerships}, {@code visits} and {@code contacts} keyed by their ids, and the
 * milestone feed. Personal fields are stored as the events hold them, encrypted with the person's key, so an erased
 * person reads as erased here at once, and after a replay too. Every change replaces an entry by its id.
 */
@Component
@ProcessingGroup("cooperation-read-models")
public class CooperationProjection {

    private static final String FEED = "feed";

    private final JsonDocuments<PartnershipView> partnerships;
    private final JsonDocuments<VisitView> visits;
    private final JsonDocuments<ContactView> contacts;
    private final JsonDocuments<MilestoneFeed> milestones;
    private final QueryUpdateEmitter updates;

    public CooperationProjection(MongoDatabase verbundDatabase, PersonalDataKeys keys, QueryUpdateEmitter updates) {
        PersonalDataModule personalData = new PersonalDataModule(keys);
        this.partnerships = new JsonDocuments<>(verbundDatabase.getCollection("partnerships"), PartnershipView.class);
        this.visits = new JsonDocuments<>(verbundDatabase.getCollection("visits"), VisitView.class, personalData);
        this.contacts = new JsonDocuments<>(verbundDatabase.getCollection("contacts"), ContactView.class,
                                            personalData);
        this.milestones = new JsonDocuments<>(verbundDatabase.getCollection("cooperation_milestones"),
                                              MilestoneFeed.class);
        this.updates = updates;
    }

    @EventHandler
    void on(PartnershipEstablishedEvent event) {
        PartnershipView view = new PartnershipView();
        view.id = event.partnershipId();
        view.partnerCity = event.partnerCity();
        view.country = event.country();
        view.participants = new ArrayList<>(event.participants());
        view.status = PartnershipStatus.EXPLORING;
        view.statusSince = event.effectiveOn();
        partnerships.save(event.partnershipId().value(), view);
    }

    @EventHandler
    void on(PartnershipJoinedEvent event) {
        partnership(event.partnershipId(), view -> {
            if (!view.participants.contains(event.organisation())) {
                view.participants.add(event.organisation());
            }
        });
    }

    @EventHandler
    void on(PartnershipStatusChangedEvent event) {
        partnership(event.partnershipId(), view -> {
            view.status = event.status();
            view.statusSince = event.effectiveOn();
        });
    }

    @EventHandler
    void on(GoalProposedEvent event) {
        PartnershipView.Goal goal = new PartnershipView.Goal();
        goal.id = event.goalId();
        goal.text = event.text();
        goal.state = GoalState.PROPOSED;
        goal.since = event.effectiveOn();
        partnership(event.partnershipId(), view -> replaceOrAdd(view.goals, existing -> existing.id.equals(goal.id), goal));
    }

    @EventHandler
    void on(GoalStateChangedEvent event) {
        Optional<PartnershipView> view = partnership(event.partnershipId(), changed -> changed.goals.stream()
                .filter(goal -> goal.id.equals(event.goalId())).forEach(goal -> {
                    goal.state = event.state();
                    goal.since = event.effectiveOn();
                }));
        if (event.state() == GoalState.ACHIEVED) {
            String text = view.flatMap(found -> found.goals.stream().filter(goal -> goal.id.equals(event.goalId()))
                                                           .findFirst()).map(goal -> goal.text).orElse(event.goalId());
            milestone(new Milestone("GOAL_ACHIEVED", event.partnershipId(), event.goalId(), text,
                                    event.effectiveOn()));
        }
    }

    @EventHandler
    void on(VisitPlannedEvent event) {
        VisitView visit = new VisitView();
        visit.id = event.visitId();
        visit.partnershipId = event.partnershipId();
        visit.kind = event.kind();
        visit.period = event.period();
        visit.places = new ArrayList<>(event.places());
        visit.organisations = new ArrayList<>(event.participants());
        visit.status = VisitStatus.PLANNED;
        visit.fundedBy = event.fundedBy();
        visits.save(event.visitId().value(), visit);
        visitChanged(visit);
    }

    @EventHandler
    void on(VisitHeldEvent event) {
        visit(event.visitId(), visit -> {
            visit.status = VisitStatus.HELD;
            visit.heldOn = event.effectiveOn();
        }).ifPresent(visit -> {
            visitChanged(visit);
            milestone(new Milestone(
                "VISIT_HELD", visit.partnershipId, visit.id.value(),
                visit.kind + " " + String.join(", ", visit.places), event.effectiveOn()));
        });
    }

    @EventHandler
    void on(VisitCancelledEvent event) {
        visit(event.visitId(), visit -> visit.status = VisitStatus.CANCELLED).ifPresent(this::visitChanged);
    }

    @EventHandler
    void on(VisitTalkRecordedEvent event) {
        VisitView.Talk talk = new VisitView.Talk();
        talk.id = event.talkId();
        talk.institution = event.institution();
        talk.level = event.level();
        talk.topic = event.topic();
        visit(event.visitId(), visit -> replaceOrAdd(visit.talks, existing -> existing.id.equals(talk.id), talk));
    }

    @EventHandler
    void on(VisitResultRecordedEvent event) {
        VisitView.Result result = new VisitView.Result();
        result.id = event.resultId();
        result.text = event.text();
        visit(event.visitId(), visit -> replaceOrAdd(visit.results, existing -> existing.id.equals(result.id), result));
    }

    @EventHandler
    void on(VisitParticipantRecordedEvent event) {
        VisitView.Participant participant = new VisitView.Participant();
        participant.person = event.person();
        participant.name = event.name();
        participant.onBehalfOf = event.onBehalfOf();
        visit(event.visitId(), visit -> replaceOrAdd(visit.people, existing -> existing.person.equals(event.person()),
                                                participant));
    }

    @EventHandler
    void on(VisitFundingLinkedEvent event) {
        visit(event.visitId(), visit -> visit.fundedBy = event.fundedBy()).ifPresent(this::visitChanged);
    }

    @EventHandler
    void on(ContactEstablishedEvent event) {
        ContactView contact = new ContactView();
        contact.contact = event.contact();
        contact.partnershipId = event.partnershipId();
        contact.institution = event.institution();
        contact.level = event.level();
        contact.role = event.role();
        contact.topics = new ArrayList<>(event.topics());
        contact.name = event.name();
        contact.email = event.email();
        contact.phone = event.phone();
        contact.establishedDuring = event.establishedDuring();
        contact.establishedOn = event.effectiveOn();
        contacts.save(event.contact().value(), contact);
    }

    @EventHandler
    void on(ContactDetailsChangedEvent event) {
        contacts.updateIfPresent(event.contact().value(), contact -> {
            if (event.email() != null) {
                contact.email = event.email();
            }
            if (event.phone() != null) {
                contact.phone = event.phone();
            }
        });
    }

    @EventHandler
    void on(AgreementDraftedEvent event) {
        PartnershipView.AgreementRef agreement = new PartnershipView.AgreementRef();
        agreement.id = event.agreementId();
        agreement.title = event.title();
        agreement.status = AgreementStatus.DRAFTED;
        partnership(event.partnershipId(), view -> replaceOrAdd(view.agreements,
                                                           existing -> existing.id.equals(agreement.id), agreement));
    }

    @EventHandler
    void on(AgreementNegotiationStartedEvent event) {
        agreement(event.partnershipId(), event.agreementId(), agreement -> agreement.status = AgreementStatus.NEGOTIATING);
    }

    @EventHandler
    void on(AgreementSignedEvent event) {
        Optional<PartnershipView> view = agreement(event.partnershipId(), event.agreementId(), agreement -> {
            agreement.status = AgreementStatus.SIGNED;
            agreement.signatories = new ArrayList<>(event.signatories());
            agreement.validity = event.validity();
            agreement.signedOn = event.effectiveOn();
        });
        String title = view.flatMap(found -> found.agreements.stream()
                .filter(agreement -> agreement.id.equals(event.agreementId())).findFirst())
                .map(agreement -> agreement.title).orElse(event.agreementId().value());
        milestone(new Milestone("AGREEMENT_SIGNED", event.partnershipId(), event.agreementId().value(), title,
                                event.effectiveOn()));
    }

    @EventHandler
    void on(AgreementTerminatedEvent event) {
        agreement(event.partnershipId(), event.agreementId(), agreement -> {
            agreement.status = AgreementStatus.TERMINATED;
            agreement.terminatedOn = event.effectiveOn();
        });
    }

    @ResetHandler
    void reset() {
        List.of(partnerships, visits, contacts, milestones).forEach(JsonDocuments::deleteAll);
    }

    @QueryHandler
    public List<PartnershipView> handle(FindPartnershipsQuery query) {
        return partnerships.all().stream().map(CooperationProjection::withValidity).toList();
    }

    @QueryHandler
    public PartnershipView handle(FindPartnershipQuery query) {
        return partnerships.find(query.partnershipId().value()).map(CooperationProjection::withValidity).orElse(null);
    }

    @QueryHandler
    public VisitView handle(FindVisitQuery query) {
        return visits.find(query.visitId().value()).orElse(null);
    }

    @QueryHandler
    public List<VisitView> handle(FindVisitsQuery query) {
        return visits.all().stream()
                     .filter(visit -> query.partnershipId() == null || query.partnershipId().equals(visit.partnershipId))
                     .filter(visit -> query.fundedBy() == null || query.fundedBy().equals(visit.fundedBy))
                     .sorted(Comparator.comparing(visit -> visit.period.from()))
                     .toList();
    }

    @QueryHandler
    public ContactView handle(FindContactQuery query) {
        return contacts.find(query.contact().value()).orElse(null);
    }

    @QueryHandler
    public List<InstitutionContacts> handle(FindContactsQuery query) {
        Map<String, List<ContactView>> byInstitution = new LinkedHashMap<>();
        contacts.all().stream()
                .filter(contact -> contact.partnershipId.equals(query.partnershipId()))
                .sorted(Comparator.comparing(contact -> contact.institution))
                .forEach(contact -> byInstitution.computeIfAbsent(contact.institution, key -> new ArrayList<>())
                                                 .add(contact));
        return byInstitution.values().stream()
                            .map(list -> new InstitutionContacts(list.get(0).institution, list.get(0).level, list))
                            .toList();
    }

    @QueryHandler
    public List<Milestone> handle(FindMilestonesQuery query) {
        return milestones.find(FEED).map(feed -> feed.milestones).orElse(List.of()).stream()
                         .sorted(Comparator.comparing(Milestone::on).reversed()).toList();
    }

    private static PartnershipView withValidity(PartnershipView view) {
        LocalDate today = LocalDate.now();
        view.agreements.forEach(agreement -> agreement.validNow = agreement.status == AgreementStatus.SIGNED
                && agreement.validity != null && !today.isBefore(agreement.validity.from())
                && !today.isAfter(agreement.validity.to()));
        return view;
    }

    private Optional<PartnershipView> partnership(PartnershipId id, Consumer<PartnershipView> change) {
        Optional<PartnershipView> changed = partnerships.updateIfPresent(id.value(), change);
        changed.ifPresent(view -> updates.emit(FindPartnershipQuery.class,
                                               query -> query.partnershipId().equals(id), withValidity(view)));
        return changed;
    }

    private Optional<PartnershipView> agreement(PartnershipId partnershipId, AgreementId agreementId,
                                                Consumer<PartnershipView.AgreementRef> change) {
        return partnership(partnershipId, view -> view.agreements.stream()
                .filter(agreement -> agreement.id.equals(agreementId)).forEach(change));
    }

    private Optional<VisitView> visit(VisitId id, Consumer<VisitView> change) {
        return visits.updateIfPresent(id.value(), change);
    }

    /** Keeps the partnership's timeline entry of the visit in step (kind, dates, status, funding). */
    private void visitChanged(VisitView visit) {
        PartnershipView.VisitRef ref = new PartnershipView.VisitRef();
        ref.id = visit.id;
        ref.kind = visit.kind;
        ref.period = visit.period;
        ref.status = visit.status;
        ref.fundedBy = visit.fundedBy;
        partnership(visit.partnershipId, view -> {
            replaceOrAdd(view.visits, existing -> existing.id.equals(ref.id), ref);
            view.visits.sort(Comparator.comparing(existing -> existing.period.from()));
        });
    }

    private void milestone(Milestone milestone) {
        milestones.update(FEED, MilestoneFeed::new, feed -> replaceOrAdd(
                feed.milestones, existing -> existing.kind().equals(milestone.kind())
                                             && existing.refId().equals(milestone.refId()), milestone));
        updates.emit(FindMilestonesQuery.class, query -> true, milestone);
    }

}
