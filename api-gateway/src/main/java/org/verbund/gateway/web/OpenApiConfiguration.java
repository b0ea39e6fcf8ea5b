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
import java.util.List;

/**
 * The OpenAPI description at {@code /v3/api-docs}: every API call needs a bearer token; ids carry their pattern;
 * writes show {@code Idempotency-Key} and {@code If-Match}, reads {@code Verbund-Position}, lists their paging.
 */
@Configuration
public class OpenApiConfiguration {

    private final AbuseLimits limits;

    public OpenApiConfiguration(AbuseLimits limits) {
        this.limits = limits;
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
                              .description("Staff positions, possibly fractional"));
    }

    @Bean
    OpenAPI verbundOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Verbund API")
                                .description("Event-sourced backend of a network of city departments and non-profit "
                                             + "carriers. Tokens: POST /oauth2/token (client credentials). Errors: "
                                             + "RFC 9457 problems with a stable `code`. Writes answer with `ETag` (the "
                                             + "version written) and `Verbund-Position`; reads show your writes."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
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
