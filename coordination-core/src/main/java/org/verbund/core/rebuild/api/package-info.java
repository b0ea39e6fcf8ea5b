/** What rebuilds beside the live read models and point-in-time snapshots answer, and their rule codes. */
package org.verbund.core.rebuild.api;
