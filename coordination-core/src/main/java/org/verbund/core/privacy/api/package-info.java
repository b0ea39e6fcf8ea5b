/** Commands and events of personal-data erasure. */
package org.verbund.core.privacy.api;
