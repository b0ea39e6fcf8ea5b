package org.verbund.gateway.registry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.JoinCoordinationBodyCommand;
import org.verbund.core.network.api.LeaveCoordinationBodyCommand;
import org.verbund.gateway.web.ValidId;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** An organisation joins or leaves a coordination body. */
public record MembershipRequest(@NotNull @ValidId String coordinationBodyId, LocalDate effectiveOn,
                                @Size(max = 1000) String reason) {

    JoinCoordinationBodyCommand toJoin(String id) {
        return new JoinCoordinationBodyCommand(new OrganisationId(id), new OrganisationId(coordinationBodyId),
                                               orToday(effectiveOn));
    }

    LeaveCoordinationBodyCommand toLeave(String id) {
        return new LeaveCoordinationBodyCommand(new OrganisationId(id), new OrganisationId(coordinationBodyId),
                                                orToday(effectiveOn));
    }
}
