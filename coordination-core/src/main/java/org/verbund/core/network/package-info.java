/**
 * The network registry: the organisations of the network and their membership of coordination bodies.
 */
package org.verbund.core.network;
