package org.verbund.gateway.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.IdSyntax;
import org.verbund.core.kernel.Money;
import org.verbund.gateway.limits.AbuseLimits;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI description at {@code /v3/api-docs}: every API call needs a bearer token; ids carry their pattern;
 * writes show {@code Idempotency-Key} and {@code If-Match}, reads {@code Verbund-Position}, lists their paging.
 */
@Configuration
public class OpenApiConfiguration {

    private final AbuseLimits limits;
    private final String version;

    public OpenApiConfiguration(AbuseLimits limits, ObjectProvider<BuildProperties> build) {
        this.limits = limits;
        // the project's version (META-INF/build-info.properties, written by the build)
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "unversioned" : properties.getVersion();
    }

    static {
        // resolved from the token and the headers, not sent as parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Write.class, Caller.class);
        // value types that are strings in JSON
        SpringDocUtils.getConfig()
                      .replaceWithSchema(Money.class, new StringSchema().format("decimal").example("75830.00")
                              .pattern("^-?\\d+(\\.\\d{1,2})?$")
                              .description("An exact amount of euros: a decimal string with at most two decimals"))
                      .replaceWithSchema(FteShare.class, new StringSchema().format("decimal").example("2.5")
                              .description("Staff positions, possibly fractional"))
                      .replaceWithSchema(SseEmitter.class, new StringSchema()
                              .description("Server-sent events: a `snapshot` of the read model, then an `update` per "
                                           + "change, with ids to resume from (Last-Event-ID) and heartbeats"));
    }

    @Bean
    OpenAPI verbundOpenApi() {
        // no licence: the project states none (redocly.yaml turns the rule off and says so)
        return new OpenAPI()
                .info(new Info().title("Verbund API").version(version)
                                .description("Event-sourced backend of a network of city departments and non-profit "
                                             + "carriers. Tokens: POST /oauth2/token (client credentials). Errors: "
                                             + "RFC 9457 problems (`application/problem+json`) with a stable `code`; "
                                             + "each operation lists the codes it may answer as examples. Writes "
                                             + "answer with `ETag` (the version written) and `Verbund-Position`; reads "
                                             + "show your writes."))
                // relative: the gateway that serves the document (springdoc would name the host it was asked on)
                .servers(List.of(new Server().url("/").description("The gateway serving this document")))
                .tags(TAGS.entrySet().stream().map(tag -> new Tag().name(tag.getKey()).description(tag.getValue()))
                          .toList())
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A token from POST /oauth2/token: the client-credentials grant, with the API "
                                     + "client's id and secret as HTTP Basic (or a token of the configured issuer)")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** The controllers' tags, described (in the order a reader meets them). */
    private static final Map<String, String> TAGS = orderedTags(
            "Network registry", "The organisations of the network and the coordination bodies they belong to",
            "Funding", "Funding programmes and their calls, applications through their lifecycle, financing plans, "
                       + "amendments, reporting deadlines, the portfolio and study placements",
            "Workshops", "Working groups, workshop series and meetings with their agenda, attendance, minutes, "
                         + "outcomes (challenges, strategies, actors, decisions, action items) and result transfers",
            "Cooperation", "Partnerships with cities abroad: goals, visits, contacts and agreements",
            "Personal data", "Erasing a person's personal data (crypto-shredding)",
            "Audit", "The network's whole history in global order, paged or streamed as NDJSON (AUDITOR, ADMIN)",
            "Administration", "API clients of organisations, and rebuilding read models (ADMIN)");

    private static Map<String, String> orderedTags(String... namesAndDescriptions) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int tag = 0; tag < namesAndDescriptions.length; tag += 2) {
            tags.put(namesAndDescriptions[tag], namesAndDescriptions[tag + 1]);
        }
        return tags;
    }

    /**
     * Each operation's id, stable and unique for generated clients: its controller and method
     * ({@code OrganisationController.rename}: {@code organisationRename}), not springdoc's numbered duplicates.
     */
    @Bean
    OperationCustomizer operationIds() {
        return (operation, handler) -> {
            String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
            String method = handler.getMethod().getName();
            operation.setOperationId(Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
                                     + Character.toUpperCase(method.charAt(0)) + method.substring(1));
            return operation;
        };
    }

    @Bean
    PropertyCustomizer idProperties() {
        return (property, type) -> {
            Annotation[] annotations = type.getCtxAnnotations() == null ? new Annotation[0] : type.getCtxAnnotations();
            if (has(annotations, ValidId.class)) {
                asId(property);
            } else if (has(annotations, ValidIds.class) && property.getItems() != null) {
                asId(property.getItems());
                property.setMaxItems(ValidIds.MAX);
            }
            return property;
        };
    }

    @Bean
    ParameterCustomizer idParameters() {
        return (parameter, method) -> {
            if (parameter != null && parameter.getSchema() != null && method.hasParameterAnnotation(ValidId.class)) {
                asId(parameter.getSchema());
            }
            return parameter;
        };
    }

    @Bean
    OperationCustomizer writeAndReadHeaders() {
        return (operation, handler) -> {
            boolean writes = Arrays.stream(handler.getMethodParameters())
                                   .anyMatch(parameter -> parameter.getParameterType() == Write.class);
            if (writes) {
                operation.addParametersItem(new HeaderParameter().name(CallerArguments.IDEMPOTENCY_KEY)
                        .description("Makes the write happen once: a repeat answers as the first time")
                        .schema(new StringSchema().minLength(1).maxLength(CallerArguments.MAX_IDEMPOTENCY_KEY)));
                operation.addParametersItem(new HeaderParameter().name("If-Match")
                        .description("The ETag (version) you last read: refused with 409 if it changed since")
                        .schema(new StringSchema().example("\"3\"")));
            } else if (handler.hasMethodAnnotation(GetMapping.class)) {
                operation.addParametersItem(new HeaderParameter().name(CommandWrites.POSITION)
                        .description("A position a write answered with: the read shows at least that write")
                        .schema(new IntegerSchema().format("int64").minimum(BigDecimal.ZERO)));
                if (List.class.isAssignableFrom(handler.getMethod().getReturnType())) {
                    paged(operation);
                }
                if (handler.getMethod().getReturnType() == SseEmitter.class) {
                    operation.addParametersItem(new HeaderParameter().name(StreamResumption.LAST_EVENT_ID)
                            .description("On reconnecting: the id of the last message received. The stream then "
                                         + "starts with a snapshot only if the answer may have changed since")
                            .schema(new IntegerSchema().format("int64").minimum(BigDecimal.ZERO)));
                }
            }
            return operation;
        };
    }

    /** The parameters of {@code ListPaging}, which pages every list. */
    private void paged(Operation operation) {
        operation.addParametersItem(new QueryParameter().name("limit")
                .description("Items per page (the next page's URL is in the Link header, rel=\"next\")")
                .schema(new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(limits.maxPageSize()))
                                           ._default(limits.pageSize())));
        operation.addParametersItem(new QueryParameter().name("cursor")
                .description("Where the page starts: as given in the previous page's Link header")
                .schema(new StringSchema().maxLength(2000)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void asId(Schema schema) {
        schema.setPattern(IdSyntax.PATTERN);
        schema.setMinLength(1);
        schema.setMaxLength(IdSyntax.MAX_LENGTH);
    }

    private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
        return Arrays.stream(annotations).anyMatch(type::isInstance);
    }
}
