package org.verbund.core.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** What live streams of read models need: updates that carry their position, and each group's last handled event. */
@Configuration
public class LiveReadModelConfiguration {

    /** Axon's emitter, wrapped where it is made, so that the query bus and every projection get the stamping one. */
    @Bean
    public static BeanPostProcessor positionedUpdates() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof QueryUpdateEmitter emitter && !(bean instanceof PositionedUpdates)
                        ? new PositionedUpdates(emitter) : bean;
            }
        };
    }

    @Bean
    public HandledPositions handledPositions(@Lazy EventProcessingConfiguration processing) {
        return new HandledPositions(processing);
    }
}
