package org.verbund.gateway.cooperation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.cooperation.api.AgreementId;
import org.verbund.cooperation.api.NegotiateAgreementCommand;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.TerminateAgreementCommand;
import org.verbund.gateway.web.CommandWrites;
import org.verbund.gateway.web.DatedRequest;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.Write;

import java.util.UUID;

/**
 * Agreements of partnerships: drafted, negotiated, signed and terminated by the organisations taking part (the
 * Agreement aggregate's rule); they are read with their partnership.
 */
@RestController
@RequestMapping(path = "/api/cooperation", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cooperation")
public class AgreementController {

    private final CommandWrites writes;

    public AgreementController(CommandWrites writes) {
        this.writes = writes;
    }

    @PostMapping("/agreements")
    @Operation(summary = "Draft an agreement of a partnership")
    public ResponseEntity<CommandWrites.Created> draft(@Valid @RequestBody AgreementRequest request, Write write) {
        return writes.create(write, request, "/api/cooperation/agreements/", () -> UUID.randomUUID().toString(),
                             request::toCommand);
    }

    @PostMapping("/partnerships/{id}/agreements/{agreementId}/{transition:negotiate|terminate}")
    @Operation(summary = "Start negotiating a drafted agreement, or terminate a signed one")
    public ResponseEntity<Void> transition(
            @PathVariable @ValidId String id, @PathVariable @ValidId String agreementId,
            @PathVariable @Parameter(schema = @Schema(allowableValues = {"negotiate", "terminate"})) String transition,
            @Valid @RequestBody(required = false) DatedRequest request, Write write) {
        DatedRequest given = DatedRequest.orEmpty(request);
        AgreementId agreement = new AgreementId(agreementId);
        PartnershipId partnership = new PartnershipId(id);
        return writes.send(write.because(given.reason()), given, transition.equals("negotiate")
                ? new NegotiateAgreementCommand(agreement, partnership, given.on())
                : new TerminateAgreementCommand(agreement, partnership, given.on()));
    }

    @PostMapping("/partnerships/{id}/agreements/{agreementId}/sign")
    @Operation(summary = "Record that the agreement was signed, by whom and valid for which period")
    public ResponseEntity<Void> sign(@PathVariable @ValidId String id, @PathVariable @ValidId String agreementId,
                                     @Valid @RequestBody SignRequest request, Write write) {
        return writes.send(write, request, request.toCommand(id, agreementId));
    }
}
