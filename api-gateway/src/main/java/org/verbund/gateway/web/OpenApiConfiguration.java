package org.verbund.gateway.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}: every API call needs a bearer token. */
@Configuration
public class OpenApiConfiguration {

    @Bean
    OpenAPI verbundOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Verbund API")
                                .description("Event-sourced backend of a network of city departments and non-profit "
                                             + "carriers. Tokens: POST /oauth2/token (client credentials). Errors: "
                                             + "RFC 9457 problems with a stable `code`."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
