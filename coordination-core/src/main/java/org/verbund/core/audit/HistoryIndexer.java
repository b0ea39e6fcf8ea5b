package org.verbund.core.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.verbund.core.audit.api.NetworkHistoryEntry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keeps the {@link HistoryIndex} up with the history: reads the settled history after the watermark in global
 * order ({@link GlobalHistory#after}, which ends before the first position still in flight, so nothing is ever
 * indexed out of order; a tracking processor is not used because it delivers gap-filling events late), appends each
 * batch's positions to the lists of their keys, then moves the watermark. Every gateway runs one; they may index
 * the same batch at once, and a batch indexed again after a crash changes nothing.
 */
public class HistoryIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HistoryIndexer.class);

    private final GlobalHistory history;
    private final HistoryIndex index;
    private final int batchSize;
    private final Duration pollInterval;
    private volatile Thread worker;

    public HistoryIndexer(GlobalHistory history, HistoryIndex index, int batchSize, Duration pollInterval) {
        this.history = history;
        this.index = index;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
    }

    /** Indexes the next batch of settled events after the watermark. @return how many events it indexed */
    public int indexNextBatch() {
        List<NetworkHistoryEntry> batch;
        try (Stream<NetworkHistoryEntry> settled = history.after(index.indexedUpTo())) {
            batch = settled.limit(batchSize).toList();
        }
        if (batch.isEmpty()) {
            return 0;
        }
        Map<String, List<Long>> positionsByKey = new LinkedHashMap<>();
        for (NetworkHistoryEntry entry : batch) {
            for (String key : IndexedDimension.keysOf(entry)) {
                positionsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entry.position());
            }
        }
        index.append(positionsByKey);
        index.advanceTo(batch.get(batch.size() - 1).position());
        return batch.size();
    }

    /** Indexes until the watermark has reached the end of the settled history. @return how many events it indexed */
    public long catchUp() {
        long indexed = 0;
        for (int batch = indexNextBatch(); batch > 0; batch = indexNextBatch()) {
            indexed += batch;
        }
        return indexed;
    }

    @Override
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        worker = new Thread(this::follow, "audit-history-indexer");
        worker.setDaemon(true);
        worker.start();
    }

    private void follow() {
        while (worker == Thread.currentThread()) {
            try {
                if (indexNextBatch() < batchSize) {
                    // caught up: nothing signals new settled events to this thread, so it polls; readers never wait
                    // for it (what it has not reached is read from the history's tail)
                    Thread.sleep(pollInterval.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (worker != Thread.currentThread()) {
                    return; // stopped while reading or writing
                }
                // the store is away or another indexer keeps winning: readers are served from the tail meanwhile
                log.warn("Indexing the audit history failed; trying again in {}", pollInterval, e);
                try {
                    Thread.sleep(pollInterval.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public synchronized void stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
