package org.verbund.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Switches the demo load on where this module is on the class path and {@code verbund.demo} is {@code true} (the
 * gateway sets it from {@code VERBUND_DEMO}); without it nothing of this module runs. Listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}, so an application's
 * component scan of {@code org.verbund} leaves it to Spring Boot's auto-configuration.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "verbund.demo", havingValue = "true")
public class DemoDataAutoConfiguration {

    @Bean
    ReportDemoData reportDemoData(CommandGateway commands) {
        return new ReportDemoData(commands);
    }
}
