package org.verbund.gateway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.verbund.cooperation.api.ChangeContactDetailsCommand;
import org.verbund.cooperation.api.ChangeGoalCommand;
import org.verbund.cooperation.api.ChangePartnershipStatusCommand;
import org.verbund.cooperation.api.ContactRole;
import org.verbund.cooperation.api.ContactView;
import org.verbund.cooperation.api.DraftAgreementCommand;
import org.verbund.cooperation.api.AgreementId;
import org.verbund.cooperation.api.CancelVisitCommand;
import org.verbund.cooperation.api.EstablishContactCommand;
import org.verbund.cooperation.api.EstablishPartnershipCommand;
import org.verbund.cooperation.api.FindContactQuery;
import org.verbund.cooperation.api.FindContactsQuery;
import org.verbund.cooperation.api.FindMilestonesQuery;
import org.verbund.cooperation.api.FindPartnershipQuery;
import org.verbund.cooperation.api.FindPartnershipsQuery;
import org.verbund.cooperation.api.FindVisitQuery;
import org.verbund.cooperation.api.FindVisitsQuery;
import org.verbund.cooperation.api.GoalState;
import org.verbund.cooperation.api.HoldVisitCommand;
import org.verbund.cooperation.api.InstitutionContacts;
import org.verbund.cooperation.api.InstitutionLevel;
import org.verbund.cooperation.api.JoinPartnershipCommand;
import org.verbund.cooperation.api.LinkVisitFundingCommand;
import org.verbund.cooperation.api.Milestone;
import org.verbund.cooperation.api.NegotiateAgreementCommand;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PartnershipStatus;
import org.verbund.cooperation.api.PartnershipView;
import org.verbund.cooperation.api.PlanVisitCommand;
import org.verbund.cooperation.api.ProposeGoalCommand;
import org.verbund.cooperation.api.RecordVisitParticipantCommand;
import org.verbund.cooperation.api.RecordVisitResultCommand;
import org.verbund.cooperation.api.RecordVisitTalkCommand;
import org.verbund.cooperation.api.SignAgreementCommand;
import org.verbund.cooperation.api.TerminateAgreementCommand;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.VisitKind;
import org.verbund.cooperation.api.VisitView;
import org.verbund.core.audit.api.FindAggregateHistoryQuery;
import org.verbund.core.audit.api.HistoryEntry;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.core.kernel.Period;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.gateway.security.Callers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.verbund.gateway.web.CommandWrites.isCoordinator;
import static org.verbund.gateway.web.CommandWrites.orToday;

/**
 * Transnational cooperation over HTTP. Organisations taking part in a partnership manage its visits, contacts and
 * agreements; coordinators manage everything. Contacts are read by those who take part, coordinators, auditors and
 * viewers; personal fields leave the system only through {@link PersonalDataRedaction}.
 */
@RestController
@RequestMapping("/api/cooperation")
@Tag(name = "Cooperation")
public class CooperationController {

    public record PartnershipRequest(@NotBlank @Size(max = 200) String partnerCity,
                                     @NotBlank @Size(max = 200) String country,
                                     @NotEmpty List<@NotBlank String> participantIds, LocalDate effectiveOn,
                                     @Size(max = 1000) String reason) {
    }

    public record OrganisationRequest(@NotBlank String organisationId, LocalDate effectiveOn) {
    }

    public record StatusRequest(@NotNull PartnershipStatus status, LocalDate effectiveOn,
                                @Size(max = 1000) String reason) {
    }

    public record GoalRequest(@NotBlank @Size(max = 1000) String text, LocalDate effectiveOn) {
    }

    public record Plain(LocalDate effectiveOn, @Size(max = 1000) String reason) {
    }

    public record VisitRequest(@NotBlank String partnershipId, @NotNull VisitKind kind, @NotNull Period period,
                               List<@NotBlank String> places, List<@NotBlank String> participantIds,
                               String fundingApplicationId, LocalDate effectiveOn, @Size(max = 1000) String reason) {
    }

    public record TalkRequest(@NotBlank @Size(max = 200) String institution, @NotNull InstitutionLevel level,
                              @Size(max = 1000) String topic, LocalDate effectiveOn) {
    }

    public record ResultRequest(@NotBlank @Size(max = 4000) String text, LocalDate effectiveOn) {
    }

    public record ParticipantRequest(@NotBlank String personRef, @Size(max = 200) String name,
                                     @NotBlank String organisationId, LocalDate effectiveOn) {
    }

