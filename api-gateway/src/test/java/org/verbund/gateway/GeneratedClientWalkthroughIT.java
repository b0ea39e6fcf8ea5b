package org.verbund.gateway;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbund.client.ApiClient;
import org.verbund.client.ApiException;
import org.verbund.client.ApiResponse;
import org.verbund.client.api.AdministrationApi;
import org.verbund.client.api.FundingApi;
import org.verbund.client.api.NetworkRegistryApi;
import org.verbund.client.model.ApplicationDetail;
import org.verbund.client.model.ApplicationRequest;
import org.verbund.client.model.CreateClientRequest;
import org.verbund.client.model.Created;
import org.verbund.client.model.CreatedClient;
import org.verbund.client.model.FinancingPlanRequest;
import org.verbund.client.model.HistoryEntry;
import org.verbund.client.model.Line;
import org.verbund.client.model.OrganisationSummary;
import org.verbund.client.model.Period;
import org.verbund.client.model.Problem;
import org.verbund.client.model.ProgrammeRequest;
import org.verbund.client.model.RegisterOrganisationRequest;
import org.verbund.client.model.RenameOrganisationRequest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The README's walk-through ("What you can do"), with a Java client generated from the committed contract
 * ({@code api-gateway/openapi/verbund.json}, by openapi-generator's {@code native} library) against a running
 * gateway: what the document promises a client (statuses, headers, bodies, problems with their codes) is what the
 * gateway answers. Tokens come from the OAuth2 token endpoint, as in the README.
 */
class GeneratedClientWalkthroughIT {

    /** A client of the generated code for the gateway at {@code baseUrl}, sending {@code token}. */
    private static ApiClient client(String baseUrl, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        // the contract's amounts are decimal strings ("75830.00"), which the generated models hold as BigDecimal
        client.setObjectMapper(ApiClient.createDefaultObjectMapper().registerModule(
                new SimpleModule().addSerializer(BigDecimal.class, ToStringSerializer.instance)));
        return client;
    }

    @Test
    void theReadmeWalkThroughWithTheGeneratedClient(@TempDir Path dataDir) throws Exception {
        try (RunningGateway gateway = new RunningGateway(dataDir)) {
            walkThrough(gateway);
        }
    }

    private static void walkThrough(RunningGateway gateway) throws Exception {
        // an API client for a coordinator of the social department; its secret is shown only in this answer
        AdministrationApi admin = new AdministrationApi(client(gateway.baseUrl(), gateway.adminToken()));
        CreatedClient coordinator = admin.adminClientCreate(new CreateClientRequest().organisationId("dez5")
                .roles(Set.of(CreateClientRequest.RolesEnum.COORDINATOR)));
        assertThat(coordinator.getClientSecret()).isNotBlank();
        ApiClient client = client(gateway.baseUrl(),
                                  gateway.token(coordinator.getClientId(), coordinator.getClientSecret()));
        NetworkRegistryApi registry = new NetworkRegistryApi(client);

        // register an organisation: 201 with its id, version and position (also as Location, ETag, Verbund-Position)
        ApiResponse<Created> registered = registry.organisationRegisterWithHttpInfo(new RegisterOrganisationRequest()
                .name("Caritasverband Dortmund").shortName("CV")
                .kind(RegisterOrganisationRequest.KindEnum.NON_PROFIT_CARRIER)
                .effectiveOn(LocalDate.of(2014, 1, 15)).reason("founding member"), null, null);
        assertThat(registered.getStatusCode()).isEqualTo(201);
        String id = registered.getData().getId();
        assertThat(id).isNotBlank();
        assertThat(registered.getData().getVersion()).isZero();
        assertThat(header(registered, "Location")).isEqualTo("/api/organisations/" + id);
        assertThat(header(registered, "ETag")).isEqualTo("\"0\"");
        assertThat(header(registered, "Verbund-Position"))
                .isEqualTo(String.valueOf(registered.getData().getPosition()));

        // read it at once (ETag "0"), rename it if nobody changed it since (If-Match), read its history
        ApiResponse<OrganisationSummary> read = registry.organisationOneWithHttpInfo(
                id, registered.getData().getPosition());
        assertThat(read.getStatusCode()).isEqualTo(200);
        assertThat(header(read, "ETag")).isEqualTo("\"0\"");
        assertThat(read.getData().getName()).isEqualTo("Caritasverband Dortmund");
        assertThat(read.getData().getKind()).isEqualTo(OrganisationSummary.KindEnum.NON_PROFIT_CARRIER);
        assertThat(read.getData().getRegisteredOn()).isEqualTo(LocalDate.of(2014, 1, 15));

        ApiResponse<Void> renamed = registry.organisationRenameWithHttpInfo(id, new RenameOrganisationRequest()
                .name("Caritas Dortmund").shortName("Caritas").reason("new statutes"), null, "\"0\"");
        assertThat(renamed.getStatusCode()).isEqualTo(204);
        assertThat(header(renamed, "ETag")).isEqualTo("\"1\"");
        assertThat(registry.organisationOne(id, null).getName()).isEqualTo("Caritas Dortmund");

        List<HistoryEntry> history = registry.organisationHistory(id, null, null, null);
        assertThat(history).extracting(HistoryEntry::getType)
                           .containsExactly("OrganisationRegisteredEvent", "OrganisationRenamedEvent");
        assertThat(history.get(0).getEffectiveOn()).isEqualTo(LocalDate.of(2014, 1, 15));
        assertThat(history.get(0).getMetadata()).containsEntry("actorId", coordinator.getClientId())
                                                .containsEntry("organisationId", "dez5")
                                                .containsEntry("role", "COORDINATOR")
                                                .containsEntry("reason", "founding member");
        assertThat(history.get(1).getPayload()).containsEntry("name", "Caritas Dortmund");
        assertThat(history.get(1).getMetadata()).containsEntry("reason", "new statutes");

        // the same If-Match again is stale now: 409 concurrent-modification with the current version
        ApiException stale = catchThrowableOfType(ApiException.class, () -> registry.organisationRename(
                id, new RenameOrganisationRequest().name("Caritas").shortName("C"), null, "\"0\""));
        Problem conflict = problem(client, stale, 409, "concurrent-modification");
        assertThat(conflict.getCurrentVersion()).isEqualTo(1L);
        assertThat(stale.getResponseHeaders().firstValue("ETag")).contains("\"1\"");

        // errors are RFC 9457 problems with a stable code
        ApiException unknown = catchThrowableOfType(ApiException.class, () -> registry.organisationOne("no-such-id",
                                                                                                         null));
        assertThat(problem(client, unknown, 404, "not-found").getTitle()).isEqualTo("Not Found");

        fundingSteps(client, id);
    }

    /** The funding part: a programme, an application of the organisation, and a financing plan to the cent. */
    private static void fundingSteps(ApiClient client, String lead) throws Exception {
        FundingApi funding = new FundingApi(client);
        ApiResponse<Created> programme = funding.fundingProgrammeRegisterWithHttpInfo(new ProgrammeRequest()
                .name("Land/ESF").funderLevel(ProgrammeRequest.FunderLevelEnum.STATE).agency("MAIS NRW"), null, null);
        assertThat(programme.getStatusCode()).isEqualTo(201);
        ApiResponse<Created> drafted = funding.fundingApplicationDraftWithHttpInfo(new ApplicationRequest()
                .programmeId(programme.getData().getId()).title("Willkommen Europa").leadApplicantId(lead)
                .requestedAmount(new BigDecimal("400000.00"))
                .period(new Period().from(LocalDate.of(2018, 1, 1)).to(LocalDate.of(2019, 12, 31))), null, null);
        assertThat(drafted.getStatusCode()).isEqualTo(201);
        String application = drafted.getData().getId();
        assertThat(header(drafted, "Location")).isEqualTo("/api/funding/applications/" + application);

        ApplicationDetail detail = funding.fundingApplicationApplication(application, null);
        assertThat(detail.getTitle()).isEqualTo("Willkommen Europa");
        assertThat(detail.getStatus()).isEqualTo(ApplicationDetail.StatusEnum.DRAFT);
        assertThat(detail.getRequestedAmount()).isEqualTo(new BigDecimal("400000.00"));

        // a financing plan must add up to the cent: this one is 0.01 short
        ApiException shortByACent = catchThrowableOfType(ApiException.class, () -> funding
                .fundingApplicationChangeFinancingPlan(application, plan("84379.99"), null, null));
        problem(client, shortByACent, 422, "financing-plan.does-not-add-up");
        ApiResponse<Void> planned = funding.fundingApplicationChangeFinancingPlanWithHttpInfo(
                application, plan("84380.00"), null, null);
        assertThat(planned.getStatusCode()).isEqualTo(204);
        assertThat(header(planned, "Verbund-Position")).isNotBlank();
    }

    private static FinancingPlanRequest plan(String ownFunds) {
        return new FinancingPlanRequest().totalCost(new BigDecimal("400000.00")).lines(List.of(
                new Line().source(Line.SourceEnum.STATE).amount(new BigDecimal("315620.00")),
                new Line().source(Line.SourceEnum.OWN_FUNDS).amount(new BigDecimal(ownFunds))));
    }

    /** The refusal's problem, read with the generated model, after checking its status, media type and code. */
    private static Problem problem(ApiClient client, ApiException refusal, int status, String code) throws Exception {
        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.getCode()).as(refusal.getResponseBody()).isEqualTo(status);
        assertThat(refusal.getResponseHeaders().firstValue("Content-Type")).contains("application/problem+json");
        Problem problem = client.getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getCode()).isEqualTo(code);
        assertThat(problem.getType()).hasToString("https://verbund.example/problems/" + code);
        return problem;
    }

    private static String header(ApiResponse<?> response, String name) {
        List<String> values = response.getHeaders().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
