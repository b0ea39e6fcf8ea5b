package org.verbund.core.rebuild;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.ApplicationContext;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.rebuild.api.PointInTimeSnapshot;
import org.verbund.core.rebuild.api.RebuildProgress;
import org.verbund.core.rebuild.api.RebuildRule;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A processing group's read models as they stood at a point in time, rebuilt into temporary collections beside the
 * live ones (which are not touched): from the events recorded by {@code recordedAt} (what was known then), or in
 * effect on {@code effectiveOn} by what is known now (an event without a business date takes effect on the day it
 * was recorded), or both. The answers are those of the group's own queries, asked of the rebuilt read models with
 * the auditor as viewer (every query whose only required part is a viewer; other parts left open), so they have the
 * shape of the live ones. The collections are dropped once answered; answers are kept an hour, in this gateway.
 */
public class PointInTimeSnapshots {

    private static final Duration KEPT = Duration.ofHours(1);

    private final ApplicationContext context;
    private final MongoDatabase database;
    private final EventStorageEngine storage;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    private record Snapshot(String id, String group, Instant recordedAt, LocalDate effectiveOn, ShadowRun run,
                            Map<String, Object>[] answers) {
    }

    public PointInTimeSnapshots(ApplicationContext context, MongoDatabase database, EventStorageEngine storage) {
        this.context = context;
        this.database = database;
        this.storage = storage;
    }

    /** Starts rebuilding {@code group} as of then; {@code viewer} is who asks the answers. */
    @SuppressWarnings("unchecked")
    public PointInTimeSnapshot start(String group, Instant recordedAt, LocalDate effectiveOn, Actor viewer) {
        List<Class<?>> classes = ShadowProjection.classesOf(context, group);
        if (classes.isEmpty()) {
            throw RebuildRule.UNKNOWN_PROJECTION.violation("No read models are kept by a processing group '" + group
                                                           + "'");
        }
        forgetOld();
        String id = UUID.randomUUID().toString().substring(0, 8);
        ShadowProjection shadow = ShadowProjection.of(context, classes, database, name -> name + "__at_" + id);
        long head = ProjectionGates.index(storage.createHeadToken());
        ShadowRun run = new ShadowRun(shadow, storage, asOf(recordedAt, effectiveOn), () -> head, false);
        Snapshot snapshot = new Snapshot(id, group, recordedAt, effectiveOn, run, new Map[1]);
        snapshots.put(id, snapshot);
        Thread thread = new Thread(() -> {
            try {
                run.run();
                if (run.state() == ShadowRun.State.DONE) {
                    snapshot.answers()[0] = answers(shadow, viewer);
                }
            } finally {
                shadow.collections().values().forEach(collection -> database.getCollection(collection).drop());
            }
        }, "snapshot-" + id);
        thread.setDaemon(true);
        thread.start();
        return view(snapshot);
    }

    public PointInTimeSnapshot status(String id) {
        Snapshot snapshot = snapshots.get(id);
        if (snapshot == null) {
            throw RebuildRule.UNKNOWN_SNAPSHOT.violation("There is no snapshot " + id + " (kept for an hour)");
        }
        return view(snapshot);
    }

    private static Predicate<TrackedEventMessage<?>> asOf(Instant recordedAt, LocalDate effectiveOn) {
        return event -> (recordedAt == null || !event.getTimestamp().isAfter(recordedAt))
                        && (effectiveOn == null || !effectiveDate(event).isAfter(effectiveOn));
    }

    private static LocalDate effectiveDate(TrackedEventMessage<?> event) {
        return event.getPayload() instanceof EffectiveDated dated && dated.effectiveOn() != null
               ? dated.effectiveOn() : LocalDate.ofInstant(event.getTimestamp(), ZoneOffset.UTC);
    }

    /** Every query of the group that needs nothing but a viewer, asked of the rebuilt read models. */
    private static Map<String, Object> answers(ShadowProjection shadow, Actor viewer) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Object projection : shadow.projections()) {
            for (Method method : projection.getClass().getDeclaredMethods()) {
                if (!method.isAnnotationPresent(QueryHandler.class) || method.getParameterCount() != 1) {
                    continue;
                }
                Object query = openQuery(method.getParameterTypes()[0], viewer);
                if (query == null) {
                    continue;
                }
                try {
                    method.setAccessible(true);
                    answers.put(method.getParameterTypes()[0].getSimpleName(), method.invoke(projection, query));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a query that needs more than a viewer (an id) has no answer for the whole read model
                }
            }
        }
        return answers;
    }

    /** The query with {@code viewer} in its viewer parts and every other part left open; null if it needs more. */
    private static Object openQuery(Class<?> type, Actor viewer) {
        if (!type.isRecord()) {
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (types[i].isPrimitive()) {
                return null;
            }
            values[i] = types[i] == Actor.class ? viewer : null;
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // it refuses open parts: it asks for one thing, not the whole read model
        }
    }

    private static PointInTimeSnapshot view(Snapshot snapshot) {
        Map<String, Object> answers = snapshot.answers()[0];
        RebuildProgress progress = ProjectionRebuilds.Progress.of(snapshot.id(), snapshot.group(), snapshot.run(),
                                                                  null);
        if (progress.state().equals(ShadowRun.State.DONE.name()) && answers == null) {
            progress = ProjectionRebuilds.Progress.answering(progress); // read, but not yet asked
        }
        return new PointInTimeSnapshot(progress, snapshot.recordedAt(), snapshot.effectiveOn(), answers);
    }

    private void forgetOld() {
        Instant cutoff = Instant.now().minus(KEPT);
        snapshots.values().removeIf(snapshot -> snapshot.run().startedAt().isBefore(cutoff));
    }
}
