package org.verbund.funding.query;

import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.readmodel.SequencedDocument;
import org.verbund.funding.api.AmendmentId;
import org.verbund.funding.api.AmendmentState;
import org.verbund.funding.api.AmendmentValues;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.DeadlineState;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingApplicationSummary;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.ImplementingPartner;
import org.verbund.funding.api.LeadAttribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An application with all its details, in {@code funding_application_details} keyed by the application. */
final class ApplicationDocument extends SequencedDocument {

    public FundingApplicationId id;
    public FundingProgrammeId programmeId;
    public String title;
    public OrganisationId leadApplicant;
    public List<OrganisationId> partners = new ArrayList<>();
    public ApplicationStatus status;
    public Money requestedAmount;
    public Money approvedAmount;
    public Period period;
    public FteShare positions;
    public LeadAttribution leadAttribution;
    public LocalDate earlyStartGrantedOn;
    public FundingApplicationId predecessorId;
    public List<FundingApplicationId> extensions = new ArrayList<>();
    public FundingApplicationSummary.FinancingPlan financingPlan;
    public List<FundingApplicationSummary.Amendment> amendments = new ArrayList<>();
    public List<FundingApplicationSummary.Deadline> deadlines = new ArrayList<>();

    /** For the mapper. */
    private ApplicationDocument() {
    }

    ApplicationDocument(FundingApplicationDraftedEvent drafted) {
        id = drafted.applicationId();
        programmeId = drafted.programmeId();
        title = drafted.title();
        leadApplicant = drafted.leadApplicant();
        takePartnersOf(drafted.partners());
        status = ApplicationStatus.DRAFT;
        requestedAmount = drafted.requestedAmount();
        period = drafted.period();
        positions = drafted.positions();
        leadAttribution = drafted.leadAttribution() == null ? LeadAttribution.NONE : drafted.leadAttribution();
    }

    /** The organisations of these implementing partners become the application's partners. */
    void takePartnersOf(List<ImplementingPartner> implementing) {
        partners.clear();
        implementing.forEach(partner -> partners.add(partner.organisationId()));
    }

    /** Coordinators see every application; others those their organisation leads or implements. */
    boolean visibleTo(Actor viewer) {
        return viewer.coordinates() || (viewer.organisation() != null && involves(viewer.organisation()));
    }

    boolean involves(OrganisationId organisation) {
        return leadApplicant.equals(organisation) || partners.contains(organisation);
    }

    void decideAmendment(AmendmentId amendmentId, AmendmentState state, AmendmentValues approved,
                         LocalDate decidedOn) {
        amendments.replaceAll(amendment -> amendment.id().equals(amendmentId)
                ? new FundingApplicationSummary.Amendment(amendmentId, state, amendment.proposed(),
                                                          amendment.proposedOn(), approved, decidedOn)
                : amendment);
    }

    /** A deadline set anew (moved) goes to the end of the list, as a new one does. */
    void setDeadline(FundingApplicationSummary.Deadline deadline) {
        deadlines.removeIf(existing -> existing.key().equals(deadline.key()));
        deadlines.add(deadline);
    }

    void closeDeadline(String key, DeadlineState state, LocalDate closedOn) {
        deadlines.replaceAll(deadline -> deadline.key().equals(key)
                ? new FundingApplicationSummary.Deadline(key, deadline.kind(), deadline.dueOn(),
                                                         deadline.responsible(), state, closedOn)
                : deadline);
    }

    FundingApplicationSummary toSummary() {
        return new FundingApplicationSummary(id, programmeId, title, leadApplicant, List.copyOf(partners), status,
                                             requestedAmount, approvedAmount, period, positions, leadAttribution,
                                             earlyStartGrantedOn, predecessorId, List.copyOf(extensions),
                                             financingPlan, List.copyOf(amendments), List.copyOf(deadlines),
                                             version);
    }
}
