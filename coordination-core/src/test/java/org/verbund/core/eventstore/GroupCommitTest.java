package org.verbund.core.eventstore;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A write is acknowledged only after a force that started after it was applied; writers share forces. */
class GroupCommitTest {

    @Test
    void acknowledgesOnlyAfterAForceThatCoversTheWriteAndSharesForcesAmongWaitingWriters() throws Exception {
        Semaphore forcing = new Semaphore(0);
        CountDownLatch forceStarted = new CountDownLatch(1);
        List<Long> acknowledged = new CopyOnWriteArrayList<>();
        try (GroupCommit group = new GroupCommit(() -> {
            forceStarted.countDown();
            forcing.acquireUninterruptibly();
        })) {
            long first = group.applied();
            group.whenDurable(first, () -> acknowledged.add(first), () -> acknowledged.add(-first));
            assertThat(forceStarted.await(5, TimeUnit.SECONDS)).isTrue();
            // three more writers arrive while the first force runs: none of them is covered by it
            for (int i = 0; i < 3; i++) {
                long ticket = group.applied();
                group.whenDurable(ticket, () -> acknowledged.add(ticket), () -> acknowledged.add(-ticket));
            }
            assertThat(acknowledged).as("nothing acknowledged before its force").isEmpty();

            forcing.release();
            await().atMost(5, TimeUnit.SECONDS).until(() -> acknowledged.size() == 1);
            assertThat(acknowledged).containsExactly(first);

            forcing.release();
            await().atMost(5, TimeUnit.SECONDS).until(() -> acknowledged.size() == 4);
            assertThat(acknowledged).containsExactly(1L, 2L, 3L, 4L);
            assertThat(group.forces()).as("the three later writers shared one force").isEqualTo(2);

            long durableAlready = 2;
            group.whenDurable(durableAlready, () -> acknowledged.add(100L), () -> acknowledged.add(-100L));
            assertThat(acknowledged).as("a write already on disk is acknowledged at once").contains(100L);
        }
    }

    @Test
    void aFailedForceAcknowledgesNothing() {
        List<String> outcomes = new CopyOnWriteArrayList<>();
        try (GroupCommit group = new GroupCommit(() -> {
            throw new IllegalStateException("disk full");
        })) {
            long ticket = group.applied();
            group.whenDurable(ticket, () -> outcomes.add("acknowledged"), () -> outcomes.add("failed"));
            await().atMost(5, TimeUnit.SECONDS).until(() -> !outcomes.isEmpty());
            assertThat(outcomes).containsExactly("failed");
        }
    }
}
