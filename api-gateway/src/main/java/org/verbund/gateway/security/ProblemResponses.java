package org.verbund.gateway.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;

/** Refusals made outside a controller (401, 403, 413, 429 ...) as RFC 9457 problems, like every other error. */
@Component
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                  "A valid bearer token is required: get one at POST /oauth2/token");
        };
    }

    public AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "forbidden",
                                                       "Your roles do not allow this request");
    }

    /** A request the firewall refuses (an empty path segment, say): 400, before any controller sees it. */
    public RequestRejectedHandler rejected() {
        return (request, response, exception) -> write(response, HttpStatus.BAD_REQUEST, "request-rejected",
                                                       "The request's path or headers are malformed");
    }

    /** 429 with {@code Retry-After}: how many seconds until the caller may try again. */
    public void tooManyRequests(HttpServletResponse response, long retryAfterSeconds, String code, String detail)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
        write(response, HttpStatus.TOO_MANY_REQUESTS, code, detail);
    }

    public void write(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://verbund.example/problems/" + code));
        problem.setProperty("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
