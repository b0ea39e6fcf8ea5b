/**
 * The dashboard page at {@code /}: its static files (HTML, CSS, JavaScript modules under
 * {@code src/main/resources/static}, the chart library as a WebJar) and the little the page needs to know before
 * anyone signs in: whether tokens come from an external identity provider, and under which client id.
 */
package org.verbund.gateway.dashboard;
