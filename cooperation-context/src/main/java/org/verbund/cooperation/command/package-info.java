/**
 * The cooperation aggregates and their rules: partnerships (with their goals as member entities), visits, contacts
 * and agreements. What one aggregate must know of another (who takes part in a partnership, whether a funding
 * application exists) comes from the event store through the {@code CooperationDirectory}, never from a read model.
 * Everything here is package-private: it is reached through commands only.
 */
package org.verbund.cooperation.command;
