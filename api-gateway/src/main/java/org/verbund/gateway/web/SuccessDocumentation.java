package org.verbund.gateway.web;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * What a successful answer is, in the OpenAPI document: a creation 201 with {@code Location}, a change 204, both
 * (when through {@link CommandWrites}) with {@code ETag} and {@code Verbund-Position}; a read of one aggregate with
 * its version as {@code ETag}; a list with the {@code Link} to its next page. Springdoc alone says 200 for all.
 */
@Configuration
public class SuccessDocumentation {

    @Bean
    OperationCustomizer documentedSuccesses() {
        return (operation, handler) -> {
            OperationShape shape = OperationShape.of(operation, handler);
            ApiResponses responses = operation.getResponses();
            ApiResponse ok = responses.get("200");
            if (ok == null) {
                return operation;
            }
            if (shape.creates()) {
                responses.remove("200");
                responses.addApiResponse("201", written(ok.description("Created: its id, and where it is now")
                        .addHeaderObject(HttpHeaders.LOCATION, header("Where to read what was created")), shape));
            } else if (!shape.reads() && shape.empty()) {
                responses.remove("200");
                responses.addApiResponse("204", written(new ApiResponse().description("Done"), shape));
            } else if (shape.tagged()) {
                ok.addHeaderObject(HttpHeaders.ETAG, header("Its version: send it back as If-Match to write on it"));
            } else if (shape.lists()) {
                ok.addHeaderObject(HttpHeaders.LINK, header("The next page, as <...&cursor=...>; rel=\"next\" "
                                                            + "(none on the last page)"));
            }
            return operation;
        };
    }

    private static ApiResponse written(ApiResponse response, OperationShape shape) {
        if (shape.writes()) {
            response.addHeaderObject(HttpHeaders.ETAG, header("The version of what was written, after the write"))
                    .addHeaderObject(CommandWrites.POSITION, new Header()
                            .description("The global position of the write's last event: a read sent with it "
                                         + "(as Verbund-Position) shows the write")
                            .schema(new IntegerSchema().format("int64")));
        }
        return response;
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }
}