    public record FundingRequest(@NotBlank String fundingApplicationId, LocalDate effectiveOn) {
    }

    public record ContactRequest(@NotBlank String partnershipId, @NotBlank @Size(max = 200) String institution,
                                 @NotNull InstitutionLevel level, @NotNull ContactRole role,
                                 List<@NotBlank String> topics, @NotBlank @Size(max = 200) String name,
                                 @Size(max = 200) String email, @Size(max = 50) String phone,
                                 String establishedDuringVisitId, LocalDate effectiveOn) {
    }

    public record ContactDetailsRequest(@Size(max = 200) String email, @Size(max = 50) String phone,
                                        LocalDate effectiveOn) {
    }

    public record AgreementRequest(@NotBlank String partnershipId, @NotBlank @Size(max = 400) String title,
                                   LocalDate effectiveOn) {
    }

    public record SignRequest(@NotEmpty List<@NotBlank String> signatoryIds, @NotNull Period validity,
                              LocalDate effectiveOn) {
    }

    private final CommandWrites writes;
    private final QueryGateway queries;
    private final Callers callers;
    private final LiveUpdates live;

    public CooperationController(CommandWrites writes, QueryGateway queries, Callers callers, LiveUpdates live) {
        this.writes = writes;
        this.queries = queries;
        this.callers = callers;
        this.live = live;
    }

    // partnerships

    @PostMapping("/partnerships")
    @Operation(summary = "Start a partnership with a city abroad (COORDINATOR)")
    public ResponseEntity<Map<String, String>> establish(@Valid @RequestBody PartnershipRequest request,
                                                         @RequestHeader(value = "Idempotency-Key", required = false)
                                                         String key) {
        Caller caller = callers.current(request.reason(), key, null);
        if (!isCoordinator(caller)) {
            throw new AccessDeniedException("Only a coordinator starts partnerships");
        }
        PartnershipId id = PartnershipId.random();
        return writes.create(caller, key, "partnership " + request, "/api/cooperation/partnerships/", id.value(),
                      new EstablishPartnershipCommand(id, request.partnerCity(), request.country(),
                                                      organisations(request.participantIds()),
                                                      orToday(request.effectiveOn())));
    }

    @GetMapping("/partnerships")
    public List<PartnershipView> partnerships() {
        return queries.query(new FindPartnershipsQuery(), ResponseTypes.multipleInstancesOf(PartnershipView.class))
                      .join();
    }

    @GetMapping("/partnerships/{id}")
    @Operation(summary = "A partnership: goals and their state, the timeline of its visits, agreements and validity")
    public PartnershipView partnership(@PathVariable String id) {
        return partnershipOf(PartnershipId.of(id));
    }

    @GetMapping(path = "/partnerships/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The partnership, live: goals, visits and agreements as they change (server-sent events)")
    public SseEmitter partnershipStream(@PathVariable String id) {
        PartnershipView partnership = partnershipOf(PartnershipId.of(id));
        return live.stream(new FindPartnershipQuery(partnership.id), PartnershipView.class, any -> true);
    }

    @PostMapping("/partnerships/{id}/join")
    public ResponseEntity<Void> join(@PathVariable String id, @Valid @RequestBody OrganisationRequest request,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return manage(id, key, null, "join " + request, partnership -> new JoinPartnershipCommand(
                partnership, OrganisationId.of(request.organisationId()), orToday(request.effectiveOn())));
    }

    @PostMapping("/partnerships/{id}/status")
    public ResponseEntity<Void> status(@PathVariable String id, @Valid @RequestBody StatusRequest request,
                                       @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return manage(id, key, request.reason(), "status " + request, partnership ->
                new ChangePartnershipStatusCommand(partnership, request.status(), orToday(request.effectiveOn())));
    }

    @PostMapping("/partnerships/{id}/goals")
    public ResponseEntity<Map<String, String>> proposeGoal(@PathVariable String id,
                                                           @Valid @RequestBody GoalRequest request,
                                                           @RequestHeader(value = "Idempotency-Key", required = false)
                                                           String key) {
        Caller caller = callers.current(null, key, null);
        PartnershipView partnership = manageable(caller, PartnershipId.of(id));
        String goalId = "goal-" + UUID.randomUUID();
        return writes.create(caller, key, "goal " + id + request, "/api/cooperation/partnerships/" + id + "/goals/", goalId,
                      new ProposeGoalCommand(partnership.id, goalId, request.text(), orToday(request.effectiveOn())));
    }

