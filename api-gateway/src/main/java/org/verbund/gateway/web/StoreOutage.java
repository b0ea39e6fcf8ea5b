package org.verbund.gateway.web;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;
import org.verbund.core.eventstore.StoreReachability;

import java.io.IOException;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one place that recognises the store being unreachable (no primary to be found within the driver's timeouts,
 * a connection refused, reset or silent, a primary stepping down), however deep Axon, the query bus or a future has
 * wrapped the driver's exception, and the answer to it: 503 {@code store-unavailable} with {@code Retry-After}.
 * A write refused so was not stored, or, if the connection broke after the store had it, is found again by a
 * retry with the same {@code Idempotency-Key} ({@link IdempotentWrites}): either way the caller should retry, and
 * never gets a 2xx for what was not stored, nor a 500 for what is not a fault of the gateway.
 */
public final class StoreOutage {

    public static final String CODE = "store-unavailable";
    /**
     * Seconds a caller should wait: a primary's election takes a few seconds, and the driver finds a store that is
     * back within its heartbeat.
     */
    public static final String RETRY_AFTER_SECONDS = "5";
    static final String DETAIL = "The store is not reachable now, and nothing of this request was done unless a "
                                 + "retry with the same Idempotency-Key says so: retry after the given seconds";

    private static final Logger log = LoggerFactory.getLogger(StoreOutage.class);
    private static final AtomicLong reportedAt = new AtomicLong(System.nanoTime() - TimeUnit.MINUTES.toNanos(1));
    /** More causes than this are a cycle, or nothing the driver made. */
    private static final int DEEPEST_CAUSE = 20;

    private StoreOutage() {
    }

    /** Whether {@code failure}, or anything it wraps, says that the store could not be reached. */
    public static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (unreachable(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(Throwable cause) {
        return cause instanceof StoreReachability.Unreachable // known so: nothing was sent
               || cause instanceof MongoSocketException // refused, reset, closed, or no reply in time
               || cause instanceof MongoTimeoutException // no suitable server within serverSelectionTimeout
               || cause instanceof MongoNotPrimaryException || cause instanceof MongoNodeIsRecoveringException
               || cause instanceof MongoServerUnavailableException
               || cause instanceof MongoConnectionPoolClearedException
               || cause instanceof MongoException mongo && (mongo.hasErrorLabel("RetryableWriteError")
                                                            || mongo.hasErrorLabel("TransientTransactionError"));
    }

    /** The 503 of a controller. */
    static ResponseEntity<ProblemDetail> answer(Throwable failure) {
        logged(failure);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                             .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                             .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                             .body(problem());
    }

    static ProblemDetail problem() {
        return ProblemHandling.problem(HttpStatus.SERVICE_UNAVAILABLE, CODE, DETAIL);
    }

    /** The failure, at most once a minute with its stack trace, so that an outage cannot fill the log. */
    private static void logged(Throwable failure) {
        long last = reportedAt.get();
        long now = System.nanoTime();
        if (now - last > TimeUnit.MINUTES.toNanos(1) && reportedAt.compareAndSet(last, now)) {
            log.warn("The store is unreachable; answering 503 {} until it is back", CODE, failure);
        } else {
            log.debug("The store is unreachable: {}", failure.toString());
        }
    }

    /**
     * The same 503 for what a filter could not do without the store: the check of a token (it reads the client),
     * the token endpoint. Runs before the security filters, so that their failure is answered here rather than
     * reaching the servlet container as an error (logged with its stack trace, once per request).
     */
    static final class InFilters extends OncePerRequestFilter {

        private final ObjectMapper json;

        InFilters(ObjectMapper json) {
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | IOException | RuntimeException failure) {
                if (!causedBy(failure) || response.isCommitted()) {
                    throw failure;
                }
                logged(failure);
                response.resetBuffer();
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(response.getOutputStream(), problem());
            }
        }
    }
}
