package org.verbund.demo;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo load is there only where {@code verbund.demo} is {@code true} ({@code VERBUND_DEMO=true}). */
class DemoDataAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DemoDataAutoConfiguration.class))
            .withBean(CommandGateway.class, () -> DefaultCommandGateway.builder()
                    .commandBus(SimpleCommandBus.builder().build()).build());

    @Test
    void isSwitchedOnByTheDemoProperty() {
        context.withPropertyValues("verbund.demo=true")
               .run(running -> assertThat(running).hasSingleBean(ReportDemoData.class));
    }

    @Test
    void isOffWithoutTheDemoProperty() {
        context.run(running -> assertThat(running).doesNotHaveBean(ReportDemoData.class));
    }

    @Test
    void isOffWhenTheDemoPropertyIsFalse() {
        context.withPropertyValues("verbund.demo=false")
               .run(running -> assertThat(running).doesNotHaveBean(ReportDemoData.class));
    }

    @Test
    void isAnAutoConfigurationOfTheModule() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(DemoDataAutoConfiguration.class.getName());
    }
}
