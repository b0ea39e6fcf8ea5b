package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is refused before a controller (by Tomcat's URL and header checks, Spring Security's firewall, or at
 * {@code /error}) is problem+json like every other refusal. The requests go over a raw socket ({@link RawHttp}).
 */
class RefusalsAreProblemsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path dataDir;
    private static RunningGateway gateway;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("verbund-refusals");
        gateway = new RunningGateway(dataDir, "", "--verbund.store.embedded-backend=memory");
        token = gateway.tokenFor("isb", "PARTNER");
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    static List<String> refusals() {
        return List.of(
                "GET /api/organisations/%2F HTTP/1.1",
                "GET /api/organisations/%00 HTTP/1.1",
                "GET /api/%2e%2e%2factuator/env HTTP/1.1",
                "GET /api/organisations/a%2e%2e%2fb HTTP/1.1",
                "GET /api/organisations/;jsessionid=1 HTTP/1.1",
                "GET /api/organisations/x;jsessionid=1 HTTP/1.1",
                "GET /api/../actuator/env HTTP/1.1",
                "GET /api/organisations//x HTTP/1.1",
                "GET /api/organisations/%25%32%65 HTTP/1.1",
                "GET /api/organisations/a\\b HTTP/1.1",
                "GET /api/organisations/%ZZ HTTP/1.1",
                "GET /error HTTP/1.1",
                "POST /error HTTP/1.1",
                "GET /api/no-such-thing HTTP/1.1",
                "GET /api/organisations/no-such-id HTTP/1.1\r\nAccept: text/html",
                "GET /api/organisations HTTP/1.1\r\nIdempotency-Key: " + "k".repeat(20_000),
                "GET /api/organisations HTTP/1.1\r\nX-Padding: " + "p".repeat(70_000),
                "GET /api/organisations HTTP/1.1\r\nBad Header: x",
                "GET /api/organisations\u0001 HTTP/1.1",
                "GET /api/organisations HTTP/1.1\r\nContent-Length: abc",
                "GET /api/organisations HTTP/1.1\r\nAuthorization: Bearer not-a-token",
                "POST /api/organisations HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n\"\"");
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void isAProblem(String request) throws Exception {
        String raw = request.contains("Authorization") || request.startsWith("GET /error")
                     || request.startsWith("POST /error") ? request : withToken(request);
        RawHttp.Answer answer = RawHttp.send(gateway.baseUrl(), null, raw);
        String head = answer.head();
        String body = answer.body();
        int status = answer.status();
        assertThat(status).as(head).isBetween(400, 499);
        assertThat(head.toLowerCase()).as(head).contains("content-type: application/problem+json");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asText()).isNotBlank();
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("Tomcat");
    }

    private static String withToken(String request) {
        int lineEnd = request.indexOf("\r\n");
        String line = lineEnd < 0 ? request : request.substring(0, lineEnd);
        String rest = lineEnd < 0 ? "" : request.substring(lineEnd);
        return line + "\r\nAuthorization: Bearer " + token + rest;
    }
}
