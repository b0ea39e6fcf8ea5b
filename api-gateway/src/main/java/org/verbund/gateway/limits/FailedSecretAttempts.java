package org.verbund.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.verbund.gateway.security.ProblemResponses;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * Guessing client secrets is slowed to a crawl: failed attempts at {@code POST /oauth2/token} are counted per client
 * id and per source address (Bucket4j), and once either has used up its attempts of the minute every attempt, right
 * or wrong, is 429 {@code too-many-failed-attempts} with {@code Retry-After}, without the secret being checked.
 */
public class FailedSecretAttempts extends OncePerRequestFilter {

    private final AbuseLimits limits;
    private final ProblemResponses problems;
    private final Cache<String, Bucket> byClient = ClientRateLimits.buckets();
    private final Cache<String, Bucket> byAddress = ClientRateLimits.buckets();

    public FailedSecretAttempts(AbuseLimits limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket address = byAddress.get(request.getRemoteAddr(), any -> bucket());
        String clientId = clientIdOf(request);
        Bucket client = clientId == null ? null : byClient.get(clientId, any -> bucket());
        long wait = Math.max(waitNanos(address), client == null ? 0 : waitNanos(client));
        if (wait > 0) {
            problems.tooManyRequests(response, TimeUnit.NANOSECONDS.toSeconds(wait) + 1, "too-many-failed-attempts",
                                     "Too many failed client authentications from this client or address");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            address.tryConsume(1);
            if (client != null) {
                client.tryConsume(1);
            }
        }
    }

    /** How long until this bucket allows another attempt (0: now). */
    private static long waitNanos(Bucket bucket) {
        return bucket.getAvailableTokens() > 0 ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private Bucket bucket() {
        int attempts = limits.failedSecretsPerMinute();
        return Bucket.builder()
                     .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, Duration.ofMinutes(1))
                                        .build())
                     .build();
    }

    /** The client id of HTTP Basic authentication or of the {@code client_id} form field. */
    private static String clientIdOf(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                                            StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return request.getParameter("client_id");
    }
}
