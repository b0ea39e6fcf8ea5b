package org.verbund.gateway.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** The gateway's additions to Spring MVC: caller and write parameters, and read-your-writes on every API read. */
@Configuration
@EnableConfigurationProperties(ReadYourWrites.Settings.class)
public class WebConfiguration implements WebMvcConfigurer {

    private final CallerArguments callerArguments;
    private final ReadYourWrites readYourWrites;

    public WebConfiguration(CallerArguments callerArguments, ReadYourWrites readYourWrites) {
        this.callerArguments = callerArguments;
        this.readYourWrites = readYourWrites;
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
