package org.verbund.gateway.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.Role;
import org.verbund.core.privacy.PersonalDataKeys;
import org.verbund.core.privacy.api.EraseDataSubjectCommand;
import org.verbund.gateway.web.CommandWrites;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.Write;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Erasure of a person's personal data on request (crypto-shredding: the key goes, the events stay). Coordinators and
 * admins erase (the DataSubject aggregate's rule); they and auditors see whether someone was erased.
 */
@RestController
@RequestMapping(path = "/api/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Personal data")
public class PeopleController {

    private static final Set<Role> SEE_ERASURES = Set.of(Role.COORDINATOR, Role.ADMIN, Role.AUDITOR);

    private final CommandWrites writes;
    private final PersonalDataKeys keys;

    public PeopleController(CommandWrites writes, PersonalDataKeys keys) {
        this.writes = writes;
        this.keys = keys;
    }

    @PostMapping("/{personRef}/erase")
    @Operation(summary = "Erase a person's personal data everywhere (COORDINATOR, ADMIN; a reason is required)")
    public ResponseEntity<Void> erase(@PathVariable @ValidId String personRef,
                                      @Valid @RequestBody ErasureRequest request, Write write) {
        return writes.send(write.because(request.reason()), request,
                           EraseDataSubjectCommand.of(PersonRef.of(personRef), LocalDate.now()));
    }

    @GetMapping("/{personRef}/erasure")
    @Operation(summary = "Whether the person's data was erased (COORDINATOR, ADMIN, AUDITOR)")
    public Map<String, Object> erasure(@PathVariable @ValidId String personRef, Caller caller) {
        if (!SEE_ERASURES.contains(caller.role())) {
            throw new AccessDeniedException("Coordinators, admins and auditors see erasures");
        }
        PersonRef subject = PersonRef.of(personRef);
        return Map.of("subject", subject.value(), "erased", keys.isErased(subject));
    }
}
