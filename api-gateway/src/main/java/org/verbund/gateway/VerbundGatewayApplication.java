package org.verbund.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Verbund API gateway: the one Spring Boot application, which hosts every context on the shared event store.
 */
@SpringBootApplication(scanBasePackages = "org.verbund")
public class VerbundGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(VerbundGatewayApplication.class, args);
    }
}
