package org.verbund.gateway.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.verbund.core.kernel.RuleViolation;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place where failures become RFC 9457 problems ({@code application/problem+json}) with a stable
 * {@code code}: bad input 400 (with the fields), unknown ids 404, rule violations 409 or 422 with the rule's code.
 * Nothing internal (class names, stack traces) reaches a caller.
 */
@RestControllerAdvice
public class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    public static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://verbund.example/problems/" + code));
        problem.setProperty("code", code);
        return problem;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation violation) {
        HttpStatus status = violation.kind() == RuleViolation.Kind.CONFLICT
                ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        return problem(status, violation.code(), violation.getMessage());
    }

    @ExceptionHandler({AggregateNotFoundException.class, NotFound.class})
    ProblemDetail notFound(RuntimeException exception) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "There is nothing with this id");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException exception) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", exception.getMessage());
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException exception) {
        return problem(HttpStatus.CONFLICT, "already-exists", "Something with this id exists already");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException exception) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification",
                       "Someone else changed this at the same time: read it again and retry");
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException exception) {
        return unexpected(exception);
    }

    /** A rule may also speak from deep inside (e.g. the store refusing personal data of an erased person). */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return ruleViolated(violation);
            }
        }
        log.error("Unexpected failure", exception);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                       "Something went wrong on our side; nothing about it is your fault");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation-failed", "Some fields are invalid");
        List<Map<String, String>> fields = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                                     "message", String.valueOf(error.getDefaultMessage())))
                .collect(Collectors.toList());
        problem.setProperty("fields", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem;
        if (exception.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !(mapping instanceof MismatchedInputException)) {
            // a value object refused the value (an amount with three decimals, a period ending before it starts)
            String field = mapping.getPath().stream()
                                  .map(reference -> reference.getFieldName() != null
                                          ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                                  .collect(Collectors.joining("."));
            Throwable reason = mapping.getCause() != null ? mapping.getCause() : mapping;
            String message = reason instanceof IllegalArgumentException || reason instanceof RuleViolation
                    ? reason.getMessage() : "is not a valid value";
            problem = problem(HttpStatus.BAD_REQUEST, "validation-failed", "Some fields are invalid");
            problem.setProperty("fields", List.of(Map.of("field", field, "message", message)));
        } else if (exception.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                                   .map(reference -> reference.getFieldName() != null
                                           ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                                   .collect(Collectors.joining("."));
            Class<?> target = mismatch.getTargetType();
            String expected = target == null ? "of another type"
                    : target.isEnum() ? "one of " + java.util.Arrays.toString(target.getEnumConstants())
                    : "a " + target.getSimpleName();
            problem = problem(HttpStatus.BAD_REQUEST, "validation-failed", "Some fields are invalid");
            problem.setProperty("fields", List.of(Map.of("field", field, "message", "must be " + expected)));
        } else {
            problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", "The request body is not valid JSON");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring's own problems (405, 415, 404 for unknown paths ...): give them a code too
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            problem.setProperty("code", "http-" + status.value());
        }
        return super.handleExceptionInternal(exception, body, headers, status, request);
    }

    /** Thrown by controllers when a read finds nothing. */
    public static class NotFound extends RuntimeException {
    }
}
