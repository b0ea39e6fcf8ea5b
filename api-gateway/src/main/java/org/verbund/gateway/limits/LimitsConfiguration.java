package org.verbund.gateway.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.verbund.gateway.security.ProblemResponses;

/**
 * The limits that are not tied to a caller run first, for every request; the per-client rate limits and the
 * failed-secret lockout run inside the security filter chains ({@code SecurityConfiguration},
 * {@code EmbeddedTokenIssuerConfiguration}), where the caller is known.
 */
@Configuration
@EnableConfigurationProperties(AbuseLimits.class)
public class LimitsConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(AbuseLimits limits, ProblemResponses problems) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(limits, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