    @PostMapping("/partnerships/{id}/goals/{goalId}/{change:agree|achieve|drop}")
    public ResponseEntity<Void> changeGoal(@PathVariable String id, @PathVariable String goalId,
                                           @PathVariable String change,
                                           @Valid @RequestBody(required = false) Plain request,
                                           @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Plain given = request == null ? new Plain(null, null) : request;
        GoalState state = switch (change) {
            case "agree" -> GoalState.AGREED;
            case "achieve" -> GoalState.ACHIEVED;
            default -> GoalState.DROPPED;
        };
        return manage(id, key, given.reason(), change + " " + goalId + given, partnership ->
                new ChangeGoalCommand(partnership, goalId, state, orToday(given.effectiveOn())));
    }

    @GetMapping("/partnerships/{id}/contacts")
    @Operation(summary = "The partnership's contacts per institution (personal fields as the caller's role allows)")
    public List<InstitutionContacts> contacts(@PathVariable String id) {
        PartnershipView partnership = readableContacts(PartnershipId.of(id));
        return queries.query(new FindContactsQuery(partnership.id),
                             ResponseTypes.multipleInstancesOf(InstitutionContacts.class)).join();
    }

    // visits

    @PostMapping("/visits")
    @Operation(summary = "Plan a visit of a partnership, optionally paid from a funding application")
    public ResponseEntity<Map<String, String>> planVisit(@Valid @RequestBody VisitRequest request,
                                                         @RequestHeader(value = "Idempotency-Key", required = false)
                                                         String key) {
        Caller caller = callers.current(request.reason(), key, null);
        PartnershipView partnership = manageable(caller, PartnershipId.of(request.partnershipId()));
        VisitId visitId = VisitId.random();
        return writes.create(caller, key, "visit " + request, "/api/cooperation/visits/", visitId.value(),
                      new PlanVisitCommand(visitId, partnership.id, request.kind(), request.period(),
                                           request.places(), organisations(request.participantIds()),
                                           request.fundingApplicationId() == null ? null
                                                   : FundingApplicationId.of(request.fundingApplicationId()),
                                           orToday(request.effectiveOn())));
    }

    @GetMapping("/visits")
    @Operation(summary = "Visits of a partnership, or paid from a funding application")
    public List<VisitView> visits(@RequestParam(required = false) String partnership,
                                  @RequestParam(required = false) String fundingApplication) {
        return queries.query(new FindVisitsQuery(partnership == null ? null : PartnershipId.of(partnership),
                                                 fundingApplication == null ? null
                                                         : FundingApplicationId.of(fundingApplication)),
                             ResponseTypes.multipleInstancesOf(VisitView.class)).join();
    }

    @GetMapping("/visits/{id}")
    public VisitView visit(@PathVariable String id) {
        return visitOf(VisitId.of(id));
    }

    @PostMapping("/visits/{id}/{transition:hold|cancel}")
    public ResponseEntity<Void> holdOrCancel(@PathVariable String id, @PathVariable String transition,
                                             @Valid @RequestBody(required = false) Plain request,
                                             @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Plain given = request == null ? new Plain(null, null) : request;
        return manageVisit(id, key, given.reason(), transition + given, visit -> transition.equals("hold")
                ? new HoldVisitCommand(visit, orToday(given.effectiveOn()))
                : new CancelVisitCommand(visit, orToday(given.effectiveOn())));
    }

    @PostMapping("/visits/{id}/talks")
    public ResponseEntity<Void> talk(@PathVariable String id, @Valid @RequestBody TalkRequest request,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return manageVisit(id, key, null, "talk " + request, visit -> new RecordVisitTalkCommand(
                visit, "talk-" + UUID.randomUUID(), request.institution(), request.level(), request.topic(),
                orToday(request.effectiveOn())));
    }

    @PostMapping("/visits/{id}/results")
    public ResponseEntity<Void> result(@PathVariable String id, @Valid @RequestBody ResultRequest request,
                                       @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return manageVisit(id, key, null, "result " + request, visit -> new RecordVisitResultCommand(
                visit, "result-" + UUID.randomUUID(), request.text(), orToday(request.effectiveOn())));
    }

