package org.verbund.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.verbund.gateway.security.ProblemResponses;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Per-client rate limits on the API (token buckets, Bucket4j): reads and writes each have a sustained rate and a
 * burst. Beyond them a request is 429 {@code rate-limited} with {@code Retry-After}, before anything is read or
 * written. Runs after authentication: the client is the token's subject.
 */
public class ClientRateLimits extends OncePerRequestFilter {

    private final AbuseLimits limits;
    private final ProblemResponses problems;
    private final Cache<String, Bucket> reads = buckets();
    private final Cache<String, Bucket> writes = buckets();

    public ClientRateLimits(AbuseLimits limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        Bucket bucket = read
                ? reads.get(caller.getName(), client -> bucket(limits.readBurst(), limits.readsPerSecond()))
                : writes.get(caller.getName(), client -> bucket(limits.writeBurst(), limits.writesPerSecond()));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            problems.tooManyRequests(response, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1,
                                     "rate-limited", "This client sends more " + (read ? "reads" : "writes")
                                                     + " than this gateway allows; try again after Retry-After");
            return;
        }
        chain.doFilter(request, response);
    }

    private static Bucket bucket(int burst, int perSecond) {
        return Bucket.builder()
                     .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1))
                                        .build())
                     .build();
    }

    /** A bucket per client, forgotten when the client is idle (and never more than 100,000 remembered). */
    static Cache<String, Bucket> buckets() {
        return Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();
    }
}
