package org.verbund.core.eventstore;

import org.axonframework.serialization.Revision;

/** A test event that belongs to no aggregate. */
@Revision("1")
record NoticePublishedEvent(String text) {
}
