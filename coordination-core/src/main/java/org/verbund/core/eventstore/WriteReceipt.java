package org.verbund.core.eventstore;

import java.util.Optional;

/**
 * What a command recorded, as the answer to {@code sendAndWait}: the aggregate it changed, that aggregate's version
 * after the change (the sequence number of its last event) and the global position of that event. The gateway turns
 * it into {@code ETag} and {@code Verbund-Position}, so that a client can act on what it wrote at once and read it
 * back. A command that recorded nothing (a repeat that changes nothing) has an empty receipt.
 *
 * <p>The receipt is handed out by {@link WriteReceipts} when the handler returns and completed when its unit of work
 * commits, which for a command sent from outside any unit of work (a request) is before {@code sendAndWait} returns.
 * A command sent inside another unit of work (by an event handler) has its events stored when that outer unit of work
 * commits, as Axon does; its receipt is completed then, with the outer unit of work's last commit.
 */
public final class WriteReceipt {

    private final Object result;
    private volatile Commit commit;

    WriteReceipt(Object result) {
        this.result = result;
    }

    /** What the command handler returned (for a creating handler: the new aggregate's identifier). */
    public Object result() {
        return result;
    }

    /** The commit the command made, if it recorded anything. */
    public Optional<Commit> commit() {
        return Optional.ofNullable(commit);
    }

    void completedBy(Commit recorded) {
        this.commit = recorded;
    }

    /**
     * One stored commit.
     *
     * @param aggregateId the aggregate it appended to
     * @param version     the aggregate's version after it (its last event's sequence number)
     * @param position    the global position of its last event
     */
    public record Commit(String aggregateId, long version, long position) {
    }
}
