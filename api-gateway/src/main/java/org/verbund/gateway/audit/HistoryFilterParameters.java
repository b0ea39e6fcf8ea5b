package org.verbund.gateway.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;
import org.verbund.core.audit.api.HistoryFilter;
import org.verbund.gateway.web.BadRequest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The query parameters of the audit history and the filter they make: checked before anything is read, so that a
 * misspelt filter is refused (400 {@code validation-failed} naming it) instead of silently answering the whole
 * history, and written back into the next page's link.
 */
final class HistoryFilterParameters {

    static final String AFTER = "after";
    static final String LIMIT = "limit";
    static final String FROM = "from";
    static final String TO = "to";
    static final String ORGANISATION = "organisation";
    static final String TYPE = "type";
    static final String CONTEXT = "context";
    static final String AGGREGATE = "aggregate";
    private static final List<String> NAMES = List.of(AFTER, LIMIT, FROM, TO, ORGANISATION, TYPE, CONTEXT, AGGREGATE);

    private static final int MAX_VALUE = 200;
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,199}");
    private static final Pattern CONTEXT_NAME = Pattern.compile("[a-z][a-z0-9-]{0,49}");

    private HistoryFilterParameters() {
    }

    /** The filter the request asks for; refuses unknown or repeated parameters and malformed values. */
    static HistoryFilter filter(HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (!NAMES.contains(name)) {
                throw new BadRequest(name, "is not a parameter of this list; it takes " + String.join(", ", NAMES));
            }
            if (request.getParameterValues(name).length > 1) {
                throw new BadRequest(name, "may be given once");
            }
        }
        Instant from = instant(FROM, request.getParameter(FROM));
        Instant to = instant(TO, request.getParameter(TO));
        if (from != null && to != null && !to.isAfter(from)) {
            throw new BadRequest(TO, "must be after from (from is inclusive, to exclusive)");
        }
        return new HistoryFilter(from, to, text(ORGANISATION, request.getParameter(ORGANISATION)),
                                 named(TYPE, request.getParameter(TYPE), TYPE_NAME, "an event type's simple name"),
                                 named(CONTEXT, request.getParameter(CONTEXT), CONTEXT_NAME,
                                       "a context's name in lower case, such as funding"),
                                 text(AGGREGATE, request.getParameter(AGGREGATE)));
    }

    /** The link to the page after {@code last}, with the same filter and page size. */
    static String next(long last, int limit, HistoryFilter filter) {
        UriComponentsBuilder next = UriComponentsBuilder.fromPath("/api/audit/events")
                                                        .queryParam(AFTER, last).queryParam(LIMIT, limit);
        add(next, FROM, filter.from());
        add(next, TO, filter.to());
        add(next, ORGANISATION, filter.organisation());
        add(next, TYPE, filter.type());
        add(next, CONTEXT, filter.context());
        add(next, AGGREGATE, filter.aggregate());
        return next.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder link, String name, Object value) {
        if (value != null) {
            link.queryParam(name, value.toString());
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name, "must be an ISO-8601 instant such as 2016-12-31T23:00:00Z");
        }
    }

    private static String text(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > MAX_VALUE || value.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequest(name, "must be 1 to " + MAX_VALUE + " characters without control characters");
        }
        return value;
    }

    private static String named(String name, String value, Pattern syntax, String what) {
        if (value != null && !syntax.matcher(value).matches()) {
            throw new BadRequest(name, "must be " + what);
        }
        return value;
    }
}
