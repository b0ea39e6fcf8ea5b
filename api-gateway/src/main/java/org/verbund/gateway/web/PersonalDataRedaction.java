package org.verbund.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.Role;
import org.verbund.core.privacy.PersonalDataDisplay;
import org.verbund.gateway.security.Callers;

import java.util.Set;

/**
 * The one place where personal fields leave the system: every answer (and every live update) shows a personal field
 * in full to coordinators, admins and partners; to auditors only that it existed and whether it was erased; to
 * viewers and dashboards nothing but that a personal field is hidden there.
 */
@ControllerAdvice
public class PersonalDataRedaction implements ResponseBodyAdvice<Object> {

    private static final Set<Role> SEE_CONTENT = Set.of(Role.COORDINATOR, Role.ADMIN, Role.PARTNER);

    private final ObjectMapper json;
    private final Callers callers;

    public PersonalDataRedaction(ObjectMapper json, Callers callers) {
        this.json = json;
        this.callers = callers;
    }

    /** Personal fields in answers: marked, so that they can be redacted wherever they appear. */
    @Bean
    static PersonalDataDisplay personalDataDisplay() {
        return new PersonalDataDisplay();
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body == null || body instanceof ProblemDetail || body instanceof String || body instanceof byte[]
            || !request.getURI().getPath().startsWith("/api/")
            || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
            return body; // documentation, errors and other answers hold no personal data
        }
        return redactFor(currentRole(), body);
    }

    /** The answer as the caller may see it. */
    public Object redactFor(Role role, Object body) {
        if (role != null && SEE_CONTENT.contains(role)) {
            return body;
        }
        JsonNode tree = json.valueToTree(body);
        redact(tree, role == Role.AUDITOR);
        return tree;
    }

    /** The caller's role, or null for an unauthenticated request (which sees no personal data). */
    Role currentRole() {
        return callers.current().map(Caller::role).orElse(null);
    }

    private static void redact(JsonNode node, boolean auditor) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.path(PersonalDataDisplay.MARKER).asBoolean(false)) {
                object.remove("value");
                if (!auditor) {
                    object.remove("subject");
                    object.remove("erased");
                    object.put("hidden", true);
                }
                return;
            }
            object.forEach(child -> redact(child, auditor));
        } else if (node.isArray()) {
            node.forEach(child -> redact(child, auditor));
        }
    }
}
