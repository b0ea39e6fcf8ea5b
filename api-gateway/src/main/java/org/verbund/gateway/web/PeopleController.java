package org.verbund.gateway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.privacy.PersonalDataKeys;
import org.verbund.core.privacy.api.EraseDataSubjectCommand;
import org.verbund.gateway.security.Callers;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** Erasure of a person's personal data on request (crypto-shredding: the key goes, the events stay). */
@RestController
@RequestMapping("/api/people")
@Tag(name = "Personal data")
public class PeopleController {

    public record ErasureRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    private final CommandGateway commands;
    private final Callers callers;
    private final IdempotentWrites idempotent;
    private final PersonalDataKeys keys;

    public PeopleController(CommandGateway commands, Callers callers, IdempotentWrites idempotent,
                            PersonalDataKeys keys) {
        this.commands = commands;
        this.callers = callers;
        this.idempotent = idempotent;
        this.keys = keys;
    }

    @PostMapping("/{personRef}/erase")
    @Operation(summary = "Erase a person's personal data everywhere (COORDINATOR, ADMIN; a reason is required)")
    public ResponseEntity<Void> erase(@PathVariable String personRef, @Valid @RequestBody ErasureRequest request,
                                      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Caller caller = callers.current(request.reason(), key, null);
        if (!Set.of("COORDINATOR", "ADMIN").contains(caller.role())) {
            throw new AccessDeniedException("Only a coordinator or an admin erases personal data");
        }
        PersonRef subject = PersonRef.of(personRef);
        return idempotent.once(caller.organisationId(), key, "erase " + personRef + request, () -> caller.run(() -> {
            commands.sendAndWait(EraseDataSubjectCommand.of(subject, LocalDate.now()));
            return ResponseEntity.noContent().build();
        }));
    }

    @GetMapping("/{personRef}/erasure")
    @Operation(summary = "Whether the person's data was erased (COORDINATOR, ADMIN, AUDITOR)")
    public Map<String, Object> erasure(@PathVariable String personRef) {
        Caller caller = callers.current(null, null, null);
        if (!Set.of("COORDINATOR", "ADMIN", "AUDITOR").contains(caller.role())) {
            throw new AccessDeniedException("Coordinators, admins and auditors see erasures");
        }
        PersonRef subject = PersonRef.of(personRef);
        return Map.of("subject", subject.value(), "erased", keys.isErased(subject));
    }
}
