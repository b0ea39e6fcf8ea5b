package org.verbund.gateway.web;

import org.springframework.http.ResponseEntity;

/** A read of one aggregate: 200 with the version it shows as {@code ETag}, to send back in {@code If-Match}. */
public final class Tagged {

    private Tagged() {
    }

    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(String.valueOf(version)).body(body);
    }
}
