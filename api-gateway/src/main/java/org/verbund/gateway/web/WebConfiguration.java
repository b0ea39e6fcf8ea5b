package org.verbund.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.verbund.gateway.security.ProblemResponses;

import java.util.List;

/**
 * The gateway's additions to Spring MVC: caller and write parameters, read-your-writes on every API read, and the
 * check of a request's Content-Type.
 */
@Configuration
@EnableConfigurationProperties(ReadYourWrites.Settings.class)
public class WebConfiguration implements WebMvcConfigurer {

    private final CallerArguments callerArguments;
    private final ReadYourWrites readYourWrites;

    public WebConfiguration(CallerArguments callerArguments, ReadYourWrites readYourWrites) {
        this.callerArguments = callerArguments;
        this.readYourWrites = readYourWrites;
    }

    @Bean
    FilterRegistrationBean<ContentTypeCheck> contentTypeCheck(ProblemResponses problems) {
        FilterRegistrationBean<ContentTypeCheck> registration =
                new FilterRegistrationBean<>(new ContentTypeCheck(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** After the limits that need no store, before the security filters, whose token check reads the store. */
    @Bean
    FilterRegistrationBean<StoreOutage.InFilters> storeOutageInFilters(ObjectMapper json) {
        FilterRegistrationBean<StoreOutage.InFilters> registration =
                new FilterRegistrationBean<>(new StoreOutage.InFilters(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(callerArguments);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readYourWrites).addPathPatterns("/api/**");
    }
}
