package org.verbund.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.verbund.gateway.security.ProblemResponses;

import java.io.IOException;

/**
 * A {@code Content-Type} that names no media type (a wildcard, {@code application/json;;}, garbage) is 415 before
 * anything reads the body: Spring MVC would fail on it with an internal error instead (found by the hostile-input
 * test).
 */
public class ContentTypeCheck extends OncePerRequestFilter {

    private final ProblemResponses problems;

    public ContentTypeCheck(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !usable(contentType)) {
            problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "http-415",
                           "The Content-Type names no media type: send application/json");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean usable(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException unparsable) {
            return false;
        }
    }
}
