package org.verbund.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * {@code /error}, where the servlet container sends what failed outside a controller (a filter's refusal, an error
 * status set without a body): the same problem+json as everywhere else, in place of Spring Boot's default error
 * JSON, and never the exception's message or class. Asked for directly, {@code /error} is not a resource: 404.
 */
@Controller
public class ProblemErrorController implements ErrorController {

    private final ObjectMapper json;

    public ProblemErrorController(ObjectMapper json) {
        this.json = json;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : HttpStatus.NOT_FOUND;
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(),
                        ProblemHandling.problem(status, "http-" + status.value(), detailOf(status)));
    }

    /** Words for the caller, never the exception's. */
    static String detailOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed (its path, headers or body)";
            case NOT_FOUND -> "There is nothing at this path";
            case PAYLOAD_TOO_LARGE -> "The request body is too large";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request's headers are too large";
            case INTERNAL_SERVER_ERROR -> "The gateway could not answer this request";
            default -> status.getReasonPhrase();
        };
    }
}
