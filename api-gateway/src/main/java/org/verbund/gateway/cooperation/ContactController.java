package org.verbund.gateway.cooperation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.cooperation.api.ContactView;
import org.verbund.core.eventstore.Caller;
import org.verbund.gateway.web.CommandWrites;
import org.verbund.gateway.web.Histories;
import org.verbund.gateway.web.Tagged;
import org.verbund.gateway.web.TimelineEntry;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.Write;

import java.util.List;
import java.util.UUID;

/**
 * Contact persons of partnerships, with personal data: recorded by the organisations taking part (the Contact
 * aggregate's rule), read as {@link CooperationReads} says.
 */
@RestController
@RequestMapping(path = "/api/cooperation/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cooperation")
public class ContactController {

    private final CommandWrites writes;
    private final CooperationReads reads;
    private final Histories histories;

    public ContactController(CommandWrites writes, CooperationReads reads, Histories histories) {
        this.writes = writes;
        this.reads = reads;
        this.histories = histories;
    }

    @PostMapping
    @Operation(summary = "Record a contact person at an institution (name, e-mail, phone are personal data)")
    public ResponseEntity<CommandWrites.Created> establish(@Valid @RequestBody ContactRequest request, Write write) {
        return writes.create(write, request, "/api/cooperation/contacts/", () -> "contact-" + UUID.randomUUID(),
                             request::toCommand);
    }

    @PostMapping("/{id}/details")
    @Operation(summary = "Change a contact's e-mail address or phone")
    public ResponseEntity<Void> details(@PathVariable @ValidId String id,
                                        @Valid @RequestBody ContactDetailsRequest request, Write write) {
        return writes.send(write, request, request.toCommand(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A contact (personal fields as the caller's role allows; its version as ETag)")
    public ResponseEntity<ContactView> contact(@PathVariable @ValidId String id, Caller caller) {
        ContactView contact = reads.contactFor(caller, id);
        return Tagged.ok(contact.version(), contact);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every event of the contact (personal fields as the caller's role allows)")
    public List<TimelineEntry> history(@PathVariable @ValidId String id, Caller caller) {
        reads.contactFor(caller, id);
        return histories.of(id);
    }
}
