package org.verbund.gateway.web;

import io.swagger.v3.oas.models.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

/**
 * What the OpenAPI document needs to know about one operation to say what it answers: whether it reads or writes
 * (through {@link CommandWrites}, with {@code Idempotency-Key} and {@code If-Match}), creates, streams, takes a body
 * or ids in its path, and what its handler returns.
 *
 * @param controller       its controller, whose package (or class) names its rule-code catalogue
 * @param body             what its answer's body is (the type in a {@code ResponseEntity})
 * @param returnsEntity    whether the handler sets status and headers itself (a {@code ResponseEntity})
 */
record OperationShape(boolean reads, boolean writes, boolean creates, boolean streams, boolean hasBody,
                      boolean hasPathVariables, Class<?> controller, Type body, boolean returnsEntity) {

    static OperationShape of(Operation operation, HandlerMethod handler) {
        boolean reads = handler.hasMethodAnnotation(GetMapping.class);
        boolean writes = Arrays.stream(handler.getMethodParameters())
                               .anyMatch(parameter -> parameter.getParameterType() == Write.class);
        Type body = bodyType(handler);
        boolean creates = !reads && body instanceof Class<?> type && type.getSimpleName().startsWith("Created");
        boolean hasPathVariables = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
        return new OperationShape(reads, writes, creates, handler.getMethod().getReturnType() == SseEmitter.class,
                                  operation.getRequestBody() != null, hasPathVariables,
                                  handler.getBeanType(), body,
                                  handler.getMethod().getReturnType() == ResponseEntity.class);
    }

    /** A read that answers one aggregate with its version as {@code ETag} ({@link Tagged}). */
    boolean tagged() {
        return reads && !streams && !lists() && returnsEntity;
    }

    boolean lists() {
        return body instanceof ParameterizedType list && List.class.equals(list.getRawType());
    }

    /** Whether the handler answers nothing in the body (204). */
    boolean empty() {
        return Void.class.equals(body);
    }

    private static Type bodyType(HandlerMethod handler) {
        Type returned = handler.getMethod().getGenericReturnType();
        if (returned instanceof ParameterizedType entity && ResponseEntity.class.equals(entity.getRawType())) {
            return entity.getActualTypeArguments()[0];
        }
        return returned;
    }
}
