package org.verbund.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.verbund.core.eventstore.Caller;
import org.verbund.gateway.security.Callers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where a request's caller and its write headers are read: a controller method's {@link Caller}
 * parameter is the authenticated caller, a {@link Write} parameter adds {@code Idempotency-Key} and {@code If-Match}.
 * Malformed headers are refused here, before anything is sent.
 */
@Component
public class CallerArguments implements HandlerMethodArgumentResolver {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int MAX_IDEMPOTENCY_KEY = 200;
    /** {@code "7"}, or {@code 7} as clients without quotes send it; {@code *} means any version. */
    private static final Pattern ENTITY_TAG = Pattern.compile("\"?(\\d{1,18})\"?");

    private final Callers callers;

    public CallerArguments(Callers callers) {
        this.callers = callers;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class || parameter.getParameterType() == Write.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        Caller caller = callers.require();
        if (parameter.getParameterType() == Caller.class) {
            return caller;
        }
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key != null && (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY)) {
            throw new BadRequest(IDEMPOTENCY_KEY, "must have 1 to " + MAX_IDEMPOTENCY_KEY + " characters");
        }
        Caller writer = new Caller(caller.actorId(), caller.organisationId(), caller.role(), null, key, null);
        return new Write(writer, expectedVersion(request.getHeader("If-Match")),
                         request.getNativeRequest(HttpServletRequest.class).getRequestURI());
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher tag = ENTITY_TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new BadRequest("If-Match", "must name one version as the ETag gave it, for example \"3\"");
        }
        return Long.parseLong(tag.group(1));
    }
}