    @PostMapping("/visits/{id}/participants")
    @Operation(summary = "Record a person who took part (a reference, and the name as personal data)")
    public ResponseEntity<Void> participant(@PathVariable String id, @Valid @RequestBody ParticipantRequest request,
                                            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        PersonRef person = PersonRef.of(request.personRef());
        return manageVisit(id, key, null, "participant " + request,
                           visit -> new RecordVisitParticipantCommand(
                                   visit, person, request.name() == null ? null : PersonalText.of(person, request.name()),
                                   OrganisationId.of(request.organisationId()), orToday(request.effectiveOn())));
    }

    @PostMapping("/visits/{id}/funding")
    @Operation(summary = "Name the funding application that paid for the visit")
    public ResponseEntity<Void> funding(@PathVariable String id, @Valid @RequestBody FundingRequest request,
                                        @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return manageVisit(id, key, null, "funding " + request, visit -> new LinkVisitFundingCommand(
                visit, FundingApplicationId.of(request.fundingApplicationId()), orToday(request.effectiveOn())));
    }

    // contacts

    @PostMapping("/contacts")
    @Operation(summary = "Record a contact person at an institution (name, e-mail, phone are personal data)")
    public ResponseEntity<Map<String, String>> establishContact(@Valid @RequestBody ContactRequest request,
                                                                @RequestHeader(value = "Idempotency-Key",
                                                                               required = false) String key) {
        Caller caller = callers.current(null, key, null);
        PartnershipView partnership = manageable(caller, PartnershipId.of(request.partnershipId()));
        PersonRef contact = PersonRef.of("contact-" + UUID.randomUUID());
        return writes.create(caller, key, "contact " + request, "/api/cooperation/contacts/", contact.value(),
                      new EstablishContactCommand(contact, partnership.id, request.institution(), request.level(),
                                                  request.role(), request.topics(),
                                                  PersonalText.of(contact, request.name()),
                                                  personal(contact, request.email()),
                                                  personal(contact, request.phone()),
                                                  request.establishedDuringVisitId() == null ? null
                                                          : VisitId.of(request.establishedDuringVisitId()),
                                                  orToday(request.effectiveOn())));
    }

    @PostMapping("/contacts/{id}/details")
    public ResponseEntity<Void> contactDetails(@PathVariable String id,
                                               @Valid @RequestBody ContactDetailsRequest request,
                                               @RequestHeader(value = "Idempotency-Key", required = false)
                                               String key) {
        Caller caller = callers.current(null, key, null);
        ContactView contact = contactOf(PersonRef.of(id));
        manageable(caller, contact.partnershipId);
        return writes.send(caller, key, "details " + id + " " + request,
                    new ChangeContactDetailsCommand(contact.contact, personal(contact.contact, request.email()),
                                                    personal(contact.contact, request.phone()),
                                                    orToday(request.effectiveOn())));
    }

    @GetMapping("/contacts/{id}")
    public ContactView contact(@PathVariable String id) {
        ContactView contact = contactOf(PersonRef.of(id));
        readableContacts(contact.partnershipId);
        return contact;
    }

    @GetMapping("/contacts/{id}/history")
    @Operation(summary = "Every event of the contact (personal fields as the caller's role allows)")
    public List<TimelineEntry> contactHistory(@PathVariable String id) {
        ContactView contact = contactOf(PersonRef.of(id));
        readableContacts(contact.partnershipId);
        return queries.query(new FindAggregateHistoryQuery(id), ResponseTypes.multipleInstancesOf(HistoryEntry.class))
                      .join().stream().map(TimelineEntry::of).toList();
    }

    // agreements

    @PostMapping("/agreements")
    public ResponseEntity<Map<String, String>> draftAgreement(@Valid @RequestBody AgreementRequest request,
                                                              @RequestHeader(value = "Idempotency-Key",
                                                                             required = false) String key) {
        Caller caller = callers.current(null, key, null);
        PartnershipView partnership = manageable(caller, PartnershipId.of(request.partnershipId()));
        AgreementId agreementId = AgreementId.random();
        return writes.create(caller, key, "agreement " + request, "/api/cooperation/agreements/", agreementId.value(),
                      new DraftAgreementCommand(agreementId, partnership.id, request.title(),
                                                orToday(request.effectiveOn())));
    }

