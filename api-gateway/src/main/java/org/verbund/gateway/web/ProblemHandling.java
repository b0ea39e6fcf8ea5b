package org.verbund.gateway.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.gateway.limits.RequestBodyLimit;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place where failures become RFC 9457 problems ({@code application/problem+json}) with a stable
 * {@code code}: bad input 400 (with the fields), unknown ids 404, rule violations 403, 404, 409 or 422 with the rule's
 * code, stale versions 409 with the current version, read models that have not caught up and a store that cannot be
 * reached 503 with {@code Retry-After}.
 * Nothing internal (class names, stack traces) reaches a caller.
 */
@RestControllerAdvice
public class ProblemHandling extends ResponseEntityExceptionHandler {

    static final String CONCURRENT_MODIFICATION = "concurrent-modification";

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    public static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://verbund.example/problems/" + code));
        problem.setProperty("code", code);
        return problem;
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolated(RuleViolation violation) {
        return answer(violated(violation));
    }

    private static ProblemDetail violated(RuleViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        return problem(status, violation.code(), violation.getMessage());
    }

    @ExceptionHandler({AggregateNotFoundException.class, NotFound.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException exception) {
        return answer(problem(HttpStatus.NOT_FOUND, RuleViolation.NOT_FOUND_CODE, "There is nothing with this id"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException exception) {
        return answer(problem(HttpStatus.FORBIDDEN, "forbidden", exception.getMessage()));
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequest exception) {
        return answer(invalid(List.of(field(exception.field(), exception.getMessage()))));
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException exception) {
        return answer(problem(HttpStatus.CONFLICT, "already-exists", "Something with this id exists already"));
    }

    /** A stale If-Match: the answer names the version there is now. */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException exception) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, CONCURRENT_MODIFICATION,
                                        "You sent version " + exception.getExpectedVersion() + ", but it is at "
                                        + "version " + exception.getActualVersion() + ": read it again and retry");
        problem.setProperty("currentVersion", exception.getActualVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(String.valueOf(exception.getActualVersion()))
                             .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException exception) {
        return answer(problem(HttpStatus.CONFLICT, CONCURRENT_MODIFICATION,
                       "Someone else changed this at the same time: read it again and retry"));
    }

    @ExceptionHandler(ReadYourWrites.ReadModelBehind.class)
    ResponseEntity<ProblemDetail> readModelBehind(ReadYourWrites.ReadModelBehind exception) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                             .header(HttpHeaders.RETRY_AFTER, "1")
                             .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                             .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "read-model-behind",
                                           "Your last write is not in this read model yet (waited "
                                           + exception.waited().toMillis() + " ms): retry in a moment"));
    }

    @ExceptionHandler(LiveUpdates.TooManyStreams.class)
    ResponseEntity<ProblemDetail> tooManyStreams(LiveUpdates.TooManyStreams exception) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                             .header(HttpHeaders.RETRY_AFTER, "5")
                             .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                             .body(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-streams", exception.getMessage()));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException exception) {
        return unexpected(exception);
    }

    /**
     * A rule may also speak from deep inside (e.g. the store refusing personal data of an erased person); the store
     * being unreachable is 503 ({@link StoreOutage}), whatever wrapped the driver's exception.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        if (StoreOutage.causedBy(exception)) {
            return StoreOutage.answer(exception);
        }
        for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return ruleViolated(violation);
            }
        }
        log.error("Unexpected failure", exception);
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                              "Something went wrong on our side; nothing about it is your fault"));
    }

    /**
     * The problem as problem+json whatever the request's {@code Accept} says (even unparsable, or only
     * {@code text/event-stream}): a content type set here is not negotiated, so a refusal never loses its body.
     */
    static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A path or query value of the wrong type, or one an id's syntax refuses. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = exception instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : String.valueOf(exception.getPropertyName());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(invalid(List.of(field(name, "is not a valid value"))));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> fields = new ArrayList<>();
        exception.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors body) {
                // a request body validated with the rest of the method: its fields by their names
                body.getFieldErrors().forEach(error -> fields.add(field(error.getField(),
                                                                        String.valueOf(error.getDefaultMessage()))));
            } else {
                result.getResolvableErrors().forEach(error -> fields.add(field(
                        result.getMethodParameter().getParameterName(), String.valueOf(error.getDefaultMessage()))));
            }
        });
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(invalid(fields));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> fields = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> field(error.getField(), String.valueOf(error.getDefaultMessage())))
                .collect(Collectors.toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(invalid(fields));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (NestedExceptionUtils.getMostSpecificCause(exception) instanceof RequestBodyLimit.BodyTooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                                 .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", tooLarge.getMessage()));
        }
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
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring's own problems (405, 406, 415, 404 for unknown paths ...): a type and a code like all others
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers); // may be read-only
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON); // not negotiated: see answer()
        ResponseEntity<Object> answer = super.handleExceptionInternal(exception, body, problemHeaders, status,
                                                                      request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem
            && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            String code = "http-" + status.value();
            problem.setType(URI.create("https://verbund.example/problems/" + code));
            problem.setProperty("code", code);
            if (exception instanceof NoResourceFoundException) {
                problem.setDetail("There is nothing at this path"); // not "No static resource ..."
            }
        }
        return answer;
    }

    private static ProblemDetail invalid(List<Map<String, String>> fields) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation-failed", "Some fields are invalid");
        problem.setProperty("fields", fields);
        return problem;
    }

    private static Map<String, String> field(String name, String message) {
        return Map.of("field", name, "message", message);
    }

    /** Thrown by controllers when a read finds nothing. */
    public static class NotFound extends RuntimeException {
    }
}
