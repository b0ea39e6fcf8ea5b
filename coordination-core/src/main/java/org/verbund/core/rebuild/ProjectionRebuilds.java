package org.verbund.core.rebuild;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.verbund.core.privacy.PersonalDataKeys;
import org.verbund.core.rebuild.api.ReadModelDiff;
import org.verbund.core.rebuild.api.RebuildProgress;
import org.verbund.core.rebuild.api.RebuildRule;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds a processing group's read models beside the live ones (blue/green), in place of a replay that empties
 * them: the shadow follows the store up to the live processor's position while the live read models keep serving
 * and following; once caught up it is compared document by document; a swap points the read models' aliases at the
 * rebuilt collections, with the live processor stopped between two events for that moment, so that no answer is ever
 * missing anything; the former collections are dropped a little later.
 */
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final Duration DROP_AFTER = Duration.ofSeconds(10);

    private final ApplicationContext context;
    private final MongoDatabase database;
    private final EventStorageEngine storage;
    private final EventProcessingConfiguration processing;
    private final CollectionAliases aliases;
    private final ProjectionGates gates;
    private final ReadModelComparison comparison;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService dropping = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-drops");
        thread.setDaemon(true);
        return thread;
    });

    private record Rebuild(String id, String group, ShadowRun run, ReadModelDiff[] diff) {
    }

    public ProjectionRebuilds(ApplicationContext context, MongoDatabase database, EventStorageEngine storage,
                              EventProcessingConfiguration processing, CollectionAliases aliases,
                              ProjectionGates gates, PersonalDataKeys personalDataKeys) {
        this.context = context;
        this.comparison = new ReadModelComparison(personalDataKeys);
        this.database = database;
        this.storage = storage;
        this.processing = processing;
        this.aliases = aliases;
        this.gates = gates;
    }

    /** Starts rebuilding {@code group} beside its live read models. */
    public synchronized RebuildProgress start(String group) {
        List<Class<?>> classes = ShadowProjection.classesOf(context, group);
        if (classes.isEmpty()) {
            throw RebuildRule.UNKNOWN_PROJECTION.violation("No read models are kept by a processing group '" + group
                                                           + "'");
        }
        Rebuild running = rebuilds.get(group);
        if (running != null && running.run().active()) {
            throw RebuildRule.REBUILD_IN_PROGRESS.violation("Rebuild " + running.id() + " of " + group
                                                            + " is under way: swap or cancel it first");
        }
        liveBound(group, true); // refuses a group this gateway does not process
        processing.eventProcessorByProcessingGroup(group).ifPresent(processor -> gates.guard(group, processor));
        String id = UUID.randomUUID().toString().substring(0, 8);
        ShadowProjection shadow = ShadowProjection.of(context, classes, database, name -> name + "__" + id);
        shadow.collections().values().forEach(collection -> database.getCollection(collection).drop());
        ShadowRun run = new ShadowRun(shadow, storage, event -> true, () -> liveBound(group, false), true);
        Rebuild rebuild = new Rebuild(id, group, run, new ReadModelDiff[1]);
        rebuilds.put(group, rebuild);
        Thread thread = new Thread(() -> {
            run.run();
            if (run.state() == ShadowRun.State.CAUGHT_UP) {
                log.info("Rebuild {} of {} caught up", id, group);
            }
        }, "rebuild-" + group);
        thread.setDaemon(true);
        thread.start();
        return progress(rebuild);
    }

    /** The rebuild's progress; once caught up, with its comparison with the live read models. */
    public RebuildProgress status(String group) {
        Rebuild rebuild = rebuild(group);
        if (rebuild.run().state() == ShadowRun.State.CAUGHT_UP && rebuild.diff()[0] == null) {
            rebuild.diff()[0] = atTheLivePosition(rebuild, () -> compare(rebuild));
        }
        return progress(rebuild);
    }

    /** The latest rebuild's progress as it stands, without comparing anything (for metrics); empty: none yet. */
    public Optional<RebuildProgress> current(String group) {
        return Optional.ofNullable(rebuilds.get(group)).map(ProjectionRebuilds::progress);
    }

    /** Makes the rebuilt read models live, if they are caught up and equal to the live ones. */
    public RebuildProgress swap(String group) {
        Rebuild rebuild = rebuild(group);
        if (rebuild.run().state() != ShadowRun.State.CAUGHT_UP) {
            throw RebuildRule.NOT_CAUGHT_UP.violation("Rebuild " + rebuild.id() + " is " + rebuild.run().state()
                                                      + ": only a rebuild that has caught up can be swapped");
        }
        Map<String, String> former = new LinkedHashMap<>();
        ReadModelDiff diff = atTheLivePosition(rebuild, () -> {
            ReadModelDiff now = compare(rebuild);
            if (now.none()) {
                rebuild.run().shadow().collections().forEach((name, rebuilt) -> {
                    former.put(name, aliases.physical(name));
                    aliases.point(name, rebuilt);
                });
                rebuild.run().end(ShadowRun.State.SWAPPED);
            }
            return now;
        });
        rebuild.diff()[0] = diff;
        if (!diff.none()) {
            throw RebuildRule.DIFFERS.violation(diff.differing() + " documents of the rebuilt read models differ "
                                                + "from the live ones (see the rebuild's diff): not swapped");
        }
        log.info("Rebuild {} of {} is live: {}", rebuild.id(), group, rebuild.run().shadow().collections());
        // other gateways read the former collections until they next refresh their aliases
        dropping.schedule(() -> former.values().forEach(collection -> database.getCollection(collection).drop()),
                          DROP_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        return progress(rebuild);
    }

    /** Stops the rebuild and drops what it built. */
    public RebuildProgress cancel(String group) {
        Rebuild rebuild = rebuild(group);
        if (rebuild.run().active()) {
            rebuild.run().end(ShadowRun.State.CANCELLED);
            synchronized (rebuild.run()) { // waits for a catch-up in progress
                rebuild.run().shadow().collections().values().forEach(c -> database.getCollection(c).drop());
            }
        }
        return progress(rebuild);
    }

    /**
     * Runs {@code action} with the live processor standing between two events and the shadow at exactly its
     * position: the gate closed, the shadow brought up to the highest position the live read models have applied.
     */
    private ReadModelDiff atTheLivePosition(Rebuild rebuild, java.util.function.Supplier<ReadModelDiff> action) {
        ProjectionGates.Gate gate = gates.gate(rebuild.group());
        gate.lock.writeLock().lock();
        try {
            // the rebuild's own thread must not apply events meanwhile either: what is compared or swapped stands still
            synchronized (rebuild.run()) {
                rebuild.run().catchUp();
                log.debug("{} held at position {} (applied {}), its rebuild at {}", rebuild.group(),
                          liveBound(rebuild.group(), false), gate.applied.get(), rebuild.run().position());
                return action.get();
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Bringing the rebuild to the live position failed", e);
        } finally {
            gate.lock.writeLock().unlock();
        }
    }

    private ReadModelDiff compare(Rebuild rebuild) {
        Map<String, String[]> pairs = new LinkedHashMap<>();
        rebuild.run().shadow().collections().forEach((name, rebuilt) -> pairs.put(name,
                                                                             new String[]{aliases.physical(name), rebuilt}));
        return comparison.compare(database, pairs);
    }

    /**
     * The highest position the group's live read models have applied in this gateway; {@code strict}: refused where
     * the group is not processed (a processor may be between claims for a moment, which a running rebuild waits out).
     */
    private long liveBound(String group, boolean strict) {
        StreamingEventProcessor processor = processing.eventProcessorByProcessingGroup(group)
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .orElseThrow(() -> RebuildRule.UNKNOWN_PROJECTION.violation("No processor for " + group));
        Collection<EventTrackerStatus> statuses = processor.processingStatus().values();
        if (statuses.isEmpty() && !strict) {
            return gates.gate(group).applied.get();
        }
        if (statuses.isEmpty()) {
            throw RebuildRule.NOT_PROCESSED_HERE.violation("This gateway does not process " + group
                                                           + " now: rebuild it on the gateway that does");
        }
        long tracked = statuses.stream().mapToLong(status -> ProjectionGates.index(status.getTrackingToken()))
                               .min().orElse(-1);
        return Math.max(tracked, gates.gate(group).applied.get());
    }

    private Rebuild rebuild(String group) {
        Rebuild rebuild = rebuilds.get(group);
        if (rebuild == null) {
            throw RebuildRule.NO_REBUILD.violation("There is no rebuild of " + group + ": start one");
        }
        return rebuild;
    }

    private static RebuildProgress progress(Rebuild rebuild) {
        return Progress.of(rebuild.id(), rebuild.group(), rebuild.run(), rebuild.diff()[0]);
    }

    /** Progress of any shadow run. */
    static final class Progress {
        private Progress() {
        }

        static RebuildProgress of(String id, String group, ShadowRun run, ReadModelDiff diff) {
            double seconds = Math.max(0.001, Duration.between(run.startedAt(), Instant.now()).toMillis() / 1000.0);
            double rate = run.processed() / seconds;
            long left = Math.max(0, run.total() - 1 - run.position());
            Long eta = run.active() && left > 0 && rate > 0 ? Math.round(left / rate) : null;
            return new RebuildProgress(id, group, run.state().name(), run.processed(), run.position(), run.total(),
                                       Math.round(rate * 10) / 10.0, eta, run.startedAt(),
                                       run.shadow().collections(), diff, run.failure());
        }

        static RebuildProgress answering(RebuildProgress read) {
            return new RebuildProgress(read.id(), read.projection(), ShadowRun.State.RUNNING.name(), read.processed(),
                                       read.position(), read.total(), read.ratePerSecond(), read.etaSeconds(),
                                       read.startedAt(), read.collections(), read.diff(), read.failure());
        }
    }
}
