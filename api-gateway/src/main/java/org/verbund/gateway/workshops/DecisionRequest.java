package org.verbund.gateway.workshops;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.ValidIds;
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.Dissent;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.RecordDecisionCommand;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A decision: unanimous, or with the dissent recorded. */
public record DecisionRequest(@NotBlank @Size(max = 4000) String text, @NotEmpty @ValidIds List<String> decidedByIds,
                              boolean unanimous, @Size(max = 50) List<@Valid @NotNull DissentRequest> dissent,
                              LocalDate effectiveOn, @Size(max = 1000) String reason) {

    /** An organisation that did not agree, and why. */
    public record DissentRequest(@NotNull @ValidId String organisationId, @Size(max = 1000) String note) {
    }

    RecordDecisionCommand toCommand(String meetingId, String decisionId) {
        List<Dissent> dissenting = dissent == null ? List.of() : dissent.stream()
                .map(entry -> new Dissent(new OrganisationId(entry.organisationId()), entry.note())).toList();
        return new RecordDecisionCommand(new MeetingId(meetingId), new DecisionId(decisionId), text,
                                         GroupRequest.organisations(decidedByIds), unanimous, dissenting,
                                         orToday(effectiveOn));
    }
}
