package org.verbund.gateway.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;
import org.verbund.gateway.web.BadRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Every list the API answers is paged, in the list's own order: {@code ?limit=} items (100 unless asked, at most
 * 1,000) and, when there are more, a {@code Link: <...&cursor=...>; rel="next"} header (RFC 8288) with an opaque
 * cursor naming the page's last item. The next page starts after that item, also when items were added or removed
 * before it; a cursor whose item is gone is 400 {@code cursor-stale}. The body stays the plain JSON array.
 */
@ControllerAdvice
public class ListPaging implements ResponseBodyAdvice<Object> {

    static final String LIMIT = "limit";
    static final String CURSOR = "cursor";

    private final AbuseLimits limits;
    private final ObjectMapper json;

    public ListPaging(AbuseLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(body instanceof List<?> all) || !(request instanceof ServletServerHttpRequest servlet)
            || !"GET".equals(servlet.getServletRequest().getMethod())
            || !servlet.getServletRequest().getRequestURI().startsWith("/api/")
            || response.getHeaders().containsKey(HttpHeaders.LINK)) { // a list that pages itself (by position)
            return body;
        }
        HttpServletRequest http = servlet.getServletRequest();
        int limit = limit(http.getParameter(LIMIT));
        int from = start(all, http.getParameter(CURSOR));
        int to = Math.min(all.size(), from + limit);
        if (to < all.size()) {
            response.getHeaders().add(HttpHeaders.LINK, "<" + next(http, limit, cursor(all, to)) + ">; rel=\"next\"");
        }
        return all.subList(from, to);
    }

    private int limit(String given) {
        if (given == null) {
            return limits.pageSize();
        }
        try {
            int limit = Integer.parseInt(given);
            if (limit >= 1 && limit <= limits.maxPageSize()) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new BadRequest(LIMIT, "must be a whole number from 1 to " + limits.maxPageSize());
    }

    /** Where the page after {@code cursor} starts: after the item it names (looked for first where it was). */
    private int start(List<?> all, String cursor) {
        if (cursor == null) {
            return 0;
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 2);
        } catch (IllegalArgumentException notBase64) {
            throw new BadRequest(CURSOR, "is not a cursor of this API");
        }
        if (parts.length != 2 || !parts[0].matches("\\d{1,9}")) {
            throw new BadRequest(CURSOR, "is not a cursor of this API");
        }
        int after = Integer.parseInt(parts[0]);
        if (after > 0 && after <= all.size() && parts[1].equals(keyOf(all.get(after - 1)))) {
            return after;
        }
        for (int index = 0; index < all.size(); index++) {
            if (parts[1].equals(keyOf(all.get(index)))) {
                return index + 1;
            }
        }
        throw new BadRequest(CURSOR, "names an item that is no longer in the list (cursor-stale): start again");
    }

    private String cursor(List<?> all, int end) {
        String plain = end + "\n" + keyOf(all.get(end - 1));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** An item's id where it has one, else a digest of all it says. */
    private String keyOf(Object item) {
        JsonNode tree = json.valueToTree(item);
        JsonNode id = tree.path("id");
        if (id.isValueNode()) {
            return "id:" + id.asText();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(tree));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot name a list item", e);
        }
    }

    private static String next(HttpServletRequest request, int limit, String cursor) {
        UriComponentsBuilder next = UriComponentsBuilder.fromPath(request.getRequestURI());
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!parameter.getKey().equals(LIMIT) && !parameter.getKey().equals(CURSOR)) {
                next.queryParam(parameter.getKey(), (Object[]) parameter.getValue());
            }
        }
        return next.queryParam(LIMIT, limit).queryParam(CURSOR, cursor).encode().build().toUriString();
    }
}
