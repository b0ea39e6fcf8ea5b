/**
 * Dead letters: every processing group's event handlers run behind Axon's sequenced dead-letter queue, stored in
 * MongoDB by key ({@link org.verbund.core.deadletter.MongoDeadLetterQueue}), so that an event its handlers cannot
 * handle parks its own aggregate's sequence while every other aggregate keeps flowing; operators list, retry and
 * evict parked sequences ({@link org.verbund.core.deadletter.DeadLetters}).
 */
package org.verbund.core.deadletter;
