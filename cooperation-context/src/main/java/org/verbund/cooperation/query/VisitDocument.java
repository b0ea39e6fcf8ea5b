package org.verbund.cooperation.query;

import org.verbund.cooperation.api.FundingApplicationRef;
import org.verbund.cooperation.api.InstitutionLevel;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.VisitKind;
import org.verbund.cooperation.api.VisitPlannedEvent;
import org.verbund.cooperation.api.VisitStatus;
import org.verbund.cooperation.api.VisitView;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.core.readmodel.SequencedDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A visit as stored in {@code visits}; the participants' names are personal data, stored as the events hold them
 * (encrypted with the person's key), so an erased person reads as erased here at once.
 */
final class VisitDocument extends SequencedDocument {

    public VisitId id;
    public PartnershipId partnershipId;
    public VisitKind kind;
    public Period period;
    public List<String> places = new ArrayList<>();
    public List<OrganisationId> organisations = new ArrayList<>();
    public VisitStatus status;
    public LocalDate heldOn;
    public FundingApplicationRef fundedBy;
    public List<Talk> talks = new ArrayList<>();
    public List<Result> results = new ArrayList<>();
    public List<Participant> people = new ArrayList<>();

    record Talk(String id, String institution, InstitutionLevel level, String topic) {
    }

    record Result(String id, String text) {
    }

    record Participant(PersonRef person, PersonalText name, OrganisationId onBehalfOf) {
    }

    static VisitDocument planned(VisitPlannedEvent event) {
        VisitDocument visit = new VisitDocument();
        visit.id = event.visitId();
        visit.partnershipId = event.partnershipId();
        visit.kind = event.kind();
        visit.period = event.period();
        visit.places = new ArrayList<>(event.places());
        visit.organisations = new ArrayList<>(event.participants());
        visit.status = VisitStatus.PLANNED;
        visit.fundedBy = event.fundedBy();
        return visit;
    }

    VisitView view() {
        return new VisitView(version, id, partnershipId, kind, period, List.copyOf(places), List.copyOf(organisations),
                             status, heldOn, fundedBy,
                             talks.stream().map(talk -> new VisitView.Talk(talk.id(), talk.institution(), talk.level(),
                                                                           talk.topic())).toList(),
                             results.stream().map(result -> new VisitView.Result(result.id(), result.text())).toList(),
                             people.stream().map(person -> new VisitView.Participant(person.person(), person.name(),
                                                                                       person.onBehalfOf())).toList());
    }
}
