package org.verbund.gateway.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.ArrayList;
import java.util.List;

/**
 * A request that accepts {@code application/problem+json} accepts the JSON of the API too. A client generated from
 * the OpenAPI document asks a write whose success has no body with {@code Accept: application/problem+json} (the
 * only media type its answers name), and the controllers, producing {@code application/json}, would refuse it with
 * 406 before doing anything (found by {@code GeneratedClientWalkthroughIT}). An {@code Accept} that names
 * {@code application/json} itself (also with q=0) is taken as it is.
 */
@Configuration
public class ProblemAcceptance implements WebMvcConfigurer {

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new WidenedAccept()));
    }

    /** The Accept header's media types, with application/json where application/problem+json stands alone. */
    private static final class WidenedAccept implements ContentNegotiationStrategy {

        private final HeaderContentNegotiationStrategy header = new HeaderContentNegotiationStrategy();

        @Override
        public List<MediaType> resolveMediaTypes(NativeWebRequest request)
                throws HttpMediaTypeNotAcceptableException {
            List<MediaType> accepted = header.resolveMediaTypes(request);
            if (accepted.stream().noneMatch(MediaType.APPLICATION_PROBLEM_JSON::equalsTypeAndSubtype)
                || accepted.stream().anyMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype)) {
                return accepted;
            }
            List<MediaType> widened = new ArrayList<>(accepted);
            widened.add(MediaType.APPLICATION_JSON);
            return widened;
        }
    }
}
