package org.verbund.gateway.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.core.kernel.Role;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.gateway.security.ApiClients;
import org.verbund.gateway.web.GatewayRule;
import org.verbund.gateway.web.ProblemHandling;
import org.verbund.gateway.web.ValidId;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** API clients of organisations, managed by ADMINs (only when the gateway issues the tokens itself). */
@RestController
@RequestMapping(path = "/api/admin/clients", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnExpression("'${verbund.security.issuer-uri:}'.isBlank()")
@Tag(name = "Administration")
public class AdminClientController {

    public record CreateClientRequest(@NotNull @ValidId String organisationId, @NotEmpty Set<Role> roles) {
    }

    /** A client as listed: never with its secret. */
    public record ClientView(String clientId, String organisationId, Set<Role> roles, boolean revoked,
                             Instant createdAt) {
        static ClientView of(ApiClients.ApiClient client) {
            return new ClientView(client.clientId(), client.organisationId(), client.roles(), client.revoked(),
                                  client.createdAt());
        }
    }

    /** The answer to a creation: the only time the secret is shown. */
    public record CreatedClient(String clientId, String clientSecret, String organisationId, Set<Role> roles) {
    }

    private final ApiClients clients;

    public AdminClientController(ApiClients clients) {
        this.clients = clients;
    }

    @PostMapping
    @Operation(summary = "Create an API client for an organisation; the response shows its secret once")
    public ResponseEntity<CreatedClient> create(@Valid @RequestBody CreateClientRequest request) {
        if (request.roles().stream().anyMatch(role -> !role.grantable())) {
            throw GatewayRule.CLIENT_ROLE_NOT_GRANTABLE.violation("SYSTEM is Verbund's own role; no client is given it");
        }
        ApiClients.IssuedClient issued = clients.create(request.organisationId(), request.roles());
        return ResponseEntity.created(URI.create("/api/admin/clients/" + issued.client().clientId()))
                             .body(new CreatedClient(issued.client().clientId(), issued.secret(),
                                                     issued.client().organisationId(), issued.client().roles()));
    }

    @GetMapping
    @Operation(summary = "All API clients, without secrets")
    public List<ClientView> all() {
        return clients.all().stream().map(ClientView::of).toList();
    }

    @PostMapping("/{clientId}/revoke")
    @Operation(summary = "Revoke a client: its tokens stop working at once")
    public ResponseEntity<Void> revoke(@PathVariable @ValidId String clientId) {
        if (!clients.revoke(clientId)) {
            throw new ProblemHandling.NotFound();
        }
        return ResponseEntity.noContent().build();
    }
}
