/**
 * The network registry's public surface: commands, events, queries and responses about the organisations of the
 * network and their membership of coordination bodies.
 */
package org.verbund.core.network.api;