    @PostMapping("/partnerships/{id}/agreements/{agreementId}/{transition:negotiate|terminate}")
    public ResponseEntity<Void> agreementTransition(@PathVariable String id, @PathVariable String agreementId,
                                                    @PathVariable String transition,
                                                    @Valid @RequestBody(required = false) Plain request,
                                                    @RequestHeader(value = "Idempotency-Key", required = false)
                                                    String key) {
        Plain given = request == null ? new Plain(null, null) : request;
        AgreementId agreement = AgreementId.of(agreementId);
        return manage(id, key, given.reason(), transition + " " + agreementId + given, partnership ->
                transition.equals("negotiate")
                        ? new NegotiateAgreementCommand(agreement, orToday(given.effectiveOn()))
                        : new TerminateAgreementCommand(agreement, orToday(given.effectiveOn())));
    }

    @PostMapping("/partnerships/{id}/agreements/{agreementId}/sign")
    public ResponseEntity<Void> sign(@PathVariable String id, @PathVariable String agreementId,
                                     @Valid @RequestBody SignRequest request,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return manage(id, key, null, "sign " + agreementId + request, partnership -> new SignAgreementCommand(
                AgreementId.of(agreementId), organisations(request.signatoryIds()), request.validity(),
                orToday(request.effectiveOn())));
    }

    // milestones

    @GetMapping("/milestones")
    @Operation(summary = "The cooperation milestone feed: visits held, agreements signed, goals achieved")
    public List<Milestone> milestones() {
        return queries.query(new FindMilestonesQuery(), ResponseTypes.multipleInstancesOf(Milestone.class)).join();
    }

    @GetMapping(path = "/milestones/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter milestonesStream() {
        return live.stream(new FindMilestonesQuery(), ResponseTypes.multipleInstancesOf(Milestone.class),
                           Milestone.class, any -> true);
    }

    // helpers

    private ResponseEntity<Void> manage(String partnershipId, String key, String reason, String request,
                                        Function<PartnershipId, Object> command) {
        Caller caller = callers.current(reason, key, null);
        PartnershipView partnership = manageable(caller, PartnershipId.of(partnershipId));
        return writes.send(caller, key, request + " " + partnershipId, command.apply(partnership.id));
    }

    private ResponseEntity<Void> manageVisit(String visitId, String key, String reason, String request,
                                             Function<VisitId, Object> command) {
        Caller caller = callers.current(reason, key, null);
        VisitView visit = visitOf(VisitId.of(visitId));
        manageable(caller, visit.partnershipId);
        return writes.send(caller, key, request + " " + visitId, command.apply(visit.id));
    }

    /** The partnership, if the caller takes part in it or coordinates (403 otherwise). */
    private PartnershipView manageable(Caller caller, PartnershipId id) {
        PartnershipView partnership = partnershipOf(id);
        if (!isCoordinator(caller) && (caller.organisationId() == null
                || !partnership.hasParticipant(OrganisationId.of(caller.organisationId())))) {
            throw new AccessDeniedException("Only organisations taking part, or a coordinator, manage a partnership");
        }
        return partnership;
    }

    /** Contacts are read by those taking part, coordinators, auditors and viewers (redacted); 404 to others. */
    private PartnershipView readableContacts(PartnershipId id) {
        Caller caller = callers.current(null, null, null);
        PartnershipView partnership = partnershipOf(id);
        boolean overseer = isCoordinator(caller) || "AUDITOR".equals(caller.role()) || "VIEWER".equals(caller.role());
        if (!overseer && (caller.organisationId() == null
                || !partnership.hasParticipant(OrganisationId.of(caller.organisationId())))) {
            throw new ProblemHandling.NotFound();
        }
        return partnership;
    }

    private PartnershipView partnershipOf(PartnershipId id) {
        PartnershipView partnership = queries.query(new FindPartnershipQuery(id),
                                                    ResponseTypes.instanceOf(PartnershipView.class)).join();
        if (partnership == null) {
            throw new ProblemHandling.NotFound();
        }
        return partnership;
    }

    private VisitView visitOf(VisitId id) {
        VisitView visit = queries.query(new FindVisitQuery(id), ResponseTypes.instanceOf(VisitView.class)).join();
        if (visit == null) {
            throw new ProblemHandling.NotFound();
        }
        return visit;
    }

    private ContactView contactOf(PersonRef id) {
        ContactView contact = queries.query(new FindContactQuery(id), ResponseTypes.instanceOf(ContactView.class))
                                     .join();
        if (contact == null) {
            throw new ProblemHandling.NotFound();
        }
        return contact;
    }

    private static PersonalText personal(PersonRef subject, String value) {
        return value == null || value.isBlank() ? null : PersonalText.of(subject, value);
    }

    private static List<OrganisationId> organisations(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(OrganisationId::of).toList();
    }
}
