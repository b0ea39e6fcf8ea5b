package org.verbund.core.eventstore;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes the embedded store's writes durable in groups: one thread commits the MVStore and forces its file to disk
 * (fsync) for every write applied since the last force, and only then are those writes acknowledged. Writers that
 * arrive while a force is under way are served together by the next one, so eight writers cost about one force
 * where forcing after each write would cost eight.
 * <p>
 * Writes are numbered in the order they were applied in memory. A write is durable once a commit that started after
 * it was applied has been forced: an MVStore commit stores every change made before it, so the file on disk always
 * holds a prefix of what was applied, never a later write without an earlier one.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final Runnable commitAndForce;
    private final AtomicLong applied = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final List<Waiter> waiting = new ArrayList<>();
    private final Thread committer;
    private final AtomicLong forces = new AtomicLong();
    private long durable;
    private boolean closed;

    GroupCommit(MVStore store) {
        this(() -> {
            store.commit();
            store.sync();
        });
    }

    /** @param commitAndForce commits everything applied so far and forces it to disk (tests observe it) */
    GroupCommit(Runnable commitAndForce) {
        this.commitAndForce = commitAndForce;
        this.committer = new Thread(this::commitLoop, "verbund-store-group-commit");
        this.committer.setDaemon(true);
        this.committer.start();
    }

    /** Numbers a write that has just been applied in memory; pass the number to {@link #whenDurable}. */
    long applied() {
        return applied.incrementAndGet();
    }

    /**
     * Runs {@code then} once write {@code ticket} is on disk (at once if it already is), on the committer's thread:
     * keep it short. If forcing fails, {@code failed} runs instead: the write's fate is then unknown.
     */
    void whenDurable(long ticket, Runnable then, Runnable failed) {
        lock.lock();
        try {
            if (ticket <= durable) {
                then.run();
                return;
            }
            if (closed) {
                failed.run();
                return;
            }
            waiting.add(new Waiter(ticket, then, failed));
            work.signal();
        } finally {
            lock.unlock();
        }
    }

    /** How many times the file was forced to disk (for measuring how many writes share a force). */
    long forces() {
        return forces.get();
    }

    /** How many writes were numbered. */
    long writes() {
        return applied.get();
    }

    private void commitLoop() {
        while (true) {
            long target;
            lock.lock();
            try {
                while (!closed && waiting.isEmpty()) {
                    work.awaitUninterruptibly();
                }
                if (closed && waiting.isEmpty()) {
                    return;
                }
                // read before committing: every write numbered up to here is already in memory, so this commit holds it
                target = applied.get();
            } finally {
                lock.unlock();
            }
            boolean forced = force();
            lock.lock();
            try {
                if (forced) {
                    durable = Math.max(durable, target);
                }
                for (Iterator<Waiter> each = waiting.iterator(); each.hasNext(); ) {
                    Waiter waiter = each.next();
                    if (waiter.ticket <= durable) {
                        each.remove();
                        waiter.then.run();
                    } else if (!forced) {
                        each.remove();
                        waiter.failed.run();
                    }
                }
            } finally {
                lock.unlock();
            }
        }
    }

    private boolean force() {
        try {
            commitAndForce.run();
            forces.incrementAndGet();
            return true;
        } catch (RuntimeException e) {
            log.error("Could not force the embedded store's file to disk; the writes waiting for it are not "
                      + "acknowledged", e);
            return false;
        }
    }

    /** Forces what is pending one last time and stops the committer (before the store itself is closed). */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            work.signal();
        } finally {
            lock.unlock();
        }
        try {
            committer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Waiter(long ticket, Runnable then, Runnable failed) {
    }
}
