/**
 * Personal data by crypto-shredding: every {@link org.verbund.core.kernel.PersonalText} is stored encrypted with a key
 * per person kept only in {@code personal_data_keys}; erasing a person deletes the key (and records
 * {@link org.verbund.core.privacy.api.DataSubjectErasedEvent}), so every later read of an event, snapshot or read
 * model shows the field as erased while the events stay as they were.
 */
package org.verbund.core.privacy;
