package org.verbund.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.core.audit.PointInTimeStates;
import org.verbund.core.audit.api.AggregateState;
import org.verbund.core.audit.api.PointInTime;
import org.verbund.gateway.web.ValidId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Any aggregate as it stood at a point in time, for auditors: as recorded at an instant (what the system knew then),
 * as in effect on a day (by what is known now), or both (what was known then about that day); rebuilt from its own
 * events, with the events that made it. Under {@code /api/audit}: AUDITOR and ADMIN (the security configuration);
 * personal fields as the privacy rules say ({@code PersonalDataRedaction}).
 * <p>
 * An aggregate that did not exist yet at the point asked is a 404 with its own code
 * ({@code audit.did-not-exist-then}), not a 200 with an empty state: there was no state then, and a client that reads
 * {@code state} must not mistake "nothing" for an aggregate with empty fields. The problem's detail says when it was
 * created, so the auditor can ask again.
 */
@RestController
@RequestMapping(path = "/api/audit/aggregates", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit")
public class AuditStateController {

    private final PointInTimeStates states;

    public AuditStateController(PointInTimeStates states) {
        this.states = states;
    }

    @GetMapping("/{id}/state")
    @Operation(summary = "An aggregate's state as recorded at an instant, as in effect on a day, or both, with the "
                         + "events that made it",
               description = "recordedAt: only the events recorded at or before that instant (what the system knew "
                             + "then). effectiveOn: of those, only the events whose effective date is on or before "
                             + "that day, in sequence order; one not yet in effect is left out (listed in "
                             + "notYetEffective) and the later ones are applied without it. Neither: its state now. "
                             + "If its creating event is left out, it did not exist then: 404 "
                             + "audit.did-not-exist-then. state holds the aggregate's own fields, its members' "
                             + "included, by their names in the code.")
    @ApiResponse(responseCode = "200", description = "The aggregate as it stood then",
                 content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = AggregateState.class)))
    public AggregateState state(
            @PathVariable @ValidId String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Parameter(description = "An ISO-8601 instant with its offset, e.g. 2026-03-01T12:00:00Z") Instant recordedAt,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "An ISO-8601 date, e.g. 2016-12-31") LocalDate effectiveOn) {
        return states.stateOf(id, new PointInTime(recordedAt, effectiveOn));
    }
}
