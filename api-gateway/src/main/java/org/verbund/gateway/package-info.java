/**
 * The API gateway: HTTP, security and operations around the contexts. It talks to contexts only through their
 * {@code api} packages and Axon's command and query gateways.
 */
package org.verbund.gateway;
