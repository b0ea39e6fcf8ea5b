package org.verbund.core.rebuild;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.springframework.beans.factory.annotation.AutowiredAnnotationBeanPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.verbund.core.readmodel.ReadModels;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A second set of a processing group's projections, made by Spring as the live ones are (the same constructors,
 * the same beans), but keeping their read models in other collections and announcing nothing to live queries. Fed
 * events one by one through Axon's own handler adapters, it builds the group's read models beside the live ones.
 * <p>
 * Only read-model groups can have shadows: every class of the group in a {@code query} package (a handler that sends
 * commands or keeps command-side state must never run twice).
 */
final class ShadowProjection {

    private final List<Object> projections = new ArrayList<>();
    private final List<AnnotationEventHandlerAdapter> adapters = new ArrayList<>();
    private final Set<String> readModels = new LinkedHashSet<>();
    private final UnaryOperator<String> rename;

    private ShadowProjection(UnaryOperator<String> rename) {
        this.rename = rename;
    }

    /** The group's projection classes, or none if the group is not one of read models. */
    static List<Class<?>> classesOf(ApplicationContext context, String group) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : context.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            Class<?> type = ClassUtils.getUserClass(context.getType(name));
            ProcessingGroup processingGroup = AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class);
            if (processingGroup != null && processingGroup.value().equals(group)) {
                classes.add(type);
            }
        }
        return classes.stream().allMatch(type -> type.getPackageName().endsWith(".query")) ? classes : List.of();
    }

    /** Shadows of {@code classes}, their read model {@code X} kept in collection {@code rename(X)}. */
    static ShadowProjection of(ApplicationContext context, List<Class<?>> classes, MongoDatabase database,
                               UnaryOperator<String> rename) {
        ShadowProjection shadow = new ShadowProjection(rename);
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory(context.getAutowireCapableBeanFactory());
        factory.setAutowireCandidateResolver(new ContextAnnotationAutowireCandidateResolver());
        AutowiredAnnotationBeanPostProcessor autowiring = new AutowiredAnnotationBeanPostProcessor();
        autowiring.setBeanFactory(factory);
        factory.addBeanPostProcessor(autowiring);
        MongoDatabase renamed = ReadModelDatabases.renamed(database, rename, shadow.readModels);
        primary(factory, ReadModels.BEAN, MongoDatabase.class, renamed);
        // a fresh emitter has no subscriptions: the shadow's changes reach no dashboard
        primary(factory, "shadowUpdates", QueryUpdateEmitter.class, SimpleQueryUpdateEmitter.builder().build());
        for (Class<?> type : classes) {
            RootBeanDefinition definition = new RootBeanDefinition(type);
            definition.setPrimary(true);
            factory.registerBeanDefinition("shadow:" + type.getName(), definition);
        }
        Configuration axon = context.getBean(Configuration.class);
        for (Class<?> type : classes) {
            Object projection = factory.getBean("shadow:" + type.getName());
            shadow.projections.add(projection);
            shadow.adapters.add(new AnnotationEventHandlerAdapter(projection, axon.parameterResolverFactory(),
                                                                  axon.handlerDefinition(type)));
        }
        return shadow;
    }

    private static <T> void primary(DefaultListableBeanFactory factory, String name, Class<T> type, T instance) {
        RootBeanDefinition definition = new RootBeanDefinition(type, () -> instance);
        definition.setPrimary(true);
        factory.registerBeanDefinition(name, definition);
    }

    /** Hands the event to every projection that handles it, as the live processor would. */
    void apply(EventMessage<?> event) throws Exception {
        for (AnnotationEventHandlerAdapter adapter : adapters) {
            if (adapter.canHandle(event)) {
                ResultMessage<?> result = DefaultUnitOfWork.startAndGet(event)
                                                           .executeWithResult(() -> adapter.handle(event));
                if (result.isExceptional()) {
                    throw new IllegalStateException("A shadow projection failed on " + event.getPayloadType()
                                                    .getSimpleName(), result.exceptionResult());
                }
            }
        }
    }

    List<Object> projections() {
        return projections;
    }

    /** Each read model of the group (a collection name its projections asked for) and where the shadow keeps it. */
    Map<String, String> collections() {
        Map<String, String> collections = new TreeMap<>();
        readModels.forEach(name -> collections.put(name, rename.apply(name)));
        return collections;
    }
}
