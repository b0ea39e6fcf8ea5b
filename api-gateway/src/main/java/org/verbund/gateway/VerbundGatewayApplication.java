package org.verbund.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.verbund.core.audit.AuditorTool;
import org.verbund.core.secrets.MasterKeyRotation;

import java.util.Arrays;

/**
 * The Verbund API gateway: the one Spring Boot application, which hosts every context on the shared event store.
 * {@code java -jar verbund-gateway.jar rotate-master-key [--option=value ...]} instead re-seals the store's secrets
 * under a new master key ({@link MasterKeyRotation}) and exits; {@code java -jar verbund-gateway.jar audit ...} is the
 * auditor's tool ({@link AuditorTool}), which verifies a store or an export against a signed tree head.
 */
@SpringBootApplication(scanBasePackages = "org.verbund")
public class VerbundGatewayApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(MasterKeyRotation.COMMAND)) {
            MasterKeyRotation.run(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals(AuditorTool.COMMAND)) {
            System.exit(AuditorTool.run(System.out, Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(VerbundGatewayApplication.class, args);
    }
}
